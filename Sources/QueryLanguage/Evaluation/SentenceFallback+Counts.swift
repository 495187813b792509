import FactModel

/// Counting from sentences: which numbers of a sentence count what a "how many" question asks
/// about ("12 of the state's 41 delegates", "900 in Riverton, 300 in Oslo", "..., Labour, lost 42").
extension SentenceFallback {
    /// "how many seats did Labour lose" over "the Conservatives gained 66 seats, while Labour lost
    /// 42": a bare number written shortly after the name the question asks about (its entity's
    /// mention, or its words where the name went unrecognised), with no other person or
    /// organisation between and no noun of its own after it, is that one's count, the counted
    /// noun left out ("..., Labour, lost 42"; "followed by Klobuchar of Minnesota, with 6";
    /// "to Trump's 214").
    func elidedNumbers(of asked: Set<EntityID>, named askedWords: Set<String>, mentions: [Mention],
                               words: [(word: String, offset: Int)], in sentence: String, sentenceStart: Int) -> Set<Provenance> {
        var anchors = mentions.filter { $0.entity.map(asked.contains) == true }.map { Int($0.provenance.end) - sentenceStart }
        anchors += words.filter { askedWords.contains(folded($0.word)) }.map { $0.offset + $0.word.utf8.count }
        guard !anchors.isEmpty else { return [] }
        let others = mentions.filter { mention in
            guard let entity = mention.entity, !asked.contains(entity) else { return false }
            return mention.type == .entity(.person) || mention.type == .entity(.organization)
        }.map { Int($0.provenance.start) - sentenceStart }
        let bytes = Array(sentence.utf8)
        var found = Set<Provenance>()
        for number in mentions where number.type.valueKind == .number {
            let start = Int(number.provenance.start) - sentenceStart
            guard let anchor = anchors.filter({ $0 <= start }).max(), start - anchor <= Self.elisionReach,
                  !others.contains(where: { $0 > anchor && $0 < start }) else { continue }
            // What follows: the end, punctuation or a conjunction, not a noun the number counts.
            var next = Int(number.provenance.end) - sentenceStart
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            let rest = next < bytes.count ? String(decoding: bytes[next...].prefix(8), as: UTF8.self).lowercased() : ""
            if next >= bytes.count || [",", ".", ";", ")"].contains(rest.prefix(1)) || rest.hasPrefix("and ") || rest.hasPrefix("or ") {
                found.insert(number.provenance)
            }
        }
        return found
    }

    /// How far (in bytes) an elided count may stand after the mention it belongs to.
    static let elisionReach = 40

    /// The numbers of a sentence that answer a count question, or none when nothing tells them
    /// apart. "how many votes": numbers that count votes ("220 votes") beat the sentence's other
    /// numbers ("235 Democrats"); then numbers just before the asked verb ("two people were
    /// killed") beat those of another verb ("at least eight people were injured"); a whole the
    /// question describes ("the 452 available seats") beats its part.
    func countingNumbers(
        _ question: Question, mentions: [Mention], words: [(word: String, offset: Int)], sentenceStart: Int,
        questionForms: Set<String>, verbForms: Set<String>, counted: Set<String>
    ) -> Set<Provenance> {
        guard let noun = countedNoun(question) else { return [] }
        // Only values that can count ("second" ranks, "2019" dates).
        let numbers = mentions.filter { $0.type.valueKind != nil && AnswerTypes.fit($0.type, kind: question.kind, forms: forms) > 0 }
        // "250 thousand protesters in New York City, 100 thousand in London" asked "... in London":
        // the number right before the qualifier the question names counts there.
        let qualifiers = askedQualifiers(question)
        let placed = numbers.filter { number in
            qualifiers.contains { follow(Int(number.provenance.end) - sentenceStart, in: words, with: $0) }
        }
        if !placed.isEmpty { return Set(placed.map(\.provenance)) }
        let askedWholes = Set(numbers.filter {
            isPartitiveTotal(at: Int($0.provenance.start) - sentenceStart, in: words)
                && describedByQuestion(after: Int($0.provenance.end) - sentenceStart, in: words, questionForms: questionForms,
                                       counted: counted)
        }.map(\.provenance))
        if !askedWholes.isEmpty { return askedWholes }
        var counting = Set(numbers.filter {
            !isPartitiveTotal(at: Int($0.provenance.start) - sentenceStart, in: words)
                && follows(Set([noun]), at: Int($0.provenance.end) - sentenceStart, in: words, asVerb: false)
        }.map(\.provenance))
        // "how many television stations" over "42 television stations ... and five AM radio
        // stations": of the numbers that count the noun, those whose noun carries the question's
        // modifiers too.
        if counting.count > 1 {
            let modifiers = countedModifiers(question)
            let described = counting.filter { number in
                modifiers.allSatisfy { follows([$0], at: Int(number.end) - sentenceStart, in: words, asVerb: false) }
            }
            if !modifiers.isEmpty, !described.isEmpty { counting = described }
        }
        if !verbForms.isEmpty {
            let candidates = counting.isEmpty ? Set(numbers.map(\.provenance)) : counting
            let beforeVerb = candidates.filter { follows(verbForms, at: Int($0.end) - sentenceStart, in: words, asVerb: true, reach: 5) }
            if !beforeVerb.isEmpty { counting = beforeVerb }
        }
        return counting
    }

