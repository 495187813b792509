import FactModel

/// Matches one noun phrase of a query against fact arguments, the way a person means it:
/// an entity by any of its names, a noun against the phrase it heads, or enough shared words.
///
/// A class: plans and matchers hand one matcher around for every fact they compare, and a
/// reference is copied with one retain.
final class PhraseMatcher: Sendable {
    let phrase: Phrase
    /// Entities the phrase names, best first.
    let entities: [EntityID]
    /// The words without determiners, pronouns and possessive marks.
    let contentWords: [String]
    /// Content words, folded and lemmatized as nouns ("meetings" -> "meeting").
    let words: Set<String>
    /// The head noun's lemma: the last content word, or the word before a possessive's head.
    let head: String?
    /// A pronoun or "there": matches anything, weakly.
    let isVague: Bool
    /// A quoted phrase, folded: it matches exactly (the entity of that name, or an argument with
    /// these words or this head), never part of a longer phrase and never in another role.
    let quotedText: String?
    /// Where an argument's entity is named, for arguments whose words are a pronoun ("Both").
    private let source: any FactSource

    /// The words' analysis (lemmas, head) is a pure function of the words and is cached in
    /// `forms`; the names are resolved against the source on every call, so a cached analysis
    /// never answers with another source's entities.
    convenience init(phrase: Phrase, source: any FactSource, forms: WordForms) {
        if let cached = forms.cachedMatcher(for: phrase) {
            self.init(phrase: phrase, analysis: cached, source: source,
                      entities: cached.isVague ? [] : PhraseMatcher.resolve(phrase, contentWords: cached.contentWords, source: source))
            return
        }
        self.init(analyzing: phrase, source: source, forms: forms)
        forms.cache(self)
    }

    /// `analysis`'s word analysis for `phrase` (the same words, maybe at another position).
    private init(phrase: Phrase, analysis: PhraseMatcher, source: any FactSource, entities: [EntityID]) {
        self.phrase = phrase
        self.entities = entities
        self.source = source
        contentWords = analysis.contentWords
        words = analysis.words
        head = analysis.head
        isVague = analysis.isVague
        quotedText = analysis.quotedText
    }

    private init(analyzing phrase: Phrase, source: any FactSource, forms: WordForms) {
        self.phrase = phrase
        self.source = source
        let contentWords = phrase.words.filter { !Self.isVague($0.lowercased()) }
        self.contentWords = contentWords
        isVague = contentWords.isEmpty
        quotedText = phrase.quoted ? folded(phrase.words.first ?? "") : nil
        words = Set(contentWords.flatMap { wordsOf($0) }.map { folded(forms.nounLemma($0)) })
        head = contentWords.last.map { folded(forms.nounLemma($0)) }
        entities = contentWords.isEmpty ? [] : PhraseMatcher.resolve(phrase, contentWords: contentWords, source: source)
    }

    /// Entities the phrase names: the whole phrase, then without its determiner.
    static func resolve(_ phrase: Phrase, contentWords: [String], source: any FactSource) -> [EntityID] {
        if phrase.words.contains("'s") { return [] }
        var found = source.resolve(name: phrase.text)
        if found.isEmpty, contentWords.count != phrase.words.count {
            found = source.resolve(name: contentWords.joined(separator: " "))
        }
        if found.isEmpty { found = resolveWithoutTitles(contentWords, source: source) }
        return found
    }

    /// The entities a quoted phrase names, as the matcher of that phrase finds them (its
    /// `entities`), when it names any by its whole text; nil for a phrase that is not quoted,
    /// names nothing that way, or is no content word at all ("the", "it"). Costs the name lookup
    /// and, for a short name, one lowercasing: the phrase matcher's word analysis is not made.
    static func entities(ofQuoted phrase: Phrase, source: any FactSource) -> [EntityID]? {
        guard phrase.quoted, phrase.words.count == 1 else { return nil }
        let text = phrase.words[0]
        // Lowercasing cannot lengthen ASCII text: a longer ASCII name is no such word.
        if text.utf8.count <= longestVagueWord || !text.utf8.allSatisfy({ $0 < 0x80 }) {
            if isVague(text.lowercased()) { return nil }
        }
        let found = source.resolve(name: text)
        return found.isEmpty ? nil : found
    }

