/// Assigns UPOS and XPOS tags.
/// SCAFFOLD: the trained averaged-perceptron tagger replaces it.
public struct PartOfSpeechTagger: Sendable {
    /// The tagger trained on UD English EWT, loaded from the package's resources.
    public static func bundled() throws -> PartOfSpeechTagger { PartOfSpeechTagger() }

    /// Tags every token of `document`.
    public func tag(_ document: inout AnnotatedDocument) {
        for i in document.tokens.indices {
            let form = document.tokens[i].form
            let capital = form.first?.isUppercase ?? false
            document.tokens[i].upos = capital ? "PROPN" : (form.first?.isLetter ?? false ? "NOUN" : "PUNCT")
            document.tokens[i].xpos = capital ? "NNP" : "NN"
        }
    }
}
