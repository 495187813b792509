/// Splits news text into UD syntactic words with UTF-8 offsets.
/// SCAFFOLD: splits on whitespace and trailing punctuation only; the real tokenizer replaces it.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order.
    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            while i < bytes.count, bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 9 || bytes[i] == 13 { i += 1 }
            guard i < bytes.count else { break }
            var j = i
            while j < bytes.count, !(bytes[j] == 32 || bytes[j] == 10 || bytes[j] == 9 || bytes[j] == 13) { j += 1 }
            var end = j
            var trailing: [Int] = []
            while end > i + 1, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[end - 1]) {
                end -= 1
                trailing.insert(end, at: 0)
            }
            tokens.append(Token(start: Int32(i), end: Int32(end), form: String(decoding: bytes[i..<end], as: UTF8.self), spaceAfter: trailing.isEmpty))
            for p in trailing {
                tokens.append(Token(start: Int32(p), end: Int32(p + 1), form: String(decoding: bytes[p..<p + 1], as: UTF8.self), spaceAfter: p + 1 == j))
            }
            i = j
        }
        return tokens
    }
}
