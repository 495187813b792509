/// One argument of a fact: a subject, an object or a qualifier's value.
///
/// Every argument keeps the full phrase as written and its minimal head form; it may also be
/// linked to an entity, or typed as a value.
public struct Argument: Hashable, Sendable {
    /// The full phrase: "the closed-door meeting with Kelly".
    public var text: String
    /// The minimal form: the head word's lemma, or the whole name for a name ("meeting", "Eric Garcetti").
    public var head: String
    /// The entity it refers to, when linked.
    public var entity: EntityID?
    /// The typed value it holds, when it is one.
    public var value: TypedValue?

    public init(text: String, head: String, entity: EntityID? = nil, value: TypedValue? = nil) {
        self.text = text
        self.head = head
        self.entity = entity
        self.value = value
    }
}
