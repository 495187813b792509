import FactModel

/// Answers from the sentences themselves when no fact does: ranks sentences by the question's
/// content words (with lemmas, synonyms and derivations) and reads the mentions of the asked type there.
struct SentenceFallback {
    let source: any FactSource
    let forms: WordForms

    /// A sentence and how well it covers the question's words.
    struct RankedSentence {
        var ref: SentenceRef
        var score: Double
        /// Share of the question's word weight the sentence covers, in 0...1.
        var coverage: Double
        var matchedGroups: Set<Int>
    }

    /// The content words of a question, each with every form it may take.
    func wordGroups(_ tokens: [QueryToken]) -> [[String]] {
        var groups: [[String]] = []
        for token in tokens where token.kind == .word || token.kind == .number || token.kind == .string {
            let lowered = token.lowered
            guard EnglishWords.isContentWord(lowered), !EnglishWords.pronouns.contains(lowered),
                  !["how", "many", "much", "old", "long", "there", "since"].contains(lowered) else { continue }
            var forms = self.forms.searchForms(of: lowered)
            // "state-owned": also its parts.
            if lowered.contains("-") {
                for part in lowered.split(separator: "-") where part.count > 2 { forms.append(String(part)) }
            }
            if forms.contains(where: { folded($0) != $0 }) { forms += forms.map(folded) }
            groups.append(forms)
        }
        return groups
    }

    /// Sentences ranked by the summed weight (rarer words weigh more) of the question's word groups they hold.
    func rank(_ tokens: [QueryToken], limit: Int = 8) -> (ranked: [RankedSentence], groups: [[String]]) {
        let groups = wordGroups(tokens)
        guard !groups.isEmpty else { return ([], groups) }
        let total = Double(max(1, totalSentences))
        var scores: [SentenceRef: (Double, Set<Int>)] = [:]
        var weightSum = 0.0
        for (index, group) in groups.enumerated() {
            var refs = Set<SentenceRef>()
            for form in group { refs.formUnion(source.sentences(containing: form)) }
            if refs.isEmpty { weightSum += 1; continue }
            let weight = 1 + log2(total / Double(refs.count))
            weightSum += weight
            for ref in refs {
                var entry = scores[ref] ?? (0, [])
                entry.0 += weight
                entry.1.insert(index)
                scores[ref] = entry
            }
        }
        let ranked = scores.map { RankedSentence(ref: $0.key, score: $0.value.0, coverage: $0.value.0 / weightSum, matchedGroups: $0.value.1) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.ref < $1.ref }
        return (Array(ranked.prefix(limit)), groups)
    }

    private var totalSentences: Int { source.sentenceCount }

