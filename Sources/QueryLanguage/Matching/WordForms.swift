import FactModel
import Synchronization

/// Expands the words of a query into the forms the corpus may use: lemmas, synonyms,
/// derivations and curated paraphrases. Results are cached per engine run (words repeat).
final class WordForms: Sendable {
    let lexicon: any Lexicon
    private let relationCacheLock = Mutex<[String: [(key: String, weight: Double)]]>([:])
    private let wordCacheLock = Mutex<[String: [String]]>([:])
    private let nounLemmaLock = Mutex<[String: String]>([:])

    /// Analyzed phrases by their words (`PhraseMatcher` resolves their names again on each use).
    private let matcherLock = Mutex<[[String]: PhraseMatcher]>([:])

    init(lexicon: any Lexicon) {
        self.lexicon = lexicon
    }

    /// The analysis of a phrase with the same words, if one was made (its names are resolved
    /// again by `PhraseMatcher`).
    func cachedMatcher(for phrase: Phrase) -> PhraseMatcher? {
        guard let cached = matcherLock.withLock({ $0[phrase.words] }), cached.phrase.quoted == phrase.quoted else { return nil }
        return cached
    }

    func cache(_ matcher: PhraseMatcher) {
        matcherLock.withLock { cache in
            if cache.count > 10_000 { cache.removeAll() }
            cache[matcher.phrase.words] = matcher
        }
    }

    /// The relation keys a verb (with particles) may be stored under, each with how exactly it matches:
    /// 1 for the lemma and curated paraphrases, 0.8 for WordNet synonyms and derivations.
    func relationKeys(verb: String, particles: [String]) -> [(key: String, weight: Double)] {
        let cacheKey = ([verb.lowercased()] + particles).joined(separator: " ")
        if let cached = relationCacheLock.withLock({ $0[cacheKey] }) { return cached }
        var weights: [String: Double] = [:]
        var order: [String] = []
        func add(_ key: String, _ weight: Double) {
            let key = key.lowercased()
            if let old = weights[key] {
                if weight > old { weights[key] = weight }
            } else {
                weights[key] = weight
                order.append(key)
            }
        }
        let lemma = verbLemma(verb)
        let word = verb.lowercased()
        let phrasal = ([lemma] + particles).joined(separator: " ")
        add(phrasal, 1)
        add(lemma, particles.isEmpty ? 1 : 0.9)
        for key in Paraphrases.relationKeys(equivalentTo: phrasal) + Paraphrases.relationKeys(equivalentTo: lemma) {
            add(key, 0.95)
        }
        for synonym in lexicon.synonyms(ofVerb: lemma) { add(synonym, 0.8) }
        // A noun used as the verb ("who attendance ...") or a verb whose noun the corpus uses.
        for derived in lexicon.verbs(derivedFromNoun: word) { add(derived, 0.8) }
        let result = order.map { ($0, weights[$0]!) }
        relationCacheLock.withLock { $0[cacheKey] = result }
        return result
    }

    /// Every form a content word may take in sentence lemmas: itself, its noun and verb lemmas,
    /// derivations both ways, verb synonyms and curated paraphrases (single words only).
    func searchForms(of word: String) -> [String] {
        let lowered = word.lowercased()
        if let cached = wordCacheLock.withLock({ $0[lowered] }) { return cached }
        var forms: [String] = []
        func add(_ form: String) {
            let form = form.lowercased()
            if !form.isEmpty, !form.contains(" "), !forms.contains(form) { forms.append(form) }
        }
        add(lowered)
        let noun = lexicon.lemma(of: lowered, as: .noun)
        var verb = lexicon.lemma(of: lowered, as: .verb)
        if verb == lowered, let stripped = Self.regularVerbLemma(lowered) { verb = stripped }
        add(noun)
        add(verb)
        for derived in lexicon.verbs(derivedFromNoun: noun) { add(derived) }
        for derived in lexicon.nouns(derivedFromVerb: verb) { add(derived) }
        for synonym in lexicon.synonyms(ofVerb: verb).prefix(6) { add(synonym) }
        for key in Paraphrases.relationKeys(equivalentTo: verb) where key != verb { add(key) }
        wordCacheLock.withLock { $0[lowered] = forms }
        return forms
    }

