/// A parsed JSON value. Object members keep their order and the UTF-8 offset of their value,
/// so a diagnostic can point at the member that is wrong.
indirect enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// The number's text as written, converted by the reader to the type it needs (exactly).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([Member])

    struct Member: Equatable {
        var key: String
        var value: JSONValue
        /// UTF-8 offset of the value within the parsed text.
        var offset: Int
    }

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    func offset(of key: String) -> Int? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.offset
    }
}

/// A syntax error in JSON text: what was expected, at which UTF-8 offset.
struct JSONSyntaxError: Error {
    var message: String
    var offset: Int
}

/// A recursive-descent JSON parser over UTF-8 bytes (RFC 8259), one value per call.
struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var depth = 0

    /// Parses exactly one JSON value filling `bytes` (surrounding whitespace allowed).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.position < bytes.count { throw JSONSyntaxError(message: "unexpected text after the JSON value", offset: parser.position) }
        return value
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let b = current, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { position += 1 }
    }

    /// value := object | array | string | number | true | false | null
    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard let b = current else { throw JSONSyntaxError(message: "expected a value, found the end of the line", offset: position) }
        switch b {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw JSONSyntaxError(message: "expected a value", offset: position)
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > 64 { throw JSONSyntaxError(message: "nesting deeper than 64 levels", offset: position) }
    }

    /// object := '{' (string ':' value (',' string ':' value)*)? '}'
    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members = [JSONValue.Member]()
        skipWhitespace()
        if current == UInt8(ascii: "}") { position += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw JSONSyntaxError(message: "expected a member name in quotes", offset: position) }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw JSONSyntaxError(message: "expected ':' after the member name", offset: position) }
            position += 1
            skipWhitespace()
            let offset = position
            members.append(.init(key: key, value: try parseValue(), offset: offset))
            skipWhitespace()
            if current == UInt8(ascii: ",") { position += 1; continue }
            if current == UInt8(ascii: "}") { position += 1; return .object(members) }
            throw JSONSyntaxError(message: "expected ',' or '}' in the object", offset: position)
        }
    }

    /// array := '[' (value (',' value)*)? ']'
    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var items = [JSONValue]()
        skipWhitespace()
        if current == UInt8(ascii: "]") { position += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            if current == UInt8(ascii: ",") { position += 1; continue }
            if current == UInt8(ascii: "]") { position += 1; return .array(items) }
            throw JSONSyntaxError(message: "expected ',' or ']' in the array", offset: position)
        }
    }

    /// string := '"' (char | escape)* '"'
    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = position
        position += 1
        var out = [UInt8]()
        while true {
            guard let b = current else { throw JSONSyntaxError(message: "unterminated string (opened here)", offset: open) }
            position += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let e = current else { throw JSONSyntaxError(message: "unterminated escape", offset: position - 1) }
                position += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard current == UInt8(ascii: "\\"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else {
                            throw JSONSyntaxError(message: "unpaired surrogate in \\u escape", offset: position)
                        }
                        position += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw JSONSyntaxError(message: "invalid low surrogate", offset: position - 4) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw JSONSyntaxError(message: "invalid \\u escape", offset: position - 4) }
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    throw JSONSyntaxError(message: "invalid escape '\\\(Character(Unicode.Scalar(e)))'", offset: position - 2)
                }
            default:
                if b < 0x20 { throw JSONSyntaxError(message: "control character in a string (escape it)", offset: position - 1) }
                out.append(b)
            }
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let b = current, let digit = hexValue(b) else { throw JSONSyntaxError(message: "expected four hex digits after \\u", offset: position) }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - 55)
        default: return nil
        }
    }

    /// number := '-'? int frac? exp?
    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        guard let first = current, first >= 48 && first <= 57 else { throw JSONSyntaxError(message: "expected a digit", offset: position) }
        while let b = current, (b >= 48 && b <= 57) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
                || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
            position += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard Double(text) != nil else { throw JSONSyntaxError(message: "malformed number '\(text)'", offset: start) }
        return .number(text)
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let start = position
        for i in 0..<word.utf8CodeUnitCount {
            guard current == word.utf8Start[i] else { throw JSONSyntaxError(message: "expected '\(word)'", offset: start) }
            position += 1
        }
    }
}

/// Writing JSON text: string escaping and exact number forms.
public enum JSONText {
    /// A JSON string literal (RFC 8259) for `string`. With `escapingTerminalControls`, C1 controls
    /// and bidirectional overrides are escaped too, so the text is safe to print on a terminal.
    public static func quote(_ string: String, escapingTerminalControls: Bool = false) -> String {
        var out = "\""
        out.reserveCapacity(string.utf8.count + 2)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (escapingTerminalControls && Self.isTerminalControl(scalar)) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// C1 controls and the bidirectional embedding, override and isolate characters.
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
    }

    static func quote(_ string: String?) -> String { string.map { quote($0) } ?? "null" }

    /// The shortest decimal that reads back as the same Float (Swift's description is exact).
    static func number(_ value: Float) -> String { value.isFinite ? "\(value)" : "null" }
    static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }
}
