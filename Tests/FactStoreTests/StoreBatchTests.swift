import FactModel
import Foundation
import Testing
@testable import FactStore

/// A source that forwards only the required lookups to a store, so that the batch accessors
/// run `FactSource`'s default implementations: the reference the store's own must agree with.
final class ForwardingSource: FactSource {
    let store: FactStore
    init(store: FactStore) { self.store = store }
    var documentIDs: [DocumentID] { store.documentIDs }
    func document(_ id: DocumentID) -> Document? { store.document(id) }
    var factCount: Int { store.factCount }
    func fact(_ id: FactID) -> Fact { store.fact(id) }
    func facts(matching pattern: FactPattern) -> [FactID] { store.facts(matching: pattern) }
    func estimatedCount(of pattern: FactPattern) -> Int { store.estimatedCount(of: pattern) }
    func facts(about entity: EntityID) -> [FactID] { store.facts(about: entity) }
    var entityCount: Int { store.entityCount }
    func entity(_ id: EntityID) -> Entity { store.entity(id) }
    func resolve(name: String) -> [EntityID] { store.resolve(name: name) }
    func entities(ofType type: EntityType?) -> [EntityID] { store.entities(ofType: type) }
    func relationCounts() -> [(relation: String, count: Int)] { store.relationCounts() }
    func sentences(containing lemma: String) -> [SentenceRef] { store.sentences(containing: lemma) }
    func sentenceText(_ ref: SentenceRef) -> String { store.sentenceText(ref) }
    func mentions(in ref: SentenceRef) -> [Mention] { store.mentions(in: ref) }
}

