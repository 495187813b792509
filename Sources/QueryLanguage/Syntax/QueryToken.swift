import FactModel

/// One lexical unit of query text, with where it was written.
public struct QueryToken: Hashable, Sendable {
    /// What kind of token it is.
    public enum Kind: Hashable, Sendable {
        /// A word: letters, digits, inner apostrophes, hyphens and dots ("Garcetti", "U.S.", "COVID-19").
        case word
        /// A number written with digits ("1,991", "47.42").
        case number
        /// A variable: `?who`. The text excludes the `?`.
        case variable
        /// A double-quoted string; the text excludes the quotes.
        case string
        /// The possessive `'s` (or a bare `'` after a plural): "Dunn's", "countries'".
        case possessive
        case leftParen, rightParen, comma
        /// `;` or a line break outside parentheses: ends a statement.
        case separator
        /// A `?` that ends a question ("who attends the meeting?"), or a full stop ending the line.
        case questionMark
        /// A comparison or other operator symbol: `=`, `!=`, `<`, `<=`, `>`, `>=`.
        case symbol
        /// A string whose closing quote never came; `text` holds what was read.
        case unterminatedString
        /// A character the language has no use for.
        case invalid
        case end
    }

    public var kind: Kind
    public var text: String
    public var range: SourceRange
    /// The text lower-cased, for keyword comparison (computed once, by the lexer); numbers and
    /// strings, which are never keywords, keep their text as it is.
    public let lowered: String
    /// True when the word starts with an upper-case letter (a name, usually), or is a name after a
    /// lower-case particle ("al-Assadi").
    public let isCapitalized: Bool

    public init(kind: Kind, text: String, range: SourceRange) {
        let keepsCase = kind == .number || kind == .string || kind == .unterminatedString
        self.init(kind: kind, text: text, range: range, shape: keepsCase ? TextShape() : TextShape(text))
    }

    /// A token whose bytes' `shape` the lexer found while scanning them, so neither the lower
    /// case nor the capital needs another pass over the text.
    init(kind: Kind, text: String, range: SourceRange, shape: TextShape) {
        self.kind = kind
        self.text = text
        self.range = range
        switch kind {
        case .number, .string, .unterminatedString: lowered = text
        default: lowered = Self.lowercased(text, shape: shape)
        }
        isCapitalized = kind == .word && (Self.startsUppercase(text) || (shape.hasHyphen && Self.isParticleName(text)))
    }

    /// What a token's bytes hold, found in one pass: whether any is non-ASCII, an ASCII capital
    /// or a hyphen.
    struct TextShape {
        var isASCII = true
        var hasUpper = false
        var hasHyphen = false

        /// Nothing read: for tokens that keep their text as it is (numbers and strings).
        init() {}

        /// The shape of `text`'s bytes, read from its contiguous buffer (iterating a `String`'s
        /// UTF-8 view generically costs several times as much).
        init(_ text: String) {
            var text = text
            self = text.withUTF8 { TextShape($0) }
        }

        init<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
            for byte in bytes {
                if byte >= 0x80 { isASCII = false }
                if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
                if byte == UInt8(ascii: "-") { hasHyphen = true }
            }
        }
    }

    /// "al-Assadi", "el-Sisi", "bin-Salman": a lower-case name particle, a hyphen and a capital.
    private static func isParticleName(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
              let hyphen = text.utf8.firstIndex(of: UInt8(ascii: "-")), EnglishWords.hyphenatedNameParticles.contains(String(text[..<hyphen])),
              let next = text[text.index(after: hyphen)...].first else { return false }
        return next.isUppercase
    }

    /// True when the first character is upper case; an ASCII first byte is read directly.
    private static func startsUppercase(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// The text in lower case; ASCII text (nearly every query) without Unicode case mapping,
    /// and returned as it is when it has no capital.
    static func lowercased(_ text: String) -> String { lowercased(text, shape: TextShape(text)) }

    private static func lowercased(_ text: String, shape: TextShape) -> String {
        guard shape.isASCII else { return text.lowercased() }
        guard shape.hasUpper else { return text }
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (i, byte) in bytes.enumerated() { buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                return bytes.count
            }
        }
    }

    /// True for a word equal to `keyword` (given in lower case), ignoring case.
    @inline(__always)
    public func isWord(_ keyword: String) -> Bool {
        kind == .word && lowered == keyword
    }
}
