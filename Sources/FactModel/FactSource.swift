/// What the query evaluator reads facts through. The store conforms; query tests use a small fake.
///
/// Ids are the source's own: `Fact.subject.entity` and friends hold ids valid for `entity(_:)`.
/// A source is a shared object (class-bound): the evaluator's many small values that hold one
/// then carry a reference, copied with one retain, rather than a five-word existential box.
public protocol FactSource: AnyObject, Sendable {
    /// Every document, in load order.
    var documentIDs: [DocumentID] { get }
    func document(_ id: DocumentID) -> Document?
    /// True when the document is loaded (`document(id) != nil`), without building it.
    func isLoaded(_ id: DocumentID) -> Bool

    var factCount: Int { get }
    func fact(_ id: FactID) -> Fact
    /// Facts matching every given slot of `pattern`, in ascending id order.
    func facts(matching pattern: FactPattern) -> [FactID]
    /// An estimate of `facts(matching:).count` for a planner to order lookups by, cheap enough to
    /// call often: never more than the most selective slot's facts, and 0 only when nothing matches.
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
    /// How many sentences the loaded documents have.
    var sentenceCount: Int { get }
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
    /// `FactTraits(of: fact(id))`.
    func traits(of id: FactID) -> FactTraits
    /// `entity(id).name`, without gathering its aliases, titles and mentions.
    func name(of entity: EntityID) -> String
    /// The path of the document and the line holding the provenance's start, as evidence cites
    /// them, without building the whole `Document`; nil for a document not loaded.
    func location(of provenance: Provenance) -> (path: String, line: Int)?

    // Batches of facts, for answers over many rows: a source can share one string between rows
    // with the same text, and count or deduplicate on its own ids before making any string
    // (the defaults use the accessors above).

    /// Each fact's subject text, relation key, object text and provenance, in the order given;
    /// with `namingEntities`, a subject or object linked to an entity shows the entity's name.
    func rows(of ids: [FactID], namingEntities: Bool) -> [(subject: String, relation: String, object: String?, provenance: Provenance)]
    /// The distinct subject texts of the facts, in order of first occurrence.
    func distinctSubjectTexts(of ids: [FactID]) -> [String]
    /// The relation keys of the facts with how many facts have each, most frequent first, ties
    /// by key (ascending code points); the first `limit` of them.
    func relationCounts(of ids: [FactID], limit: Int) -> [(relation: String, count: Int)]
}

extension FactSource {
    public func isLoaded(_ id: DocumentID) -> Bool { document(id) != nil }
    public func subjectText(of id: FactID) -> String { fact(id).subject.text }
    public func subjectEntity(of id: FactID) -> EntityID? { fact(id).subject.entity }
    public func objectText(of id: FactID) -> String? { fact(id).object?.text }
    public func objectEntity(of id: FactID) -> EntityID? { fact(id).object?.entity }
    public func relation(of id: FactID) -> String { fact(id).predicate.canonical }
    public func provenance(of id: FactID) -> Provenance { fact(id).provenance }
    public func traits(of id: FactID) -> FactTraits { FactTraits(of: fact(id)) }
    public var sentenceCount: Int { documentIDs.reduce(0) { $0 + (document($1)?.sentences.count ?? 0) } }
    public func name(of entity: EntityID) -> String { self.entity(entity).name }
    public func location(of provenance: Provenance) -> (path: String, line: Int)? {
        document(provenance.document).map { ($0.path, $0.line(atOffset: Int(provenance.start))) }
    }

    /// `rows(of:namingEntities:)` with the arguments' own texts.
    public func rows(of ids: [FactID]) -> [(subject: String, relation: String, object: String?, provenance: Provenance)] {
        rows(of: ids, namingEntities: false)
    }

    public func rows(of ids: [FactID], namingEntities: Bool) -> [(subject: String, relation: String, object: String?, provenance: Provenance)] {
        ids.map { id in
            let subject = namingEntities ? subjectEntity(of: id).map(name(of:)) : nil
            let object = namingEntities ? objectEntity(of: id).map(name(of:)) : nil
            return (subject ?? subjectText(of: id), relation(of: id), object ?? objectText(of: id), provenance(of: id))
        }
    }

    public func distinctSubjectTexts(of ids: [FactID]) -> [String] {
        var seen = Set<String>()
        return ids.map { subjectText(of: $0) }.filter { seen.insert($0).inserted }
    }

    public func relationCounts(of ids: [FactID], limit: Int) -> [(relation: String, count: Int)] {
        var counts = [String: Int]()
        for id in ids { counts[relation(of: id), default: 0] += 1 }
        let sorted = counts.map { (relation: $0.key, count: $0.value) }.sorted {
            $0.count != $1.count ? $0.count > $1.count : $0.relation.unicodeScalars.lexicographicallyPrecedes($1.relation.unicodeScalars)
        }
        return Array(sorted.prefix(max(limit, 0)))
    }
}
