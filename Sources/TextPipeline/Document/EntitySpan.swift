import FactModel

/// A span of tokens that names an entity or holds a value, linked to the document's entity table.
public struct EntitySpan: Hashable, Sendable {
    /// Document-level token range.
    public var tokens: Range<Int>
    public var type: MentionType
    /// Index into `AnnotatedDocument.entities` for entity mentions (after coreference).
    public var entity: EntityID?
    public var value: TypedValue?

    public init(tokens: Range<Int>, type: MentionType, entity: EntityID? = nil, value: TypedValue? = nil) {
        self.tokens = tokens
        self.type = type
        self.entity = entity
        self.value = value
    }
}
