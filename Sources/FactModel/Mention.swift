/// What a mention names: an entity of some type, or a typed value.
public enum MentionType: Hashable, Sendable {
    case entity(EntityType)
    case value(ValueKind)
}

/// A span of a sentence that names an entity or holds a value; the sentence-level fallback of
/// question answering reads these when no fact matches.
public struct Mention: Hashable, Sendable {
    public var text: String
    public var type: MentionType
    /// The entity it refers to, when it names one.
    public var entity: EntityID?
    public var value: TypedValue?
    public var provenance: Provenance

    public init(text: String, type: MentionType, entity: EntityID? = nil, value: TypedValue? = nil, provenance: Provenance) {
        self.text = text
        self.type = type
        self.entity = entity
        self.value = value
        self.provenance = provenance
    }
}
