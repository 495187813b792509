import FactModel

/// Reads facts from parsed, entity-annotated sentences.
/// SCAFFOLD: emits no facts; the clause-based extractor replaces it.
public struct FactExtractor: Sendable {
    public init() {}

    /// The facts, mentions and entities of `annotated`, cited against `document`.
    public func extract(_ annotated: AnnotatedDocument, document: Document) -> ExtractedDocument {
        var document = document
        document.sentences = annotated.sentences.indices.map { annotated.byteRange(ofSentence: $0) }
        var mentions: [Mention] = []
        for span in annotated.spans {
            let sentence = annotated.sentenceIndex(ofToken: span.tokens.lowerBound)
            let provenance = Provenance(
                document: document.id, sentence: Int32(sentence),
                start: annotated.tokens[span.tokens.lowerBound].start,
                end: annotated.tokens[span.tokens.upperBound - 1].end)
            mentions.append(Mention(
                text: annotated.text(ofTokens: span.tokens), type: span.type,
                entity: span.entity, value: span.value, provenance: provenance))
        }
        let lemmas = annotated.sentences.map { range in range.map { annotated.tokens[$0].lemma } }
        return ExtractedDocument(
            document: document, entities: annotated.entities, mentions: mentions,
            facts: [], sentenceLemmas: lemmas)
    }
}