    /// True for a lower-case word that names nothing by itself: a determiner, a pronoun, "there"
    /// or a possessive mark.
    static func isVague(_ lowered: String) -> Bool {
        lowered == "'s" || lowered == "there" || EnglishWords.determiners.contains(lowered) || EnglishWords.pronouns.contains(lowered)
    }

    /// The length in bytes of the longest determiner or pronoun.
    private static let longestVagueWord = EnglishWords.determiners.union(EnglishWords.pronouns).map(\.utf8.count).max() ?? 0

    /// "Princess Ubolratana" when the corpus knows "Ubolratana Mahidol" by "Ubolratana": the
    /// name without the titles written before it, if a name remains.
    static func resolveWithoutTitles(_ words: [String], source: any FactSource) -> [EntityID] {
        var rest = words[...]
        while let first = rest.first, rest.count > 1, EnglishWords.honorifics.contains(folded(first).filter { $0 != "." }) {
            rest = rest.dropFirst()
        }
        guard rest.count < words.count, rest.first?.first?.isUppercase == true else { return [] }
        return source.resolve(name: rest.joined(separator: " "))
    }

    /// How well an argument matches, in 0...1 (0: not at all). An argument whose words do not
    /// match but whose entity's name does ("Both", resolved to "French police officers", for "the
    /// officers") matches at 0.9 of that.
    func score(_ argument: Argument) -> Double {
        let direct = scoreWords(argument)
        guard direct == 0, !isVague, quotedText == nil, let entity = argument.entity else { return direct }
        let name = source.name(of: entity)
        guard name != argument.text, let last = wordsOf(name).last else { return 0 }
        return 0.9 * scoreWords(Argument(text: name, head: last))
    }

    /// How well an argument's own words match, in 0...1.
    private func scoreWords(_ argument: Argument) -> Double {
        if isVague { return 0.3 }
        if let exact = quotedText {
            if let entity = argument.entity, entities.contains(entity) { return 1 }
            return folded(argument.text) == exact || folded(argument.head) == exact ? 1 : 0
        }
        // "the most delegates" is not "8 delegates", though both name the delegates: a superlative
        // the argument does not state.
        if let superlative = phrase.words.first(where: { Self.superlatives.contains($0.lowercased()) }),
           !wordsOf(argument.text).contains(where: { $0.lowercased() == superlative.lowercased() }) {
            return 0.3
        }
        if let entity = argument.entity, entities.contains(entity) {
            return entities.first == entity ? 1 : 0.9
        }
        let argumentWords = Set(wordsOf(argument.text).map(folded))
        let argumentHead = folded(argument.head)
        guard !words.isEmpty else { return 0 }
        if argument.value?.kind == .date, namesADay(missingFrom: argumentWords) { return 0.3 }
        var shared = 0
        for word in words where argumentWords.contains(word) || argumentWords.contains(word + "s") || argumentHead == word {
            shared += 1
        }
        let overlap = Double(shared) / Double(words.count)
        if let head, argumentHead == head || argumentHead.hasSuffix(" " + head) {
            if contrasts(argumentWords: wordsOf(argument.text).map(folded), head: head) { return 0.3 }
            return 0.6 + 0.3 * overlap
        }
        if let head, argumentWords.contains(head) || argumentWords.contains(head + "s") {
            // "the green jersey of the points classification" holds a classification, but not
            // the mountains one.
            if contrasts(argumentWords: wordsOf(argument.text).map(folded), head: head) { return 0.3 }
            return 0.45 + 0.35 * overlap
        }
        return overlap >= 0.5 ? 0.4 * overlap : 0
    }

    /// True when the phrase is a named day ("Super Tuesday", "Good Friday") and the date argument
    /// lacks one of its capitalised words: the weekday alone is another day.
    func namesADay(missingFrom argumentWords: Set<String>) -> Bool {
        let names = phrase.words.filter { $0.first?.isUppercase == true }
        guard names.count >= 2, let last = names.last, Self.weekdays.contains(folded(last)) else { return false }
        return names.contains { !argumentWords.contains(folded($0)) }
    }

