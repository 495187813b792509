/// Assigns each token a head and a Universal Dependencies label.
/// SCAFFOLD: attaches every word to the sentence's first word; the transition parser replaces it.
public struct DependencyParser: Sendable {
    /// The parser trained on UD English EWT, loaded from the package's resources.
    public static func bundled() throws -> DependencyParser { DependencyParser() }

    /// Parses every sentence of `document`.
    public func parse(_ document: inout AnnotatedDocument) {
        for sentence in document.sentences {
            guard let root = sentence.first else { continue }
            for i in sentence {
                document.tokens[i].head = i == root ? -1 : Int32(root)
                document.tokens[i].deprel = i == root ? "root" : "dep"
            }
        }
    }
}
