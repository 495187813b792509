/// Byte-level character classes the tokenizer and sentence splitter work with.
///
/// Everything works on UTF-8 bytes: ASCII classes are single comparisons, and the few non-ASCII
/// punctuation and space characters news text uses are recognised by their byte sequences.
enum ByteClass {
    static let hyphen = UInt8(ascii: "-")
    static let period = UInt8(ascii: ".")
    static let apostrophe = UInt8(ascii: "'")
    static let quote = UInt8(ascii: "\"")

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b &- 97 < 26 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
    /// ASCII lowercase of a byte; other bytes unchanged.
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    /// A byte that can be part of a word: ASCII letters and digits, and any non-ASCII byte
    /// (accented letters), except the non-ASCII punctuation checked separately.
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        isASCIILetter(b) || isDigit(b) || b >= 0x80
    }
}

/// Non-ASCII characters with a role in tokenization, by their UTF-8 sequences.
enum Special: Equatable {
    case openingQuote      // “ ‘ „ «
    case closingQuote      // ” »
    case rightSingleQuote  // ’ (apostrophe or closing quote)
    case dash              // — – ― ‒ − (always split)
    case ellipsis          // …
    case currency          // £ € ¥ ¢
    case invertedMark      // ¿ ¡
    case bullet            // • · (list markers)

    /// The special character starting at `i`, with its length in bytes.
    @inline(__always)
    static func at(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Special, Int)? {
        let b = bytes[i]
        if b < 0xC2 { return nil }
        if b == 0xC2, i + 1 < end {
            switch bytes[i + 1] {
            case 0xAB: return (.openingQuote, 2)
            case 0xBB: return (.closingQuote, 2)
            case 0xA3, 0xA5, 0xA2: return (.currency, 2)
            case 0xBF, 0xA1: return (.invertedMark, 2)
            case 0xB7: return (.bullet, 2)
            default: return nil
            }
        }
        if b == 0xE2, i + 2 < end {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80 {
                switch b2 {
                case 0x9C, 0x98, 0x9E: return (.openingQuote, 3)
                case 0x9D: return (.closingQuote, 3)
                case 0x99: return (.rightSingleQuote, 3)
                case 0x92, 0x93, 0x94, 0x95: return (.dash, 3)
                case 0xA6: return (.ellipsis, 3)
                case 0xA2: return (.bullet, 3)
                default: return nil
                }
            }
            if b1 == 0x88, b2 == 0x92 { return (.dash, 3) }
            if b1 == 0x82, b2 == 0xAC { return (.currency, 3) }
        }
        return nil
    }

    /// The special character ending just before `end` (not before `start`), with its length.
    @inline(__always)
    static func ending(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Special, Int)? {
        if end - start >= 3, bytes[end - 3] == 0xE2, let found = at(bytes, end - 3, end), found.1 == 3 { return found }
        if end - start >= 2, bytes[end - 2] == 0xC2, let found = at(bytes, end - 2, end), found.1 == 2 { return found }
        return nil
    }
}

/// Whitespace recognition, including the Unicode spaces news feeds carry.
enum Whitespace {
    /// Length in bytes of the whitespace character at `i`, or 0.
    @inline(__always)
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b > 32 && b < 0xC2 { return 0 }  // the common case: printable ASCII or a continuation byte
        if b == 32 || b == 10 || b == 9 || b == 13 || b == 12 || b == 11 { return 1 }
        if b < 0xC2 { return 0 }
        let n = bytes.count
        if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { return 2 }  // no-break space
        if b == 0xE2, i + 2 < n {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80, (b2 >= 0x80 && b2 <= 0x8B) || b2 == 0xAF || b2 == 0xA8 || b2 == 0xA9 { return 3 }
            if b1 == 0x81, b2 == 0x9F || b2 == 0xA0 { return 3 }
        }
        if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }  // ideographic space
        if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return 3 }  // byte-order mark
        return 0
    }

    /// Whether the whitespace character at `i` breaks the line (LF, CR, U+2028, U+2029).
    @inline(__always)
    static func isLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = bytes[i]
        if b == 10 || b == 13 { return true }
        return b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
    }
}