    /// Candidate answers of the asked kind from the best sentences, scored below fact answers.
    func answers(_ question: Question, excluding excluded: Set<EntityID>, excludedWords: Set<String>) -> [Candidate] {
        let (ranked, groups) = rank(question.words)
        let questionForms = Set(groups.flatMap { $0 })
        let verbForms = Set(verbGroup(question).flatMap { forms.searchForms(of: $0) })
        let asksSubject = asksForSubject(question)
        let counted = countedWords(question)
        let countedLemma = countedNoun(question)
        let asked = Asked(question: question, questionForms: questionForms, verbForms: verbForms, asksSubject: asksSubject,
                          counted: counted, countedLemma: countedLemma, excluded: excluded, excludedWords: excludedWords)
        var documents: [DocumentID: Document] = [:]
        guard let best = ranked.first, best.score > 0 else { return [] }
        var candidates: [Candidate] = []
        let wantsQuote: Bool = {
            if case .quotes = question.form { return true }
            if case .thing = question.kind { return true }
            return false
        }()
        if let classified = classifiedNoun(question) {
            // "what type of jet crashed": the names and numbers written before the noun.
            for sentence in ranked where sentence.score >= best.score * 0.75 {
                for text in Self.modifiers(of: classified, in: source.sentenceText(sentence.ref), forms: forms) {
                    candidates.append(Candidate(value: .text(text), text: text, score: 0.3 * sentence.score / best.score,
                                                support: .sentence(sentence.ref, nil), fromSentence: true))
                }
                if !candidates.isEmpty { return candidates }
            }
            return []
        }
        // When no sentence mentions the one the question names, a second pass lets a sentence whose
        // pronoun the entity stage gave to someone else stand in, at half the weight ("He was given
        // a fine of US$86,000" after a lede that names him only later).
        for pronounsStandIn in [false, true] {
            if pronounsStandIn && (!candidates.isEmpty || excluded.isEmpty) { break }
            for sentence in ranked where sentence.score >= best.score * 0.75 {
                let relative = sentence.score / best.score
                let mentions = source.mentions(in: sentence.ref)
                let sentenceText = source.sentenceText(sentence.ref)
                // A question that names someone ("who is Eve Hart's mother") is about them: a sentence
                // that never mentions them (by name, description or pronoun) does not answer it; in
                // the second pass, one with a personal pronoun may.
                if !excluded.isEmpty, !mentions.contains(where: { $0.entity.map(excluded.contains) == true }) {
                    guard pronounsStandIn, mentions.contains(where: { EnglishWords.personalPronouns.contains($0.text.lowercased()) }) else { continue }
                }
                let weight = relative * (pronounsStandIn ? 0.5 : 1)
                if wantsQuote {
                    for quote in Self.quotations(in: sentenceText) {
                        candidates.append(Candidate(
                            value: .text(quote), text: quote, score: 0.3 * weight, support: .sentence(sentence.ref, nil), fromSentence: true))
                    }
                    if !candidates.isEmpty { continue }
                }
                candidates += mentionCandidates(in: sentence, mentions: mentions, text: sentenceText, weight: weight, asked: asked,
                                                documents: &documents)
                if !candidates.isEmpty && relative < 1 { break }
            }
        }
        if case .age = question.kind, excluded.count == 1, let asked = excluded.first {
            // An age in apposition to any mention of the person is read wherever it is written.
            candidates += appositiveAges(of: asked)
            if candidates.isEmpty { return describedAges(of: asked) }
        }
        return candidates
    }

    /// What the fallback looks for in every sentence: the question, its words in all their forms,
    /// and the names it asks about.
    private struct Asked {
        let question: Question
        let questionForms: Set<String>
        let verbForms: Set<String>
        let asksSubject: Bool?
        let counted: Set<String>
        let countedLemma: String?
        let excluded: Set<EntityID>
        let excludedWords: Set<String>
    }

