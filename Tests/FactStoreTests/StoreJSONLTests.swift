import FactModel
import Foundation
import Testing
@testable import FactStore

/// The JSON Lines fact format: lossless round trips and positioned diagnostics.
@Suite struct StoreJSONLTests {
    @Test func roundTripThroughJSONLinesIsLossless() throws {
        let store = StoreFixtures.store()
        let text = FactsJSONL.encode(store.extractedDocuments())
        let (documents, diagnostics) = FactsJSONL.decode(text, file: "facts.jsonl")
        #expect(diagnostics.isEmpty)
        let reloaded = FactStore()
        reloaded.add(contentsOf: documents)
        reloaded.checkInvariants()
        #expect(reloaded.extractedDocuments().map(\.facts) == store.extractedDocuments().map(\.facts))
        #expect(reloaded.extractedDocuments().map(\.entities) == store.extractedDocuments().map(\.entities))
        #expect(reloaded.extractedDocuments().map(\.mentions) == store.extractedDocuments().map(\.mentions))
        #expect(reloaded.extractedDocuments().map(\.sentenceLemmas) == store.extractedDocuments().map(\.sentenceLemmas))
        #expect(reloaded.extractedDocuments().map(\.document) == store.extractedDocuments().map(\.document))
        for e in 0..<EntityID(store.entityCount) { #expect(reloaded.entity(e) == store.entity(e)) }
        #expect(FactsJSONL.encode(reloaded.extractedDocuments()) == text, "writing again gives the same bytes")
    }

    @Test func extractedDocumentRoundTripsExactly() {
        let original = StoreFixtures.council
        let (documents, diagnostics) = FactsJSONL.decode(FactsJSONL.encode([original]))
        #expect(diagnostics.isEmpty)
        #expect(documents.count == 1)
        #expect(documents[0].facts == original.facts)
        #expect(documents[0].entities == original.entities)
        #expect(documents[0].mentions == original.mentions)
        #expect(documents[0].document == original.document)
    }

    @Test func writesAndLoadsFiles() throws {
        let path = NSTemporaryDirectory() + "factstore-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = StoreFixtures.store()
        try store.writeJSONL(to: path)
        let reloaded = FactStore()
        #expect(try reloaded.loadJSONL(contentsOfFile: path).isEmpty)
        #expect(reloaded.factCount == store.factCount)
        #expect(reloaded.resolve(name: "the mayor").count == 1)
    }

    @Test func malformedLinesAreReportedWithPositionsAndSkipped() {
        var lines = FactsJSONL.encode([StoreFixtures.police]).split(separator: "\n").map(String.init)
        // lines: 1 header, 2 document, 3-4 entities, 5-6 facts, 7-8 lemmas
        lines[4] = String(lines[4].dropLast())                           // line 5: unterminated object
        lines.insert("{\"type\":\"fact\",\"subject\":{\"text\":\"X\",\"head\":\"X\",\"entity\":9},\"predicate\":{\"surface\":\"go\",\"lemma\":\"go\","
                     + "\"canonical\":\"go\",\"voice\":\"active\",\"negated\":false},\"kind\":\"event\",\"confidence\":0.5,\"span\":[0,0,1]}", at: 5)  // line 6: unknown entity
        lines.insert("{\"type\":\"gossip\"}", at: 6)                     // line 7: unknown type
        let (documents, diagnostics) = FactsJSONL.decode(lines.joined(separator: "\n"), file: "bad.jsonl")
        #expect(diagnostics.map { $0.range!.start.line } == [5, 6, 7])
        #expect(diagnostics.allSatisfy { $0.file == "bad.jsonl" && $0.id == "store.malformed-fact-line" })
        #expect(diagnostics[0].range!.start.column == lines[4].count + 1, "at the end of the cut line")
        #expect(diagnostics[1].message.contains("entity 9"))
        #expect(diagnostics[1].range!.start.column == 26, "at the subject member")
        #expect(diagnostics[2].message.contains("gossip"))
        #expect(documents.count == 1)
        #expect(documents[0].facts.count == 1, "the good fact line still loads")
        #expect(documents[0].entities.count == 2)
    }

    @Test func recordsBeforeADocumentAndNewerVersionsAreRejected() {
        let (_, diagnostics) = FactsJSONL.decode("{\"type\":\"header\",\"format\":\"factsh-facts\",\"version\":99}\n{\"type\":\"lemmas\",\"sentence\":0,\"lemmas\":[]}\n")
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0].message.contains("newer"))
        #expect(diagnostics[1].message.contains("must follow a 'document' line"))
    }

    @Test func stringsKeepEscapesAndUnicode() {
        var extracted = StoreFixtures.police
        extracted.facts[0].object = Argument(text: "the \"quoted\" café\tmeeting 🎉\\", head: "meeting")
        let (documents, diagnostics) = FactsJSONL.decode(FactsJSONL.encode([extracted]))
        #expect(diagnostics.isEmpty)
        #expect(documents[0].facts[0].object?.text == "the \"quoted\" café\tmeeting 🎉\\")
    }
}
