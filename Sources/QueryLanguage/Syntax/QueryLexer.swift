import FactModel

/// Turns query text into tokens with line and column, never failing: problems become
/// `.invalid` or `.unterminatedString` tokens that the parser reports.
///
/// Statements end at `;` or at a line break outside parentheses; a string may span lines.
/// Comments run from `#`, or from `--` at the start of a word, to the end of the line.
public struct QueryLexer {
    private let bytes: [UInt8]
    private var index = 0
    private var line: Int
    private var column = 1
    /// Open parentheses, so line breaks inside them do not end the statement.
    private var depth = 0

    /// - Parameter firstLine: the line number of the text's first line in its file.
    public init(_ text: String, firstLine: Int = 1) {
        bytes = Array(text.utf8)
        line = firstLine
    }

    /// Every token of the text, ending with one `.end` token. O(n).
    public static func tokenize(_ text: String, firstLine: Int = 1) -> [QueryToken] {
        var lexer = QueryLexer(text, firstLine: firstLine)
        var tokens: [QueryToken] = []
        tokens.reserveCapacity(16)
        while true {
            let token = lexer.next()
            let isEnd = token.kind == .end
            tokens.append(token)  // its last use: moved into the list, not copied
            if isEnd { return tokens }
        }
    }

    /// True when the text ends inside a string or an open parenthesis.
    public static func isIncomplete(_ text: String) -> Bool {
        var lexer = QueryLexer(text)
        var open = 0
        while true {
            let token = lexer.next()
            switch token.kind {
            case .unterminatedString: return true
            case .leftParen: open += 1
            case .rightParen: open = max(0, open - 1)
            case .end: return open > 0
            default: break
            }
        }
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column, offset: index) }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        index + ahead < bytes.count ? bytes[index + ahead] : nil
    }

    /// Moves past one byte, keeping line and column (columns count characters, not bytes).
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// The text of bytes `start..<end`, decoded from the contiguous buffer (the fast path of
    /// `String(decoding:)`; an array slice takes the generic one).
    private func text(from start: Int, to end: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The next token; `.end` forever once the text is used up.
    public mutating func next() -> QueryToken {
        skipSpaceAndComments()
        let start = position
        guard let byte = peek() else { return QueryToken(kind: .end, text: "", range: SourceRange(at: start)) }
        func single(_ kind: QueryToken.Kind) -> QueryToken {
            advance()
            return QueryToken(kind: kind, text: text(from: start.offset, to: index), range: SourceRange(start: start, end: position))
        }
        switch byte {
        case UInt8(ascii: "\n"):
            let token = single(.separator)
            return QueryToken(kind: .separator, text: "\n", range: token.range)
        case UInt8(ascii: ";"): return single(.separator)
        case UInt8(ascii: "("):
            depth += 1
            return single(.leftParen)
        case UInt8(ascii: ")"):
            depth = max(0, depth - 1)
            return single(.rightParen)
        case UInt8(ascii: ","): return single(.comma)
        case UInt8(ascii: "\""): return lexString(start: start, quote: .straight)
        case 0xE2 where peek(1) == 0x80 && peek(2) == 0x9C:  // “ ... ”
            return lexString(start: start, quote: .curly)
        case UInt8(ascii: "?"):
            if let following = peek(1), isWordByte(following) {
                advance()
                let nameStart = index
                while let next = peek(), isWordByte(next) { advance() }
                return QueryToken(kind: .variable, text: text(from: nameStart, to: index), range: SourceRange(start: start, end: position),
                                  shape: QueryToken.TextShape(bytes[nameStart..<index]))
            }
            return single(.questionMark)
        case UInt8(ascii: ".") where isFinalStop():
            return single(.questionMark)
        case UInt8(ascii: "'") where peek(1) == UInt8(ascii: "s") && !(peek(2).map(isWordByte) ?? false):
            advance()
            return single(.possessive)
        case UInt8(ascii: "'"):
            return lexApostrophe(start: start)
        case 0xE2 where peek(1) == 0x80 && peek(2) == 0x99:  // ’
            return lexApostrophe(start: start)
        case UInt8(ascii: "$") where peek(1).map(isDigit) ?? false:
            return lexMoney(start: start, symbolWidth: 1)
        case 0xE2 where peek(1) == 0x82 && peek(2) == 0xAC && (peek(3).map(isDigit) ?? false):  // €
            return lexMoney(start: start, symbolWidth: 3)
        case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"):
            advance()
            if peek() == UInt8(ascii: "=") { advance() }
            let symbol = text(from: start.offset, to: index)
            return QueryToken(kind: symbol == "!" ? .invalid : .symbol, text: symbol, range: SourceRange(start: start, end: position))
        default:
            if isWordByte(byte) { return lexWord(start: start) }
            // One whole character (a UTF-8 sequence) the language does not use.
            advance()
            while let next = peek(), next & 0xC0 == 0x80 { advance() }
            return QueryToken(kind: .invalid, text: text(from: start.offset, to: index), range: SourceRange(start: start, end: position))
        }
    }

    /// Skips blanks and comments, but not the line breaks that end statements.
    private mutating func skipSpaceAndComments() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                advance()
            case UInt8(ascii: "\n") where depth > 0:
                advance()
            case UInt8(ascii: "#"):
                skipToEndOfLine()
            case UInt8(ascii: "-") where peek(1) == UInt8(ascii: "-"):
                skipToEndOfLine()
            case 0xC2 where peek(1) == 0xA0:  // no-break space
                advance(); advance()
            default:
                return
            }
        }
    }

    private mutating func skipToEndOfLine() {
        while let byte = peek(), byte != UInt8(ascii: "\n") { advance() }
    }

    /// The quote that opened a string, which only its own closer ends.
    private enum Quote {
        /// `"`, one byte, closed by itself.
        case straight
        /// `“` (E2 80 9C), closed by `”` (E2 80 9D).
        case curly

        var openerLength: Int { self == .straight ? 1 : 3 }
    }

    /// True when the bytes at `index` close a string opened by `quote`.
    private func atCloser(of quote: Quote) -> Bool {
        switch quote {
        case .straight: return bytes[index] == UInt8(ascii: "\"")
        case .curly: return bytes[index] == 0xE2 && peek(1) == 0x80 && peek(2) == 0x9D
        }
    }

    /// string = '"' { any character but '"' } '"' ; also “ ... ”. May span lines.
    private mutating func lexString(start: SourcePosition, quote: Quote) -> QueryToken {
        for _ in 0..<quote.openerLength { advance() }
        let contentStart = index
        if quote == .straight, let (closer, columns) = straightCloserOnSameLine() {
            // Nearly every string: its closer found and its columns counted in one pass over
            // the bytes, without `advance`'s checks per byte.
            index = closer
            column += columns
            let content = text(from: contentStart, to: index)
            advance()
            return QueryToken(kind: .string, text: content, range: SourceRange(start: start, end: position), shape: QueryToken.TextShape())
        }
        while index < bytes.count {
            if atCloser(of: quote) {
                let content = text(from: contentStart, to: index)
                for _ in 0..<quote.openerLength { advance() }
                return QueryToken(kind: .string, text: content, range: SourceRange(start: start, end: position), shape: QueryToken.TextShape())
            }
            advance()
        }
        return QueryToken(kind: .unterminatedString, text: text(from: contentStart, to: index), range: SourceRange(start: start, end: position))
    }

    /// A lone apostrophe: the possessive of a plural ("countries'") or a stray quote.
    /// The index of the next `"` and the characters before it, or nil when a line break or the
    /// end of the text comes first (the string is then read byte by byte).
    private func straightCloserOnSameLine() -> (index: Int, columns: Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            var columns = 0
            for i in index..<buffer.count {
                let byte = buffer[i]
                if byte == UInt8(ascii: "\"") { return (i, columns) }
                if byte == UInt8(ascii: "\n") { return nil }
                if byte & 0xC0 != 0x80 { columns += 1 }
            }
            return nil
        }
    }

    private mutating func lexApostrophe(start: SourcePosition) -> QueryToken {
        let width = bytes[index] == UInt8(ascii: "'") ? 1 : 3
        for _ in 0..<width { advance() }
        if peek() == UInt8(ascii: "s"), !(peek(1).map(isWordByte) ?? false) {
            advance()
        }
        return QueryToken(kind: .possessive, text: "'s", range: SourceRange(start: start, end: position))
    }

    /// word = letter-or-digit { letter | digit | "-" | "–" | "." | inner "'" } ; a number if only digits, "," and ".".
    /// A final "n't" is a word of its own ("didn't" -> "did" "n't").
    private mutating func lexWord(start: SourcePosition) -> QueryToken {
        var onlyDigits = true
        while let byte = peek() {
            if isWordByte(byte) {
                // "didn't", "isn't", "won't": the negation is a word of its own, as in the
                // treebanks ("did" "n't", "wo" "n't"), so the auxiliary is read as one.
                if byte | 0x20 == UInt8(ascii: "n"), index > start.offset, peek(1) == UInt8(ascii: "'"),
                   peek(2).map({ $0 | 0x20 }) == UInt8(ascii: "t"), !(peek(3).map(isWordByte) ?? false) {
                    break
                }
                if byte >= 0x80 || !(isDigit(byte)) { onlyDigits = false }
                advance()
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") {
                // A hyphen joins words ("state-owned"); "--" starts a comment.
                guard let following = peek(1), isWordByte(following) else { break }
                onlyDigits = false
                advance()
            } else if byte == 0xE2, peek(1) == 0x80, peek(2) == 0x93, let following = peek(3), isWordByte(following) {
                // An en dash joins words as news writes names ("the Iran–Iraq War").
                onlyDigits = false
                for _ in 0..<3 { advance() }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                // Inner dots and commas belong to numbers ("1,991", "47.42") and abbreviations ("U.S.").
                if let following = peek(1), isWordByte(following), byte == UInt8(ascii: ".") || (onlyDigits && isDigit(following)) {
                    advance()
                } else if byte == UInt8(ascii: "."), !onlyDigits,
                          isAbbreviationSoFar(start: start.offset) || isTitleAbbreviation(start: start.offset) {
                    advance()
                    break
                } else {
                    break
                }
            } else if byte == UInt8(ascii: "'"), let following = peek(1), isWordByte(following),
                      !(following == UInt8(ascii: "s") && !(peek(2).map(isWordByte) ?? false)) {
                // "O'Brien", "don't": an apostrophe inside a word, but not the possessive 's.
                onlyDigits = false
                advance()
            } else {
                break
            }
        }
        let word = text(from: start.offset, to: index)
        let kind: QueryToken.Kind = onlyDigits ? .number : .word
        let shape = onlyDigits ? QueryToken.TextShape() : QueryToken.TextShape(bytes[start.offset..<index])
        return QueryToken(kind: kind, text: word, range: SourceRange(start: start, end: position), shape: shape)
    }

    /// money = ( "$" | "€" ) word ; "who paid $1.8 million", "fined €250,000": the sign and the
    /// amount are one word, as the articles' values are written (a word, not a number: the sign
    /// is part of it).
    private mutating func lexMoney(start: SourcePosition, symbolWidth: Int) -> QueryToken {
        for _ in 0..<symbolWidth { advance() }
        let amount = lexWord(start: start)
        return QueryToken(kind: .word, text: amount.text, range: amount.range, shape: QueryToken.TextShape(bytes[start.offset..<index]))
    }

    /// "U.S" before its final dot: single letters joined by dots.
    private func isAbbreviationSoFar(start: Int) -> Bool {
        let word = bytes[start..<index]
        return word.contains(UInt8(ascii: ".")) || word.count == 1
    }

    /// "Mr", "St", "Jr", "Inc" before their dot, written with a capital ("Mr. Smith", "Cyrus R.
    /// Vance, Jr.", "St. Louis"); "No" only before a number ("Republic Act No. 3846"), since "no."
    /// also ends a sentence.
    private func isTitleAbbreviation(start: Int) -> Bool {
        let word = bytes[start..<index]
        guard let first = word.first, first >= 0x41, first <= 0x5A, word.count <= 5 else { return false }
        let lowered = String(decoding: word.map { $0 | 0x20 }, as: UTF8.self)
        if lowered == "no" {
            var next = index + 1
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            return next < bytes.count && isDigit(bytes[next])
        }
        return Self.titleAbbreviations.contains(lowered)
    }

    /// Abbreviations written with a final dot inside names and titles.
    private static let titleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "co", "corp", "ltd", "gen", "sen", "rep", "gov", "lt", "col",
        "sgt", "capt", "mt", "ft", "ave", "prof", "rev", "hon", "messrs", "dept", "adm", "maj", "cmdr", "supt",
    ]

    /// A full stop with nothing after it on its line but blanks (or a statement's `;`): the end of
    /// a sentence typed as a question ("who attends the meeting.").
    private func isFinalStop() -> Bool {
        var next = index + 1
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") || bytes[next] == UInt8(ascii: "\r") {
            next += 1
        }
        return next == bytes.count || bytes[next] == UInt8(ascii: "\n") || bytes[next] == UInt8(ascii: ";")
    }

    @inline(__always) private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Letters, digits, `_`, and any non-ASCII byte except typographic quotes (which start strings).
    @inline(__always) private func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "_"): return true
        case 0x80...: return !isTypographicQuote(at: byte)
        default: return false
        }
    }

    /// The lead byte 0xE2 of “ ” ’ and other punctuation (U+2000–U+206F) is not a letter.
    @inline(__always) private func isTypographicQuote(at byte: UInt8) -> Bool {
        byte == 0xE2
    }
}
