/// What the text pipeline hands the store for one article: the document with its sentences,
/// its entities (ids are indexes into `entities`), the mentions and the facts.
public struct ExtractedDocument: Sendable {
    public var document: Document
    /// Entities of this document; `EntityID`s in `mentions` and `facts` index this array.
    public var entities: [Entity]
    public var mentions: [Mention]
    public var facts: [Fact]
    /// The lemmas of each sentence's content words, for word search (parallel to `document.sentences`).
    public var sentenceLemmas: [[String]]

    public init(
        document: Document, entities: [Entity] = [], mentions: [Mention] = [],
        facts: [Fact] = [], sentenceLemmas: [[String]] = []
    ) {
        self.document = document
        self.entities = entities
        self.mentions = mentions
        self.facts = facts
        self.sentenceLemmas = sentenceLemmas
    }
}