    /// The candidates one sentence's mentions give: those of the asked kind, scored by how close
    /// they stand to the question's words (and to its verb, on the side it asks for).
    private func mentionCandidates(in sentence: RankedSentence, mentions: [Mention], text sentenceText: String, weight: Double,
                                   asked: Asked, documents: inout [DocumentID: Document]) -> [Candidate] {
        let (question, questionForms, verbForms, asksSubject) = (asked.question, asked.questionForms, asked.verbForms, asked.asksSubject)
        let (counted, countedLemma, excluded, excludedWords) = (asked.counted, asked.countedLemma, asked.excluded, asked.excludedWords)
        var found: [Candidate] = []
        if documents[sentence.ref.document] == nil { documents[sentence.ref.document] = source.document(sentence.ref.document) }
        let sentenceStart = documents[sentence.ref.document].flatMap { document in
            document.sentences.indices.contains(Int(sentence.ref.sentence)) ? document.sentences[Int(sentence.ref.sentence)].lowerBound : nil
        } ?? 0
        let words = Self.wordOffsets(sentenceText)
        let lemmaOf = { (word: String) in [word, self.forms.lexicon.lemma(of: word, as: .verb), self.forms.nounLemma(word)] }
        let anchors = words.filter { lemmaOf($0.word).contains(where: questionForms.contains) }.map(\.offset)
        // "who is the head of X's police department": only a name next to the role word itself
        // (in apposition to it) holds the role, not any name in the sentence.
        let roleOffsets = identityRole(question).map { role in
            words.filter { self.forms.nounLemma($0.word) == role || $0.word == role }.map(\.offset)
        }
        let verbOffset = words.first { lemmaOf($0.word).contains(where: verbForms.contains) }?.offset
        var counting = countingNumbers(question, mentions: mentions, words: words, sentenceStart: sentenceStart,
                                       questionForms: questionForms, verbForms: verbForms, counted: counted)
        // The left-out noun is the one the sentence counts elsewhere, so it must be the asked one.
        let countedHere = countedLemma.map { noun in words.contains { self.forms.nounLemma($0.word) == noun } } ?? true
        if asksForNumber(question), countedHere {
            let elided = elidedNumbers(of: excluded, named: excludedWords, mentions: mentions, words: words, in: sentenceText,
                                       sentenceStart: sentenceStart)
            if !elided.isEmpty { counting = elided }
        }
        for mention in mentions {
            if !counting.isEmpty, mention.type.valueKind != nil, !counting.contains(mention.provenance) { continue }
            if case .age = question.kind,
               isNotTheAskedAge(mention, sentence: sentenceText, sentenceStart: sentenceStart, asked: excluded) {
                continue
            }
            let fit = AnswerTypes.fit(mention.type, kind: question.kind, forms: forms)
            guard fit > 0 else { continue }
            if let entity = mention.entity, excluded.contains(entity) { continue }
            let mentionWords = Set(wordsOf(mention.text).map(folded))
            if !mentionWords.isEmpty, mentionWords.isSubset(of: excludedWords) { continue }
            let value: BoundValue = mention.entity.map { .entity($0) } ?? .text(mention.value?.text ?? mention.text)
            let text = mention.entity.map { source.entity($0).name } ?? mention.value?.text ?? mention.text
            // "who are Stevens's daughters": the group "daughters" only repeats the question,
            // and only people are someone's daughters.
            if mention.type == .entity(.group), Set(wordsOf(text).map(folded)).isSubset(of: excludedWords) { continue }
            if asksForPeople(question), mention.type != .entity(.person) { continue }
            // Closer to the question's words is better; a subject question prefers the verb's left.
            let offset = Int(mention.provenance.start) - sentenceStart
            if case .count = question.kind, isPartitiveTotal(at: offset, in: words),
               !describedByQuestion(after: Int(mention.provenance.end) - sentenceStart, in: words, questionForms: questionForms,
                                    counted: counted) {
                continue
            }
            if let roleOffsets, !roleOffsets.contains(where: { abs($0 - offset) <= Self.appositionReach }) { continue }
            let distance = anchors.map { abs($0 - offset) }.min() ?? 60
            var nearness = 1 / (1 + Double(distance) / 30)
            if let verbOffset, let asksSubject {
                nearness *= (offset < verbOffset) == asksSubject ? 1 : 0.6
            }
            found.append(Candidate(
                value: value, text: text, score: 0.3 * weight * fit * nearness,
                support: .sentence(sentence.ref, mention.provenance), fromSentence: true, valueKind: mention.type.valueKind))
        }
        return found
    }

