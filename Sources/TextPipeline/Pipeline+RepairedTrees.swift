import FactModel

/// The trees the extractor reads: every stage up to entities, then the tree repairs
/// (TreeRepairs), so `factsh parse --repaired` shows why a fact came out as it did.
extension Pipeline {
    /// `text` annotated and with its parse repaired as extraction repairs it. O(n) in the text.
    public func repairedAnnotation(_ text: String) -> AnnotatedDocument {
        var document = annotate(text)
        TreeRepairs.apply(to: &document)
        return document
    }
}