    /// The question's qualifiers as lowered words, marker first ("in London" -> ["in", "london"]).
    func askedQualifiers(_ question: Question) -> [[String]] {
        guard case .clause(let atom) = question.form else { return [] }
        return atom.qualifiers.compactMap { qualifier in
            guard case .phrase(let phrase) = qualifier.term, !qualifier.marker.isEmpty else { return nil }
            let content = phrase.words.map { $0.lowercased() }.filter { !EnglishWords.determiners.contains($0) }
            return content.isEmpty ? nil : [qualifier.marker.lowercased()] + content
        }
    }

    /// True when the words right after byte `end` are `phrase` (a marker and its words, with at
    /// most a determiner between).
    func follow(_ end: Int, in words: [(word: String, offset: Int)], with phrase: [String]) -> Bool {
        guard var index = words.firstIndex(where: { $0.offset >= end }) else { return false }
        for (position, wanted) in phrase.enumerated() {
            if position == 1, index < words.count, EnglishWords.determiners.contains(words[index].word), words[index].word != wanted { index += 1 }
            guard index < words.count, words[index].word == wanted else { return false }
            index += 1
        }
        return true
    }

    /// Every word of the counted phrase, as written and as noun lemmas ("fraud charges").
    func countedWords(_ question: Question) -> Set<String> {
        guard let phrase = question.kind.countedPhrase else { return [] }
        return Set(phrase.words.flatMap { [$0.lowercased(), forms.nounLemma($0.lowercased())] })
    }

    /// The words before the counted noun, lowered, without determiners ("how many television
    /// stations" -> ["television"]).
    func countedModifiers(_ question: Question) -> [String] {
        guard let phrase = question.kind.countedPhrase else { return [] }
        return phrase.words.dropLast().map { $0.lowercased() }.filter { !EnglishWords.determiners.contains($0) }
    }

    /// The noun lemma a count or amount question counts ("how many votes" -> "vote").
    func countedNoun(_ question: Question) -> String? {
        question.kind.countedPhrase?.words.last.map { forms.nounLemma($0.lowercased()) }
    }

    /// True when one of the `reach` words after a number ending at byte `end` has one of `lemmas`
    /// as its noun lemma ("220 votes") or, `asVerb`, its verb lemma ("two people were killed").
    func follows(_ lemmas: Set<String>, at end: Int, in words: [(word: String, offset: Int)], asVerb: Bool, reach: Int = 4) -> Bool {
        guard let next = words.firstIndex(where: { $0.offset >= end }) else { return false }
        var previous = ""
        var limit = min(words.count, next + reach)
        var index = next
        while index < limit {
            let word = words[index].word
            index += 1
            if lemmas.contains(word) || lemmas.contains(asVerb ? forms.lexicon.lemma(of: word, as: .verb) : forms.nounLemma(word)) {
                return true
            }
            // Another number, or a noun's preposition, starts what counts something else
            // ("September 2013, for four days"); a partitive goes on ("two of the nine piers",
            // "12 of the state's 41 delegates").
            let partitive = ["of", "out", "s"].contains(previous) || Self.wholeDeterminers.contains(previous)
            let isNumber = word.first?.isNumber == true || QuestionAnswerer.numberWords.contains(word)
            if isNumber, !partitive { return false }
            if isNumber { limit = min(words.count, index + reach) }  // the whole's noun is the part's too
            if word == "s" { limit = min(words.count, limit + 2) }  // an owner's "'s" ("the state's") counts for nothing
            if !asVerb, EnglishWords.prepositions.contains(word), !["of", "out"].contains(word) { return false }
            previous = word
        }
        return false
    }

    /// "80% of the 452 available seats" asked as "how many seats were available": the word right
    /// after the whole is one of the question's, so the whole is what is counted.
    /// (The counted noun itself right after the whole says nothing: "two of the nine piers".)
    func describedByQuestion(after end: Int, in words: [(word: String, offset: Int)], questionForms: Set<String>,
                                     counted: Set<String>) -> Bool {
        guard let next = words.first(where: { $0.offset >= end }) else { return false }
        let lemma = forms.nounLemma(next.word)
        if counted.contains(lemma) || counted.contains(next.word) { return false }
        if next.word.first?.isNumber == true || QuestionAnswerer.numberWords.contains(next.word) { return false }
        return questionForms.contains(next.word) || questionForms.contains(lemma)
    }

    /// The words that may stand before the whole of a partitive: "of the / its / their 41".
    static let wholeDeterminers: Set<String> = ["the", "its", "their", "his", "her"]

    /// "three of the twelve lanes", "12 of the state's 41 delegates", "39 of South Carolina's 54":
    /// the number after "N of the" or "N of <owner>'s" is the whole, not the count asked.
    func isPartitiveTotal(at offset: Int, in words: [(word: String, offset: Int)]) -> Bool {
        guard let index = words.firstIndex(where: { $0.offset == offset }), index >= 2 else { return false }
        var k = index - 1
        // "12 of the state's 41 delegates", "39 of South Carolina's 54": the owner's possessive
        // before the whole, the owner one to three words.
        if words[k].word == "s", let of = (max(0, k - 4)..<k).last(where: { words[$0].word == "of" }) { k = of }
        if Self.wholeDeterminers.contains(words[k].word) { k -= 1 }
        guard k >= 1, words[k].word == "of" else { return false }
        // "29 out of 30 charges"
        if words[k - 1].word == "out", k >= 2 { k -= 1 }
        let before = words[k - 1].word
        return before.first?.isNumber == true || QuestionAnswerer.numberWords.contains(before)
    }
}