    /// "the princess, 67, announced ...": a number between commas right after any mention of the
    /// person (a name, a description or a pronoun the entity stage linked to them) is their age,
    /// as news writes it. O(the person's mentions).
    private func appositiveAges(of person: EntityID) -> [Candidate] {
        var candidates: [Candidate] = []
        var seen = Set<SentenceRef>()
        for provenance in source.entity(person).mentions {
            let ref = SentenceRef(document: provenance.document, sentence: provenance.sentence)
            guard seen.insert(ref).inserted, let document = source.document(ref.document),
                  document.sentences.indices.contains(Int(ref.sentence)) else { continue }
            let start = document.sentences[Int(ref.sentence)].lowerBound
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
    private func describedAges(of person: EntityID) -> [Candidate] {
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

    /// The noun lemma a "what type of N" question classifies ("jet"), nil for other questions.
    private func classifiedNoun(_ question: Question) -> String? {
        guard case .kind(let noun) = question.kind, let head = AnswerTypes.headWord(of: noun),
              AnswerTypes.classNouns.contains(forms.nounLemma(head)),
              let of = noun.words.firstIndex(where: { $0.lowercased() == "of" }), let last = noun.words.last,
              of < noun.words.count - 1 else { return nil }
        return forms.nounLemma(last)
    }

    /// The capitalised words and numbers written right before each occurrence of `noun` in the
    /// sentence ("the Boeing 737-800 jet" -> "Boeing 737-800"): what kind of it the sentence names.
    static func modifiers(of noun: String, in sentence: String, forms: WordForms) -> [String] {
        let punctuation: Set<Character> = [",", ";", ":", "(", ")", "\"", "\u{201C}", "\u{201D}"]
        let words = sentence.split(separator: " ").map { word -> String in
            String(word.drop { punctuation.contains($0) }.reversed().drop { punctuation.contains($0) }.reversed())
        }
        var found: [String] = []
        for (index, word) in words.enumerated() where index > 0 && forms.nounLemma(word.lowercased()) == noun {
            var start = index
            while start > 0, let first = words[start - 1].first, first.isUppercase || first.isNumber { start -= 1 }
            if start < index { found.append(words[start..<index].joined(separator: " ")) }
        }
        return found
    }

    /// True for "who are X's daughters": a role of people only, asked by name of its owner.
    /// "how many seats did Labour lose" over "the Conservatives gained 66 seats, while Labour lost
    /// 42": a bare number written shortly after the name the question asks about (its entity's
    /// mention, or its words where the name went unrecognised), with no other person or
    /// organisation between and no noun of its own after it, is that one's count, the counted
    /// noun left out ("..., Labour, lost 42"; "followed by Klobuchar of Minnesota, with 6";
    /// "to Trump's 214").
    private func elidedNumbers(of asked: Set<EntityID>, named askedWords: Set<String>, mentions: [Mention],
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

    /// "how many ...", "how much ...": a number or amount is asked.
    private func asksForNumber(_ question: Question) -> Bool {
        switch question.kind {
        case .count, .amount: return true
        default: return false
        }
    }

    private func asksForPeople(_ question: Question) -> Bool {
        guard case .identity(let phrase) = question.form, phrase.words.contains("'s"),
              let role = phrase.words.last(where: { $0.first?.isLowercase == true && $0 != "'s" }) else { return false }
        return AnswerTypes.nounClasses[forms.nounLemma(role.lowercased())] == .person
    }

    /// The numbers of a sentence that answer a count question, or none when nothing tells them
    /// apart. "how many votes": numbers that count votes ("220 votes") beat the sentence's other
    /// numbers ("235 Democrats"); then numbers just before the asked verb ("two people were
    /// killed") beat those of another verb ("at least eight people were injured"); a whole the
    /// question describes ("the 452 available seats") beats its part.
    private func countingNumbers(
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
        if !verbForms.isEmpty {
            let candidates = counting.isEmpty ? Set(numbers.map(\.provenance)) : counting
            let beforeVerb = candidates.filter { follows(verbForms, at: Int($0.end) - sentenceStart, in: words, asVerb: true, reach: 5) }
            if !beforeVerb.isEmpty { counting = beforeVerb }
        }
        return counting
    }

    /// The question's qualifiers as lowered words, marker first ("in London" -> ["in", "london"]).
    private func askedQualifiers(_ question: Question) -> [[String]] {
        guard case .clause(let atom) = question.form else { return [] }
        return atom.qualifiers.compactMap { qualifier in
            guard case .phrase(let phrase) = qualifier.term, !qualifier.marker.isEmpty else { return nil }
            let content = phrase.words.map { $0.lowercased() }.filter { !EnglishWords.determiners.contains($0) }
            return content.isEmpty ? nil : [qualifier.marker.lowercased()] + content
        }
    }

    /// True when the words right after byte `end` are `phrase` (a marker and its words, with at
    /// most a determiner between).
    private func follow(_ end: Int, in words: [(word: String, offset: Int)], with phrase: [String]) -> Bool {
        guard var index = words.firstIndex(where: { $0.offset >= end }) else { return false }
        for (position, wanted) in phrase.enumerated() {
            if position == 1, index < words.count, EnglishWords.determiners.contains(words[index].word), words[index].word != wanted { index += 1 }
            guard index < words.count, words[index].word == wanted else { return false }
            index += 1
        }
        return true
    }

    /// "40-year-old Skandaraj Navaratnam" asked as "how old is McArthur": an age written right
    /// before another person's name is that person's.
    /// A plain number counting a noun ("eight murders", "35 Democrats") is no age at all.
    private func isNotTheAskedAge(_ age: Mention, sentence: String, sentenceStart: Int, asked: Set<EntityID>) -> Bool {
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
        let name = folded(String(decoding: bytes[index..<end], as: UTF8.self))
        // The asked person's own name after the age ("45-year-old Lee") is theirs.
        let askedNames = asked.flatMap { id in ([source.entity(id).name] + source.entity(id).aliases).flatMap { wordsOf($0).map(folded) } }
        return !askedNames.contains(name)
    }

    /// Every word of the counted phrase, as written and as noun lemmas ("fraud charges").
    private func countedWords(_ question: Question) -> Set<String> {
        switch question.kind {
        case .count(let phrase?), .amount(let phrase?):
            return Set(phrase.words.flatMap { [$0.lowercased(), forms.nounLemma($0.lowercased())] })
        default:
            return []
        }
    }

    /// The noun lemma a count or amount question counts ("how many votes" -> "vote").
    private func countedNoun(_ question: Question) -> String? {
        switch question.kind {
        case .count(let phrase?), .amount(let phrase?):
            return phrase.words.last.map { forms.nounLemma($0.lowercased()) }
        default:
            return nil
        }
    }

    /// True when one of the `reach` words after a number ending at byte `end` has one of `lemmas`
    /// as its noun lemma ("220 votes") or, `asVerb`, its verb lemma ("two people were killed").
    private func follows(_ lemmas: Set<String>, at end: Int, in words: [(word: String, offset: Int)], asVerb: Bool, reach: Int = 4) -> Bool {
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
    private func describedByQuestion(after end: Int, in words: [(word: String, offset: Int)], questionForms: Set<String>,
                                     counted: Set<String>) -> Bool {
        guard let next = words.first(where: { $0.offset >= end }) else { return false }
        let lemma = forms.nounLemma(next.word)
        if counted.contains(lemma) || counted.contains(next.word) { return false }
        if next.word.first?.isNumber == true || QuestionAnswerer.numberWords.contains(next.word) { return false }
        return questionForms.contains(next.word) || questionForms.contains(lemma)
    }

    /// The words that may stand before the whole of a partitive: "of the / its / their 41".
    static let wholeDeterminers: Set<String> = ["the", "its", "their", "his", "her"]

    /// "three of the twelve lanes", "12 of the state's 41 delegates": the number after "N of the"
    /// is the whole, not the count asked.
    private func isPartitiveTotal(at offset: Int, in words: [(word: String, offset: Int)]) -> Bool {
        guard let index = words.firstIndex(where: { $0.offset == offset }), index >= 2 else { return false }
        var k = index - 1
        // "12 of the state's 41 delegates": the owner's possessive before the whole.
        if words[k].word == "s", k >= 3 { k -= 2 }
        if Self.wholeDeterminers.contains(words[k].word) { k -= 1 }
        guard k >= 1, words[k].word == "of" else { return false }
        // "29 out of 30 charges"
        if words[k - 1].word == "out", k >= 2 { k -= 1 }
        let before = words[k - 1].word
        return before.first?.isNumber == true || QuestionAnswerer.numberWords.contains(before)
    }

    /// How far (in bytes) a name may be from a role word to be read as its holder.
    static let appositionReach = 40

    /// The role word of an identity question about a title ("the head of Seattle's police
    /// department" -> "head", "Merkel's spokesperson" -> "spokesperson"); nil for a name.
    private func identityRole(_ question: Question) -> String? {
        guard case .identity(let phrase) = question.form, question.kind == .agent else { return nil }
        var words = phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }
        guard words.contains(where: { $0.first?.isLowercase == true }) else { return nil }
        if let possessive = words.firstIndex(of: "'s") { words = Array(words[(possessive + 1)...]) }
        if let preposition = words.firstIndex(where: { EnglishWords.prepositions.contains($0.lowercased()) }) {
            words = Array(words[..<preposition])
        }
        return words.last.map { forms.nounLemma($0.lowercased()) }
    }

    /// The question's verb, when it has one.
    private func verbGroup(_ question: Question) -> [String] {
        switch question.form {
        case .clause(let atom), .yesNo(let atom):
            if case .verb(let verb, _, _) = atom.relation { return [verb.lowercased()] }
            return []
        case .quotes(_, let verb, _, _): return [verb]
        case .identity: return []
        }
    }

    /// True when the question asks for the verb's subject, false for its object; nil when neither.
    private func asksForSubject(_ question: Question) -> Bool? {
        guard case .clause(let atom) = question.form, case .verb = atom.relation else { return nil }
        if atom.subject?.variableName == Question.answerVariable { return !atom.passive }
        if atom.object?.variableName == Question.answerVariable { return atom.passive }
        return nil
    }

    /// The lower-cased words of a text with their UTF-8 offsets.
    static func wordOffsets(_ text: String) -> [(word: String, offset: Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append((current.lowercased(), start))
                current = ""
            }
            offset += width
        }
        if !current.isEmpty { result.append((current.lowercased(), start)) }
        return result
    }

    /// The quoted spans of a sentence, without their quote marks.
    static func quotations(in sentence: String) -> [String] {
        var quotes: [String] = []
        var current: String?
        for character in sentence {
            switch character {
            case "\u{201C}":
                current = ""
            case "\"" where current == nil:
                current = ""
            case "\u{201D}", "\"":
                if let text = current {
                    let trimmed = text.trimmingTrailingPunctuation()
                    if wordsOf(trimmed).count >= 2 { quotes.append(trimmed) }
                }
                current = nil
            default:
                current?.append(character)
            }
        }
        // A quotation that runs on into the next sentence is still said here ("X told the paper,
        // "All we need is ... back. It's not much to ask."").
        if let text = current {
            let trimmed = text.trimmingTrailingPunctuation()
            if wordsOf(trimmed).count >= 3 { quotes.append(trimmed) }
        }
        return quotes
    }
}

extension String {
    /// Without trailing commas, periods and spaces: the quote as said, not its punctuation.
    func trimmingTrailingPunctuation() -> String {
        var text = Substring(self)
        while let last = text.last, last == "," || last == "." || last == " " || last == ";" { text = text.dropLast() }
        while let first = text.first, first == " " { text = text.dropFirst() }
        return String(text)
    }
}

/// log2 without Foundation.
func log2(_ x: Double) -> Double {
    guard x > 0 else { return 0 }
    var value = x
    var result = 0.0
    while value >= 2 { value /= 2; result += 1 }
    while value < 1 { value *= 2; result -= 1 }
    // value in [1, 2): a short series for log2 of the rest.
    return result + (value - 1) * (1.4427 - 0.4427 * (value - 1))
}
