/// WordNet's Morphy suffix rules: the candidate base forms of an inflected word, in the order
/// they are tried. The lemmatizer keeps the first candidate WordNet lists.
enum MorphyRules {
    /// (suffix, replacement) pairs by word class.
    static let noun: [(String, String)] = [
        ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
        ("men", "man"), ("s", ""),
    ]
    static let verb: [(String, String)] = [
        ("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
    ]
    static let adjective: [(String, String)] = [("est", "e"), ("est", ""), ("er", "e"), ("er", ""), ("iest", "y"), ("ier", "y")]

    /// Candidate base forms of `word` under `rules`, with de-doubled stems after -ed, -ing,
    /// -er and -est ("stopped" → "stop", "bigger" → "big").
    static func candidates(_ word: String, _ rules: [(String, String)]) -> [String] {
        var result: [String] = []
        let bytes = Array(word.utf8)
        for (suffix, replacement) in rules {
            let suffixBytes = suffix.utf8
            guard bytes.count > suffixBytes.count + 1, bytes.suffix(suffixBytes.count).elementsEqual(suffixBytes) else { continue }
            let stem = bytes.dropLast(suffixBytes.count)
            result.append(String(decoding: stem, as: UTF8.self) + replacement)
            if replacement.isEmpty, let undoubled = undoubled(stem) { result.append(undoubled) }
        }
        return result
    }

    /// The stems a word ending in "-s" may come from, a third-person verb or a plural noun, for a
    /// test of each against a word list: "owns" → own, "watches" → watch, "relies" → rely.
    static func sStems(of word: String) -> [String] {
        var result = [String(word.dropLast())]
        if word.hasSuffix("es") { result.append(String(word.dropLast(2))) }
        if word.hasSuffix("ies") { result.append(String(word.dropLast(3)) + "y") }
        return result
    }

    /// "stopp" → "stop": a stem ending in a doubled consonant loses one.
    static func undoubled(_ stem: String) -> String? { undoubled(Array(stem.utf8)[...]) }

    static func undoubled(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.count >= 3 else { return nil }
        let last = bytes[bytes.endIndex - 1]
        guard last == bytes[bytes.endIndex - 2], ByteClass.isLower(last),
              !"aeiouy".utf8.contains(last) else { return nil }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }
}
