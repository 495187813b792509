import FactModel

/// Ages from sentences when no fact gives one: an age in apposition to the person ("the princess,
/// 67,") or in a description opening a sentence ("The 67-year-old killer ..."), and ages that
/// belong to someone else.
extension SentenceFallback {
    /// "the princess, 67, announced ...": a number between commas right after any mention of the
    /// person (a name, a description or a pronoun the entity stage linked to them) is their age,
    /// as news writes it. O(the person's mentions).
    func appositiveAges(of person: EntityID) -> [Candidate] {
        var candidates: [Candidate] = []
        var seen = Set<SentenceRef>()
        for provenance in source.entity(person).mentions {
            let ref = provenance.sentenceRef
            guard seen.insert(ref).inserted, let start = source.document(ref.document)?.startOfSentence(Int(ref.sentence)) else { continue }
            let bytes = Array(source.sentenceText(ref).utf8)
            for mention in source.mentions(in: ref) where mention.entity == person {
                guard let age = Self.apposedNumber(after: Int(mention.provenance.end) - start, in: bytes) else { continue }
                candidates.append(Candidate(value: .text(age), text: age, score: 0.3, support: .sentence(ref, mention.provenance),
                                            fromSentence: true, valueKind: .age))
            }
        }
        return candidates
    }

    /// The digits of ", NN," (or ", NN)") starting at `offset`, for a plausible age (1 to 120).
    static func apposedNumber(after offset: Int, in bytes: [UInt8]) -> String? {
        var i = offset
        func skipSpaces() { while i < bytes.count, bytes[i] == UInt8(ascii: " ") { i += 1 } }
        skipSpaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
        i += 1
        skipSpaces()
        let digitsStart = i
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
        guard i > digitsStart, i - digitsStart <= 3 else { return nil }
        let digits = String(decoding: bytes[digitsStart..<i], as: UTF8.self)
        skipSpaces()
        guard i < bytes.count, bytes[i] == UInt8(ascii: ",") || bytes[i] == UInt8(ascii: ")"),
              let age = Int(digits), (1...120).contains(age) else { return nil }
        return digits
    }

    /// "The 67-year-old killer had kept a bracelet": an age in a definite description with no name
    /// opening a sentence ("The N-year-old <noun> ...") describes the person the article is about,
    /// the person it mentions most; for that person only.
    /// O(sentences of the person's documents).
    func describedAges(of person: EntityID) -> [Candidate] {
        var candidates: [Candidate] = []
        let documents = Set(source.entity(person).mentions.map(\.document))
        for documentID in documents.sorted() {
            guard let document = source.document(documentID) else { continue }
            var counts: [EntityID: Int] = [:]
            var described: [(SentenceRef, Mention)] = []
            for index in document.sentences.indices {
                let ref = SentenceRef(document: documentID, sentence: Int32(index))
                let mentions = source.mentions(in: ref)
                for mention in mentions where mention.type == .entity(.person) {
                    if let entity = mention.entity { counts[entity, default: 0] += 1 }
                }
                let ages = mentions.filter { $0.type == .value(.age) && $0.text.lowercased().hasSuffix("-year-old") }
                if ages.isEmpty { continue }
                let words = Self.wordOffsets(source.sentenceText(ref))
                let start = document.sentences[index].lowerBound
                for mention in ages {
                    let offset = Int(mention.provenance.start) - start
                    // "The 67-year-old killer ...", "The sixteen-year-old Swede ..." opening the sentence
                    // as its subject; not "the 40-year-old Ana Ruiz", nor "the 92-year-old award" later on.
                    guard let at = words.firstIndex(where: { $0.offset == offset }), at == 1, words[0].word == "the",
                          let next = words.first(where: { $0.offset >= Int(mention.provenance.end) - start }),
                          !mentions.contains(where: { $0.type == .entity(.person) && Int($0.provenance.start) - start == next.offset })
                    else { continue }
                    described.append((ref, mention))
                }
            }
            guard let most = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }), most.key == person else { continue }
            for (ref, mention) in described {
                let value = mention.value?.normalized ?? mention.text
                candidates.append(Candidate(value: .text(value), text: value, score: 0.25, support: .sentence(ref, mention.provenance),
                                            fromSentence: true, valueKind: .age))
            }
        }
        return candidates
    }

    /// "40-year-old Skandaraj Navaratnam" asked as "how old is McArthur": an age written right
    /// before another person's name is that person's.
    /// A plain number counting a noun ("eight murders", "35 Democrats") is no age at all.
    func isNotTheAskedAge(_ age: Mention, sentence: String, sentenceStart: Int, asked: Set<EntityID>) -> Bool {
        let bytes = Array(sentence.utf8)
        var index = Int(age.provenance.end) - sentenceStart
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        if age.type == .value(.number) {
            // Ages stand alone (", 39,", "aged 34."); a number before a word counts it.
            guard index < bytes.count else { return false }
            let next = bytes[index]
            return (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(next)
        }
        guard age.type == .value(.age) else { return false }
        guard index < bytes.count, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index]) else { return false }
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: ",") { end += 1 }
        var name = folded(String(decoding: bytes[index..<end], as: UTF8.self))
        // "47-year-old Matovič's government office": the owner's name without its possessive.
        for mark in ["'s", "’s"] where name.hasSuffix(mark) { name = String(name.dropLast(mark.count)) }
        // The asked person's own name after the age ("45-year-old Lee") is theirs.
        let askedNames = asked.flatMap { id in ([source.entity(id).name] + source.entity(id).aliases).flatMap { wordsOf($0).map(folded) } }
        return !askedNames.contains(name)
    }
}
