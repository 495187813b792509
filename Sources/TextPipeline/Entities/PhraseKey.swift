/// Words joined by single spaces: the key form of the gazetteer's and the title lexicon's
/// phrases, made while matching.
///
/// `joined(separator:)` over a slice of strings runs the standard library's unspecialized code,
/// about 3,000 instructions a call: the gazetteer's phrase matching alone spent 4 % of the name
/// recognizer's instructions there. Appending the words into one string gives the same string.
enum PhraseKey {
    /// `words.joined(separator: " ")`.
    static func of<Words: Collection>(_ words: Words) -> String where Words.Element == String {
        var length = 0
        for word in words { length += word.utf8.count + 1 }
        var key = ""
        // Up to 15 bytes a string is stored inline; reserving would move it to the heap.
        if length > 16 { key.reserveCapacity(length - 1) }
        var first = true
        for word in words {
            if !first { key.append(" ") }
            key.append(word)
            first = false
        }
        return key
    }
}
