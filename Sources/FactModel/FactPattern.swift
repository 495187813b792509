/// How one slot of a `FactPattern` matches an argument.
public enum ArgumentMatch: Hashable, Sendable {
    /// Any argument, or none.
    case any
    /// An argument linked to this entity.
    case entity(EntityID)
    /// An argument whose head (minimal form) equals this word, case-insensitively: "meeting"
    /// matches "the closed-door meeting".
    case head(String)
    /// An argument with this word anywhere in its phrase, case-insensitively.
    case word(String)
}

/// A lookup the query evaluator asks the store for: each slot optional.
public struct FactPattern: Hashable, Sendable {
    public var subject: ArgumentMatch
    /// The relation's canonical key ("attend"); nil for any relation.
    public var relation: String?
    public var object: ArgumentMatch
    /// Matches any one qualifier's argument.
    public var qualifier: ArgumentMatch
    /// Restricts the qualifier to one marker ("at", "time").
    public var qualifierMarker: String?

    public init(
        subject: ArgumentMatch = .any, relation: String? = nil, object: ArgumentMatch = .any,
        qualifier: ArgumentMatch = .any, qualifierMarker: String? = nil
    ) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.qualifier = qualifier
        self.qualifierMarker = qualifierMarker
    }
}
