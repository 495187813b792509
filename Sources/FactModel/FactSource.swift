/// What the query evaluator reads facts through. The store conforms; query tests use a small fake.
///
/// Ids are the source's own: `Fact.subject.entity` and friends hold ids valid for `entity(_:)`.
public protocol FactSource: Sendable {
    /// Every document, in load order.
    var documentIDs: [DocumentID] { get }
    func document(_ id: DocumentID) -> Document?

    var factCount: Int { get }
    func fact(_ id: FactID) -> Fact
    /// Facts matching every given slot of `pattern`, in ascending id order.
    func facts(matching pattern: FactPattern) -> [FactID]
    /// An upper bound on `facts(matching:).count`, cheap enough for a planner to call often.
    func estimatedCount(of pattern: FactPattern) -> Int
    /// Facts in which the entity plays any role (subject, object or qualifier).
    func facts(about entity: EntityID) -> [FactID]

    var entityCount: Int { get }
    func entity(_ id: EntityID) -> Entity
    /// Entities that go by `name` (full name, alias, surname, title such as "the mayor"),
    /// case-insensitively, best match first.
    func resolve(name: String) -> [EntityID]
    /// Every entity of a type, by name.
    func entities(ofType type: EntityType?) -> [EntityID]

    /// Every relation key with its fact count, most frequent first.
    func relationCounts() -> [(relation: String, count: Int)]

    /// Sentences whose words (lemmas, case-insensitive) include `lemma`.
    func sentences(containing lemma: String) -> [SentenceRef]
    /// The text of a sentence.
    func sentenceText(_ ref: SentenceRef) -> String
    /// The mentions (entities and values) in a sentence, in text order.
    func mentions(in ref: SentenceRef) -> [Mention]

    // Parts of one fact, for building answer rows without materializing the whole `Fact`
    // (a source may answer these from its records directly; the defaults use `fact(_:)`).

    /// `fact(id).subject.text`.
    func subjectText(of id: FactID) -> String
    /// `fact(id).subject.entity`.
    func subjectEntity(of id: FactID) -> EntityID?
    /// `fact(id).object?.text`.
    func objectText(of id: FactID) -> String?
    /// `fact(id).object?.entity`.
    func objectEntity(of id: FactID) -> EntityID?
    /// `fact(id).predicate.canonical`.
    func relation(of id: FactID) -> String
    /// `fact(id).provenance`.
    func provenance(of id: FactID) -> Provenance
}

extension FactSource {
    public func subjectText(of id: FactID) -> String { fact(id).subject.text }
    public func subjectEntity(of id: FactID) -> EntityID? { fact(id).subject.entity }
    public func objectText(of id: FactID) -> String? { fact(id).object?.text }
    public func objectEntity(of id: FactID) -> EntityID? { fact(id).object?.entity }
    public func relation(of id: FactID) -> String { fact(id).predicate.canonical }
    public func provenance(of id: FactID) -> Provenance { fact(id).provenance }
}
