import FactModel
import Foundation

/// Lemmatizes tagged tokens, following the lemma conventions of UD English EWT.
///
/// In order: treebank conventions learned from EWT train (`lexicon-treebank-lemmas`); the
/// closed-class table ("'s" → "be" or "'s" by tag, "n't" → "not", "me" → "I"); WordNet's
/// irregular forms (went → go); Morphy suffix rules by XPOS, keeping the first candidate WordNet
/// lists; proper nouns keep their form; anything else is lowercased unless it is an acronym
/// WordNet does not know in lowercase.
public struct Lemmatizer: Sendable {
    let lexicon: LemmaLexicon
    /// Whether the learned treebank conventions apply (off to measure the rules alone).
    let usesTreebankLemmas: Bool

    init(lexicon: LemmaLexicon, usesTreebankLemmas: Bool = true) {
        self.lexicon = lexicon
        self.usesTreebankLemmas = usesTreebankLemmas
    }

    /// A lemmatizer with rules and the closed-class table only, without the WordNet and treebank
    /// tables (for tests and tools that must not read resources); `bundled()` is the real one.
    public init() { self.init(lexicon: .empty) }

    /// The lemmatizer with its WordNet tables, loaded from the package's resources.
    public static func bundled() throws -> Lemmatizer { Lemmatizer(lexicon: try .bundled()) }

    /// The lemmatizer with the lexicon files in `directory` (as written by `LexiconBuilder`).
    public static func load(from directory: URL) throws -> Lemmatizer {
        Lemmatizer(lexicon: try LemmaLexicon.load(from: directory))
    }

    /// The lemma of `form` tagged `xpos` (Penn Treebank tag).
    public func lemma(of form: String, xpos: String) -> String {
        if usesTreebankLemmas, let learned = lexicon.treebankLemma(of: form, xpos: xpos) { return learned }
        return ruleLemma(of: form, xpos: xpos)
    }

    /// Sets the lemma of every token of `document`.
    public func lemmatize(_ document: inout AnnotatedDocument) {
        // The lemmas first, then set: a copy of the tokens held while one is changed would copy
        // the whole array.
        let lemmas = document.tokens.indices.map { i in
            let lemma = lemma(of: document.tokens[i].form, xpos: document.tokens[i].xpos)
            return lemma == "be" && document.tokens[i].xpos == "VBZ" && Self.isHasBeforeParticiple(document.tokens, i) ? "have" : lemma
        }
        for (i, lemma) in lemmas.enumerated() { document.tokens[i].lemma = lemma }
    }

    /// "'s" before a past participle is "has" ("she's left", "it's not been"), else "is".
    static func isHasBeforeParticiple(_ tokens: [Token], _ i: Int) -> Bool {
        let form = tokens[i].form
        guard form == "'s" || form == "’s" else { return false }
        var k = i + 1
        while k < tokens.count, k <= i + 3 {
            switch tokens[k].xpos {
            case "VBN": return true
            case "RB", "RBR", "RBS": k += 1
            default: return false
            }
        }
        return false
    }

    /// The word classes WordNet lists a lowercase lemma under (empty when it is not listed). O(1).
    public func wordClasses(ofLemma lemma: String) -> Set<WordClass> {
        var classes = Set<WordClass>()
        if lexicon.contains(lemma, as: .noun) { classes.insert(.noun) }
        if lexicon.contains(lemma, as: .verb) { classes.insert(.verb) }
        if lexicon.contains(lemma, as: .adjective) { classes.insert(.adjective) }
        if lexicon.contains(lemma, as: .adverb) { classes.insert(.adverb) }
        return classes
    }

    /// The base form of `word` in a word class, whatever its inflection: ("attended", .verb) →
    /// "attend", ("meetings", .noun) → "meeting", ("better", .adjective) → "good".
    public func baseForm(of word: String, as wordClass: WordClass) -> String {
        let lower = Self.lowercased(word)
        let (parts, letter, rules, guess): (LemmaLexicon.PartsOfSpeech, Unicode.Scalar, [(String, String)], (String) -> String)
        switch wordClass {
        case .noun: (parts, letter, rules, guess) = (.noun, "n", MorphyRules.noun, Self.guessSingular)
        case .verb:
            if let closed = ClosedClassLemmas.lemma(of: lower, tag: .verbBase) { return closed }
            (parts, letter, rules, guess) = (.verb, "v", MorphyRules.verb, Self.guessVerbBase)
        case .adjective: (parts, letter, rules, guess) = (.adjective, "a", MorphyRules.adjective, { $0 })
        case .adverb: (parts, letter, rules, guess) = (.adverb, "r", MorphyRules.adjective, { $0 })
        }
        // Unlike tagged tokens, a bare word may already be a base form ("news", "politics").
        if let irregular = lexicon.exception(of: lower, pos: letter) { return irregular }
        if lexicon.contains(lower, as: parts) { return lower }
        for candidate in MorphyRules.candidates(lower, rules) where lexicon.contains(candidate, as: parts) {
            return candidate
        }
        return guess(lower)
    }

