/// Splits argument text into the words the word index keys on: runs of letters, digits, apostrophes
/// and non-ASCII characters; a trailing possessive "'s" and edge apostrophes are dropped.
enum Words {
    /// Calls `body` with the byte range of each word of `bytes`, in order. O(length).
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n && !isWordByte(bytes[i]) { i += 1 }
            var start = i
            while i < n && isWordByte(bytes[i]) { i += 1 }
            var end = i
            while start < end && bytes[start] == UInt8(ascii: "'") { start += 1 }
            if end - start >= 2 && bytes[end - 2] == UInt8(ascii: "'") && (bytes[end - 1] | 0x20) == UInt8(ascii: "s") {
                end -= 2
            }
            while end > start && bytes[end - 1] == UInt8(ascii: "'") { end -= 1 }
            if end > start { body(start..<end) }
        }
    }

    /// The words of a string, as strings.
    static func of(_ string: String) -> [String] {
        var copy = string
        return copy.withUTF8 { buffer in
            var words = [String]()
            forEach(in: buffer) { words.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self)) }
            return words
        }
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 97 < 26 || b &- 48 < 10 || b >= 0x80 || b == UInt8(ascii: "'")
    }
}