    /// A noun's lemma ("jurisdictions" -> "jurisdiction"), cached.
    func nounLemma(_ word: String) -> String {
        if let cached = nounLemmaLock.withLock({ $0[word] }) { return cached }
        let lemma = computeNounLemma(word)
        nounLemmaLock.withLock { $0[word] = lemma }
        return lemma
    }

    private func computeNounLemma(_ word: String) -> String {
        let lowered = word.lowercased()
        let lemma = lexicon.lemma(of: lowered, as: .noun).lowercased()
        if lemma == lowered, lowered.count > 3, lowered.hasSuffix("s"), !lowered.hasSuffix("ss") {
            if lowered.hasSuffix("ies") { return String(lowered.dropLast(3)) + "y" }
            return String(lowered.dropLast())
        }
        return lemma
    }

    /// A rough lemma for regular inflections when the lexicon does not know the word.
    /// A verb's lemma, lower-cased: the lexicon's, or the regular inflection stripped when the
    /// lexicon does not know the word ("attends" -> "attend").
    func verbLemma(_ verb: String) -> String {
        let word = verb.lowercased()
        let lemma = lexicon.lemma(of: word, as: .verb).lowercased()
        if lemma == word, let stripped = Self.regularVerbLemma(word) { return stripped }
        return lemma
    }

    static func regularVerbLemma(_ word: String) -> String? {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ied"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("ing"), word.count > 5 { return String(word.dropLast(3)) }
        if word.hasSuffix("ed"), word.count > 4 {
            let stem = word.dropLast(2)
            if let last = stem.last, let before = stem.dropLast().last, last == before { return String(stem.dropLast()) }
            return word.hasSuffix("ied") ? nil : String(word.dropLast(1)).hasSuffix("e") ? String(word.dropLast(1)) : String(stem)
        }
        if word.hasSuffix("es"), word.count > 4, ["sh", "ch", "ss", "x"].contains(where: { word.dropLast(2).hasSuffix($0) }) {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return nil
    }
}

/// Lower-cases and splits text into words, dropping punctuation: "the closed-door meeting," -> [the, closed-door, meeting].
func wordsOf(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    for character in text.lowercased() {
        if character.isLetter || character.isNumber || character == "-" || character == "'" || character == "." {
            current.append(character)
        } else if !current.isEmpty {
            words.append(current.trimmingCharacters(in: ".'-"))
            current = ""
        }
    }
    if !current.isEmpty { words.append(current.trimmingCharacters(in: ".'-")) }
    return words.filter { !$0.isEmpty }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, set.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}

/// Letters without accents, lower-cased: "Głódź" -> "glodz", for forgiving name comparison.
func folded(_ text: String) -> String {
    // Most text is plain ASCII already in lower case: return it without building a new string.
    var plain = true, ascii = true
    for byte in text.utf8 {
        if byte >= 0x80 { ascii = false; plain = false; break }
        if byte >= 0x41 && byte <= 0x5A { plain = false }
    }
    if plain { return text }
    if ascii { return text.lowercased() }
    var result = ""
    for scalar in text.lowercased().unicodeScalars {
        if scalar.value < 0x80 {
            result.unicodeScalars.append(scalar)
        } else if scalar == "ß" {
            result += "ss"
        } else {
            result.unicodeScalars.append(latinBase[scalar] ?? scalar)
        }
    }
    return result
}

/// The base letters of the accented Latin letters news names use.
private let latinBase: [Unicode.Scalar: Unicode.Scalar] = {
    var table: [Unicode.Scalar: Unicode.Scalar] = [:]
    let groups: [(String, Unicode.Scalar)] = [
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
    ]
    for (letters, base) in groups {
        for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    return table
}()