    /// The lemma by the closed-class table, WordNet and rules, without treebank conventions.
    func ruleLemma(of form: String, xpos: String) -> String {
        let lower = Self.lowercased(form)
        let tag = PennTagClass(xpos)
        if let closed = ClosedClassLemmas.lemma(of: lower, tag: tag) { return closed }
        switch tag {
        case .properNoun: return form
        case .properNounPlural: return Self.singularProperNoun(form)
        case .number: return Self.number(form)
        case .pluralNoun: return inflected(lower, form, .noun, MorphyRules.noun, fallback: Self.guessSingular)
        case .verbThirdPerson, .verbPast, .verbParticiple, .verbGerund:
            return inflected(lower, form, .verb, MorphyRules.verb, fallback: Self.guessVerbBase)
        case .adjectiveComparative:
            return inflected(lower, form, .adjective, MorphyRules.adjective, fallback: Self.guessAdjectiveBase)
        case .adverbComparative:
            if let irregular = lexicon.exception(of: lower, pos: "r") { return irregular }
            return inflected(lower, form, [.adverb, .adjective], MorphyRules.adjective, fallback: Self.guessAdjectiveBase)
        case .openingQuote, .closingQuote: return Self.quote(form)
        case .punctuation: return Self.punctuation(form)
        default: return caseNormalized(form, lower)
        }
    }

    /// Irregular form, else the first Morphy candidate WordNet lists, else `fallback`'s guess.
    private func inflected(
        _ lower: String, _ form: String, _ parts: LemmaLexicon.PartsOfSpeech, _ rules: [(String, String)],
        fallback: (String) -> String
    ) -> String {
        let letter: Unicode.Scalar = parts.contains(.verb) ? "v" : parts.contains(.noun) ? "n" : parts.contains(.adjective) ? "a" : "r"
        if let irregular = lexicon.exception(of: lower, pos: letter) { return irregular }
        if parts.contains(.adverb), let irregular = lexicon.exception(of: lower, pos: "a") { return irregular }
        for candidate in MorphyRules.candidates(lower, rules) where lexicon.contains(candidate, as: parts) {
            return candidate
        }
        if lexicon.contains(lower, as: parts) { return lower }
        return fallback(lower)
    }

    /// Base-form words: lowercase, unless an all-capital acronym WordNet lacks in lowercase
    /// ("NATO", "TV" stay; "GOOD" → "good").
    private func caseNormalized(_ form: String, _ lower: String) -> String {
        if form == lower { return form }
        var capitals = 0, letters = 0
        for b in form.utf8 where ByteClass.isASCIILetter(b) {
            letters += 1
            if ByteClass.isUpper(b) { capitals += 1 }
        }
        if letters >= 2, capitals == letters, !lexicon.contains(lower) { return form }
        if capitals > 1, capitals < letters, !lexicon.contains(lower) { return form }  // "iPhone", "McCain"
        return lower
    }

    /// Lowercase `form`, without allocating when it already is (most words) and without
    /// Unicode tables when it is ASCII.
    static func lowercased(_ form: String) -> String {
        var hasUpper = false, isASCII = true
        for b in form.utf8 {
            if ByteClass.isUpper(b) { hasUpper = true } else if b >= 0x80 { isASCII = false; break }
        }
        if isASCII {
            guard hasUpper else { return form }
            // Written straight into the new string: through an array of the bytes, a capitalized
            // word cost twice the instructions.
            let count = form.utf8.count
            return String(unsafeUninitializedCapacity: count) { buffer in
                _ = buffer.initialize(from: form.utf8.lazy.map(ByteClass.lower))
                return count
            }
        }
        return form.lowercased()
    }

    // MARK: - Guesses for words WordNet lacks

    static func guessSingular(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        for suffix in ["sses", "ches", "shes", "xes", "zes"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is"), word.count > 2 {
            return String(word.dropLast())
        }
        return word
    }

    static func guessVerbBase(_ word: String) -> String {
        if word.hasSuffix("ing"), word.count > 5 {
            let stem = String(word.dropLast(3))
            return MorphyRules.undoubled(stem) ?? stem
        }
        if word.hasSuffix("ied"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ed"), word.count > 4 {
            let stem = String(word.dropLast(2))
            return MorphyRules.undoubled(stem) ?? stem
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return guessSingular(word) }
        return word
    }

    static func guessAdjectiveBase(_ word: String) -> String {
        if word.hasSuffix("iest"), word.count > 5 { return String(word.dropLast(4)) + "y" }
        if word.hasSuffix("ier"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("est"), word.count > 5 { return String(word.dropLast(3)) }
        if word.hasSuffix("er"), word.count > 4 { return String(word.dropLast(2)) }
        return word
    }

    // MARK: - Tag-specific conventions

    /// "States" → "State", "Americans" → "American": EWT lemmatizes plural proper nouns to the
    /// singular and keeps their case.
    static func singularProperNoun(_ form: String) -> String {
        if form.hasSuffix("ies"), form.count > 4 { return String(form.dropLast(3)) + "y" }
        if form.hasSuffix("s"), !form.hasSuffix("ss"), form.count > 2 { return String(form.dropLast()) }
        return form
    }

    /// "1,000" → "1000": EWT drops thousands separators; words are lowercased ("Two" → "two").
    static func number(_ form: String) -> String {
        let bytes = Array(form.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: ","), i > 0, i + 1 < bytes.count, ByteClass.isDigit(bytes[i - 1]), ByteClass.isDigit(bytes[i + 1]) {
                continue
            }
            kept.append(ByteClass.lower(b))
        }
        return String(decoding: kept, as: UTF8.self)
    }

    /// Curly quotes lemmatize to straight ones.
    static func quote(_ form: String) -> String {
        switch form {
        case "“", "”", "„", "«", "»": return "\""
        case "‘", "’": return "'"
        default: return form
        }
    }

    /// Dashes lemmatize to "-", the ellipsis character to "...".
    static func punctuation(_ form: String) -> String {
        // Every form below starts with a byte past ASCII: others skip the string comparisons.
        guard let first = form.utf8.first, first >= 0x80 else { return form }
        switch form {
        case "—", "–", "―", "‒", "−": return "-"
        case "…": return "..."
        default: return form
        }
    }
}
