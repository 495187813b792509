/// Groups tokens into sentences.
/// SCAFFOLD: breaks after every . ! ? token; the real splitter replaces it.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sets `document.sentences` from its tokens.
    public func split(_ document: inout AnnotatedDocument) {
        var sentences: [Range<Int>] = []
        var start = 0
        for (index, token) in document.tokens.enumerated() where [".", "!", "?"].contains(token.form) {
            sentences.append(start..<index + 1)
            start = index + 1
        }
        if start < document.tokens.count { sentences.append(start..<document.tokens.count) }
        document.sentences = sentences
    }
}
