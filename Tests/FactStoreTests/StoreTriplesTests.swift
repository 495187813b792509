import FactModel
import Testing
@testable import FactStore

/// Bulk import of OpenIE triples (the benchmark's input form).
@Suite struct StoreTriplesTests {
    func load(_ text: String) -> (FactStore, [Diagnostic]) {
        let store = FactStore()
        var copy = text
        let diagnostics = copy.withUTF8 { store.importTriples(UnsafeRawBufferPointer($0), path: "facts.tsv") }
        store.checkInvariants()
        return (store, diagnostics)
    }

    @Test func triplesBecomeFactsGroupedByDocument() {
        let (store, diagnostics) = load("""
        Ana Ortiz\tmeet with\tTom Reyes\t7\t1
        Tom Reyes\tattend\tthe closed-door meeting\t9\t2
        Ana Ortiz\tsay\t$4.1 million\t7\t3

        """)
        #expect(diagnostics.isEmpty)
        #expect(store.factCount == 3)
        #expect(store.documentIDs.map { store.document($0)!.title } == ["7", "9"])
        #expect(store.fact(1).predicate.canonical == "say", "facts of document 7 come first")
        #expect(store.fact(1).provenance.sentence == 3)
        let reyes = store.resolve(name: "Tom Reyes").first!
        #expect(store.facts(about: reyes).count == 2)
        #expect(store.facts(matching: FactPattern(relation: "meet with", object: .entity(reyes))).map { store.fact($0).subject.text } == ["Ana Ortiz"])
        #expect(store.facts(matching: FactPattern(object: .word("meeting"))).count == 1)
    }

    @Test func malformedLinesAreSkippedWithPositions() {
        let (store, diagnostics) = load("a\tb\tc\n\tb\tc\na\tb\nx\ty\tz\tdoc\t1\nd\te\tf\n")
        #expect(store.factCount == 2)
        #expect(diagnostics.map { $0.range!.start.line } == [2, 3, 4])
        #expect(diagnostics.map { $0.range!.start.column } == [1, 3, 7])
        #expect(diagnostics.allSatisfy { $0.file == "facts.tsv" })
    }
}