/// The batch accessors (`rows(of:)`, `distinctSubjectTexts(of:)`, `relationCounts(of:limit:)`)
/// and the fact → document table, against the per-fact accessors and the protocol's defaults.
@Suite struct StoreBatchTests {
    /// Triples over a few documents, with repeated texts and relations, and more rows than one
    /// chunk of `rows(of:)` (64) holds.
    static let triples: String = {
        let people = ["Ana Ortiz", "Tom Reyes", "the council", "Élodie Brun", "Police Chief Reyes"]
        let relations = ["say", "meet with", "approve", "be mayor of"]
        var lines = [String]()
        for i in 0..<300 {
            let subject = people[(i * 7) % people.count]
            let object = i % 5 == 0 ? "$\(i).5 million" : people[(i * 3 + 1) % people.count]
            if subject == object { continue }
            lines.append("\(subject)\t\(relations[(i * i) % relations.count])\t\(object)\t\(i / 20)\t\(i % 4)")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static func triplesStore() -> FactStore {
        let store = FactStore()
        var text = triples
        let problems = text.withUTF8 { store.importTriples(UnsafeRawBufferPointer($0), path: "t.tsv") }
        precondition(problems.isEmpty)
        store.checkInvariants()
        return store
    }

    /// Every fact id, reversed, each twice: order is kept and repeats are rows of their own.
    static func ids(_ store: FactStore) -> [FactID] {
        let all = (0..<FactID(store.factCount)).reversed()
        return Array(all) + Array(all)
    }

    @Test(arguments: [false, true])
    func rowsEqualTheFactsTheyCameFrom(triples: Bool) {
        let store = triples ? StoreBatchTests.triplesStore() : StoreFixtures.store()
        let ids = StoreBatchTests.ids(store)
        let rows = store.rows(of: ids)
        #expect(rows.count == ids.count)
        for (row, id) in zip(rows, ids) {
            let fact = store.fact(id)
            #expect(row.subject == fact.subject.text)
            #expect(row.relation == fact.predicate.canonical)
            #expect(row.object == fact.object?.text)
            #expect(row.provenance == fact.provenance)
            #expect(row.provenance == store.provenance(of: id))
        }
        let reference = ForwardingSource(store: store).rows(of: ids)
        #expect(rows.map(\.subject) == reference.map(\.subject) && rows.map(\.object) == reference.map(\.object))
        #expect(store.rows(of: []).isEmpty)
    }

    @Test(arguments: [false, true])
    func distinctSubjectsAndRelationCountsEqualTheDefaults(triples: Bool) {
        let store = triples ? StoreBatchTests.triplesStore() : StoreFixtures.store()
        let reference = ForwardingSource(store: store)
        let all = StoreBatchTests.ids(store)
        for ids in [all, Array(all.prefix(3)), [], Array(all.suffix(40))] {
            #expect(store.distinctSubjectTexts(of: ids) == reference.distinctSubjectTexts(of: ids))
            for limit in [0, 1, 2, 20] {
                let mine = store.relationCounts(of: ids, limit: limit)
                let theirs = reference.relationCounts(of: ids, limit: limit)
                #expect(mine.map(\.relation) == theirs.map(\.relation) && mine.map(\.count) == theirs.map(\.count))
            }
        }
        // Over every fact, the counts are those of the whole store.
        let counts = store.relationCounts(of: all, limit: 1000)
        #expect(counts.map(\.relation) == store.relationCounts().map(\.relation))
        #expect(counts.map(\.count) == store.relationCounts().map { 2 * $0.count })
    }

    @Test func distinctSubjectsComeInFirstOccurrenceOrder() {
        let store = StoreBatchTests.triplesStore()
        let ids = StoreBatchTests.ids(store)
        var expected = [String]()
        for id in ids where !expected.contains(store.subjectText(of: id)) { expected.append(store.subjectText(of: id)) }
        #expect(store.distinctSubjectTexts(of: ids) == expected)
        #expect(Set(expected).count == expected.count && expected.count > 3)
    }

    @Test func documentsOfFactsSurviveRemovalsAndManySmallDocuments() {
        // Documents of one fact each (many per 64-fact block), some removed (empty ranges).
        let store = FactStore()
        var text = (0..<200).map { "s\($0)\tr\t o\($0)\t\($0)\t0" }.joined(separator: "\n")
        _ = text.withUTF8 { store.importTriples(UnsafeRawBufferPointer($0), path: "one.tsv") }
        for d in stride(from: 0, to: 200, by: 3) { store.remove(document: DocumentID(d)) }
        store.checkInvariants()  // checks the table against a binary search, fact by fact
        for id in 0..<FactID(store.factCount) {
            #expect(store.document(store.provenance(of: id).document)?.title == store.fact(id).subject.text.dropFirst().description)
        }
    }

    /// A bulk-loaded store is compacted (hash tables up to three quarters full); its snapshot
    /// reopens with the same answers, and the rebuilt fact → document and relation tables.
    @Test func compactedStoreRoundTripsThroughASnapshot() throws {
        let store = StoreBatchTests.triplesStore()
        store.trimMemory()
        store.checkInvariants()
        let key = SnapshotKey(sources: [.init(path: "t.tsv", contentHash: 3)], pipelineVersion: "test")
        let path = NSTemporaryDirectory() + "factstore-\(UUID().uuidString)/store.snapshot"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try Snapshot.write(store, key: key, to: path)
        let loaded = try Snapshot.load(from: path, expectedKey: key)
        loaded.checkInvariants()
        let ids = StoreBatchTests.ids(store)
        #expect(loaded.rows(of: ids).map(\.provenance) == store.rows(of: ids).map(\.provenance))
        #expect(loaded.rows(of: ids).map(\.subject) == store.rows(of: ids).map(\.subject))
        let ana = loaded.resolve(name: "Ana Ortiz").first!
        let said = loaded.facts(matching: FactPattern(subject: .entity(ana), relation: "say"))
        #expect(!said.isEmpty)
        #expect(said == store.facts(matching: FactPattern(subject: .entity(store.resolve(name: "Ana Ortiz").first!), relation: "say")))
        #expect(loaded.facts(matching: FactPattern(relation: "no such relation")).isEmpty)
    }
}
