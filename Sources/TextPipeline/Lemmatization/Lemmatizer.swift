/// Lemmatizes tagged tokens.
/// SCAFFOLD: lowercases; the WordNet-backed lemmatizer replaces it.
public struct Lemmatizer: Sendable {
    /// The lemmatizer with its WordNet tables, loaded from the package's resources.
    public static func bundled() throws -> Lemmatizer { Lemmatizer() }

    /// The lemma of `form` tagged `xpos`.
    public func lemma(of form: String, xpos: String) -> String {
        xpos.hasPrefix("NNP") ? form : form.lowercased()
    }

    /// Sets the lemma of every token of `document`.
    public func lemmatize(_ document: inout AnnotatedDocument) {
        for i in document.tokens.indices {
            document.tokens[i].lemma = lemma(of: document.tokens[i].form, xpos: document.tokens[i].xpos)
        }
    }
}
