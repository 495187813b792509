import FactModel

/// "Guests at the swearing in included ... Tim Gunn and ... Mickey Hart": who holds a role the
/// question names, read from a list after "included".
extension SentenceFallback {
    /// How far (in bytes) after the role word "include" may follow ("Guests at the swearing in included").
    static let includeReach = 40

    /// True when the mention at byte `offset` follows a form of "include" that follows one of the
    /// role word's offsets: "Guests at the swearing in included Pelosi's grandchildren and such
    /// celebrities as fashion designer Tim Gunn" names guests however far the list runs. O(words).
    func includedAfter(_ roleOffsets: [Int], offset: Int, words: [(word: String, offset: Int)]) -> Bool {
        words.contains { word in
            ["include", "includes", "included", "including"].contains(word.word) && word.offset < offset
                && roleOffsets.contains { $0 < word.offset && word.offset - $0 <= Self.includeReach }
        }
    }
}

extension SentenceFallback {
    /// True when the name ending at byte `end` is a possessor ("Pelosi's grandchildren").
    static func isPossessor(endingAt end: Int, in text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard end >= 0, end < bytes.count else { return false }
        let rest = String(decoding: bytes[end..<min(bytes.count, end + 4)], as: UTF8.self)
        return rest.hasPrefix("'s") || rest.hasPrefix("\u{2019}s")
    }
}
