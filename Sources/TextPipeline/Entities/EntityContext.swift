/// Per-document lookups that the name tagger, the title reader and coreference share:
/// lowercased words, gazetteer matches and title matches, computed once per document.
struct EntityContext {
    /// Lowercased forms with typographic quotes and dashes folded ("’s" -> "'s").
    let lower: [String]
    /// Classes of the longest gazetteer phrase covering each token (empty when none).
    var phrase: [GazetteerClasses]
    /// True where a gazetteer phrase starts.
    var phraseBegins: [Bool]
    /// Classes of the token alone (names, person nouns, demonyms...).
    var word: [GazetteerClasses]
    /// The longest title ending at each token (its last word), with its length.
    var titleEnding: [(length: Int, entry: TitleEntry)?]
    /// Lowercased forms with a leading "ex-" removed, for title matching ("Ex-Prime Minister").
    let titleWords: [String]
    /// True where the form starts with "ex-" (a former holder).
    let hasExPrefix: [Bool]
    /// True where the word is a plural noun of people ("women", "veterans", "doctors").
    let isPersonPlural: [Bool]

    init(document: AnnotatedDocument, gazetteer: Gazetteer, titles: PersonTitleLexicon) {
        // Read through a buffer pointer: mapped over the array, every token was copied whole.
        let lower = document.tokens.withUnsafeBufferPointer { tokens in tokens.indices.map { EntityContext.fold(tokens[$0].form) } }
        self.lower = lower
        let count = lower.count
        phrase = Array(repeating: [], count: count)
        phraseBegins = Array(repeating: false, count: count)
        let entries = gazetteer.wordEntries(lower)
        word = entries.classes
        titleEnding = Array(repeating: nil, count: count)
        hasExPrefix = lower.map { $0.hasPrefix("ex-") && $0.count > 3 }
        titleWords = zip(lower, hasExPrefix).map { $1 ? String($0.dropFirst(3)) : $0 }
        isPersonPlural = lower.map { EntityContext.isPersonPlural($0, gazetteer: gazetteer) }
        for sentence in document.sentences {
            for match in gazetteer.longestMatches(in: lower, wordClasses: entries.classes, longestPhrases: entries.longestPhrases,
                                                  range: sentence) {
                phraseBegins[match.range.lowerBound] = true
                for i in match.range { phrase[i] = match.classes }
            }
            for end in sentence where titles.isTitleWord(titleWords[end]) {
                if let match = titles.match(endingAt: end + 1, in: titleWords, floor: sentence.lowerBound) {
                    titleEnding[end] = match
                }
            }
        }
    }

    /// Irregular plural nouns of people.
    static let irregularPersonPlurals: Set<String> = ["women", "men", "people", "children"]

    /// True for a plural noun whose singular (by rule: -ies, -es, -s) is a noun of people.
    static func isPersonPlural(_ word: String, gazetteer: Gazetteer) -> Bool {
        // The irregular plurals end in "n" or "e" (and no other character is canonically
        // equivalent to those): other words skip the set's hashing, 1 % of the entity stage.
        let last = word.utf8.last
        if last == UInt8(ascii: "n") || last == UInt8(ascii: "e"), irregularPersonPlurals.contains(word) { return true }
        // A last byte other than "s" rules out `hasSuffix("s")` before the character count, which
        // walks the whole word.
        guard word.utf8.last == UInt8(ascii: "s"), word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return false }
        return MorphyRules.sStems(of: word).contains { gazetteer.classes(ofWord: $0).contains(.personNoun) }
    }

    /// Lowercases and folds typographic punctuation so that features and lookups see one form.
    static func fold(_ form: String) -> String {
        var ascii = true, upper = false
        for byte in form.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if byte >= 65 && byte <= 90 { upper = true }
        }
        if ascii {
            // ASCII has nothing to fold, and lowercasing maps A-Z alone: done on the bytes, not
            // through `lowercased()` and a walk of the scalars (a capitalized word cost about
            // 900 instructions).
            return upper ? String(decoding: form.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self) : form
        }
        var result = ""
        for scalar in form.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}": result.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": result.append("\"")
            case "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}": result.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
