/// Identifies a fact within a store.
public typealias FactID = Int32

/// What construction a fact was read from.
public enum FactKind: String, Sendable, Codable, CaseIterable {
    /// A clause with a verb: "Abbott cut off state funding".
    case event
    /// A copula: "Los Angeles is a sanctuary city".
    case copula
    /// An appositive: "Luigi Di Maio, the Italian foreign minister".
    case appositive
    /// A title or role: "Los Angeles Mayor Eric Garcetti" -> (Eric Garcetti, mayor, of: Los Angeles).
    case title
    /// Someone said something: (Garcetti, say, "...").
    case attribution
    /// Possession: "Seattle's police department".
    case possession
    /// Inferred from another fact: "X will be joined by Y at the meeting" -> (Y, attend, the meeting).
    case derived
}

/// A prepositional or adverbial argument of a fact: "at the meeting", "on Wednesday".
public struct Qualifier: Hashable, Sendable {
    /// The preposition ("at", "in", "with") or a role name ("time", "place", "manner").
    public var marker: String
    public var argument: Argument

    public init(marker: String, argument: Argument) {
        self.marker = marker
        self.argument = argument
    }
}

/// Who a fact is attributed to when it is reported speech rather than asserted by the article.
public struct Attribution: Hashable, Sendable {
    public var speaker: Argument
    /// The reporting verb's lemma: "say", "announce", "claim".
    public var verb: String

    public init(speaker: Argument, verb: String) {
        self.speaker = speaker
        self.verb = verb
    }
}

/// One fact read from a sentence: subject, relation, optional object, qualifiers, and evidence.
public struct Fact: Hashable, Sendable {
    public var subject: Argument
    public var predicate: Predicate
    public var object: Argument?
    public var qualifiers: [Qualifier]
    public var kind: FactKind
    /// Set when the fact is inside reported speech: not asserted by the article itself.
    public var attribution: Attribution?
    /// How sure the extractor is, in 0...1; ranking uses it.
    public var confidence: Float
    public var provenance: Provenance

    public init(
        subject: Argument, predicate: Predicate, object: Argument? = nil,
        qualifiers: [Qualifier] = [], kind: FactKind = .event, attribution: Attribution? = nil,
        confidence: Float = 0.5, provenance: Provenance
    ) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.qualifiers = qualifiers
        self.kind = kind
        self.attribution = attribution
        self.confidence = confidence
        self.provenance = provenance
    }
}

extension Fact {
    /// Every argument of the fact in order: the subject, the object if any, then the qualifiers'.
    public var arguments: [Argument] {
        [subject] + [object].compactMap { $0 } + qualifiers.map(\.argument)
    }
}
