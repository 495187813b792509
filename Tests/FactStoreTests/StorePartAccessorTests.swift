import FactModel
import Testing
@testable import FactStore

/// The part accessors the query evaluator reads instead of whole facts and documents
/// (`traits(of:)`, `name(of:)`, `location(of:)`, `sentenceCount`): each must agree with what the
/// whole fact, entity or document says.
@Suite struct StorePartAccessorTests {
    @Test func partsAgreeWithTheWholeFactEntityAndDocument() throws {
        let store = StoreFixtures.store()
        let reference = ForwardingSource(store: store)
        #expect(store.factCount > 3)
        var sawNegated = false, sawQualifiers = false, sawAttribution = false
        for id in 0..<FactID(store.factCount) {
            let traits = store.traits(of: id)
            #expect(traits == reference.traits(of: id), "fact \(id)")
            sawNegated = sawNegated || traits.negated
            sawQualifiers = sawQualifiers || traits.hasQualifiers
            sawAttribution = sawAttribution || traits.attributed
            let provenance = store.provenance(of: id)
            let location = try #require(store.location(of: provenance))
            let expected = try #require(reference.location(of: provenance))
            #expect(location.path == expected.path && location.line == expected.line, "fact \(id)")
        }
        // The fixture has each kind of fact the traits distinguish.
        #expect(sawNegated && sawQualifiers && sawAttribution)
        for entity in 0..<EntityID(store.entityCount) {
            #expect(store.name(of: entity) == store.entity(entity).name)
        }
        #expect(store.sentenceCount == reference.sentenceCount)
        #expect(store.sentenceCount == 5)
        // A removed document's sentences are no longer counted.
        _ = store.remove(document: store.documentIDs[0])
        #expect(store.sentenceCount == ForwardingSource(store: store).sentenceCount)
        #expect(store.sentenceCount == 2)
    }

    @Test func locationCountsLinesAndRefusesUnknownDocuments() throws {
        let store = StoreFixtures.store()
        // The council article's third sentence is on its third line.
        let third = try #require(store.facts(matching: FactPattern(relation: "approve")).first)
        let location = try #require(store.location(of: store.provenance(of: third)))
        #expect(location.path == "news/council.txt")
        #expect(location.line == 3)
        #expect(store.location(of: Provenance(document: 99, sentence: 0, start: 0, end: 0)) == nil)
    }
}
