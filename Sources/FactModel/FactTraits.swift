/// What a query needs to know about a fact before deciding it must read the whole of it:
/// its kind, flags and confidence, read from the fact's record alone (not its arguments).
public struct FactTraits: Hashable, Sendable {
    public var kind: FactKind
    public var negated: Bool
    public var passive: Bool
    /// The predicate carries a modality ("threatened to", "former").
    public var hasModality: Bool
    /// The fact is inside reported speech.
    public var attributed: Bool
    public var hasQualifiers: Bool
    public var confidence: Float

    public init(
        kind: FactKind, negated: Bool, passive: Bool, hasModality: Bool, attributed: Bool,
        hasQualifiers: Bool, confidence: Float
    ) {
        self.kind = kind
        self.negated = negated
        self.passive = passive
        self.hasModality = hasModality
        self.attributed = attributed
        self.hasQualifiers = hasQualifiers
        self.confidence = confidence
    }

    /// The traits of a materialized fact.
    public init(of fact: Fact) {
        self.init(
            kind: fact.kind, negated: fact.predicate.negated, passive: fact.predicate.voice == .passive,
            hasModality: fact.predicate.modality != nil, attributed: fact.attribution != nil,
            hasQualifiers: !fact.qualifiers.isEmpty, confidence: fact.confidence)
    }
}