    /// Words that single out one of the things a phrase names by amount.
    static let superlatives: Set<String> = ["most", "least", "fewest"]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// True when the phrase and the argument name different kinds of the same thing: each side
    /// has a modifier of the shared head that the other lacks ("the silver medal" against "the
    /// gold medal", "the Republican New Hampshire primary" against "the Democratic New Hampshire
    /// primaries"). Short words and numbers are not compared ("400 metres" / "400 m").
    func contrasts(argumentWords: [String], head: String) -> Bool {
        Self.contrast(phrase.words.map { folded($0) }, argumentWords, head: head)
    }

    /// True when each of two folded word lists has a modifier of `head` that the other lacks,
    /// modifiers in `ignoring` aside. An ordinal contrasts only with an ordinal: "the second
    /// round" is not "the first round", but "a third agreement" may be "the grid agreement".
    static func contrast(_ asked: [String], _ other: [String], head: String, ignoring: [String] = []) -> Bool {
        let asked = asked.map(withoutPossessive), other = other.map(withoutPossessive)
        let mine = modifiers(of: head, in: asked).filter { !ignoring.contains($0) && !other.contains($0) }
        guard !mine.isEmpty else { return false }
        let askedOrdinal = mine.contains { EnglishWords.ordinals.contains($0) }
        // "the final stage" is one stage; "four stages" are some, none of them named.
        if askedOrdinal, isCounted(head, in: other) { return true }
        return modifiers(of: head, in: other).contains {
            !ignoring.contains($0) && !asked.contains($0) && (askedOrdinal || !EnglishWords.ordinals.contains($0))
        }
    }

    /// The words that modify `head` in `words`: those right before its last occurrence, back to a
    /// determiner, pronoun or preposition, of three letters or more, and those of an "in" or "of"
    /// phrase right after it.
    static func modifiers(of head: String, in words: [String]) -> [String] {
        let forms = [head] + pluralForms(of: head)
        guard let index = words.lastIndex(where: { forms.contains($0) }) else { return [] }
        var result: [String] = []
        // An owner is a modifier too: "Lindqvist's shares" against "Harcastle's shares".
        for word in words[..<index].reversed().map(withoutPossessive) {
            if EnglishWords.determiners.contains(word) || EnglishWords.pronouns.contains(word)
                || EnglishWords.prepositions.contains(word) { break }
            // A count is no kind ("the two nurses" may be the "three nurses" named elsewhere).
            if word.count >= 3, word.allSatisfy(\.isLetter), !EnglishWords.conjunctions.contains(word),
               !QuestionAnswerer.numberWords.contains(word) { result.append(word) }
        }
        // What an "in" or "of" phrase right after the head names modifies it as well: "shares in
        // Arden" are Arden shares, not Nordlys shares.
        if index + 1 < words.count, ["in", "of"].contains(words[index + 1]) {
            for word in words[(index + 2)...].prefix(4) {
                if EnglishWords.determiners.contains(word) { continue }
                if EnglishWords.prepositions.contains(word) || EnglishWords.conjunctions.contains(word) || EnglishWords.pronouns.contains(word) { break }
                if word.count >= 3, word.allSatisfy(\.isLetter), !QuestionAnswerer.numberWords.contains(word) { result.append(word) }
            }
        }
        return result
    }

    /// A word without its possessive ending: "lindqvist's" -> "lindqvist".
    static func withoutPossessive(_ word: String) -> String {
        word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
    }

    /// The plurals of `head` by rule: -s, -es, and -ies for a final y.
    static func pluralForms(of head: String) -> [String] {
        head.hasSuffix("y") ? [head + "s", head + "es", head.dropLast() + "ies"] : [head + "s", head + "es"]
    }

    /// True when the last mention of `head` in `words` is counted: a number, in words or digits,
    /// right before it ("four stages", "12 games").
    static func isCounted(_ head: String, in words: [String]) -> Bool {
        let forms = pluralForms(of: head)
        guard let index = words.lastIndex(where: { forms.contains($0) }), index > 0 else { return false }
        let before = words[index - 1]
        return QuestionAnswerer.numberWords.contains(before) || (before.first?.isNumber == true && before.allSatisfy { $0.isNumber || $0 == "," })
    }

    /// The fact pattern slot that finds arguments like this one, most selective first.
    var lookups: [ArgumentMatch] {
        if !entities.isEmpty { return entities.prefix(3).map { .entity($0) } }
        if let head { return [.head(head)] }
        return []
    }
}
