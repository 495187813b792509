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

    /// A naive reading of well-formed triples: (subject, relation, object, doc, sentence) per line.
    static func expectedFacts(_ text: String) -> [(String, String, String, String, Int32)] {
        var out = [(String, String, String, String, Int32)]()
        // Split on bytes: "\r\n" is one Character, so a String split on "\n" would miss it.
        for bytes in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            var line = String(decoding: bytes, as: UTF8.self)
            if line.hasSuffix("\r") { line.removeLast() }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 || fields.count == 5, !fields[0].isEmpty, !fields[1].isEmpty, !fields[2].isEmpty else { continue }
            if fields.count == 5 {
                guard let doc = Int(fields[3]), let sentence = Int32(fields[4]) else { continue }
                out.append((fields[0], fields[1], fields[2], String(doc), sentence))
            } else {
                out.append((fields[0], fields[1], fields[2], "0", 0))
            }
        }
        return out
    }

    /// The bulk path reads in batches of 256 lines: a file of several batches, with malformed
    /// lines, CRLF endings, non-ASCII text, repeated texts and documents out of order, loads as
    /// a line-by-line reading says, grouped by document in first-seen order, twice into one store.
    @Test func batchedImportEqualsALineByLineReading() {
        var generator = SeededGenerator(seed: 7)
        let names = ["Ana Ortiz", "Tom Reyes", "Zoë Achterberg", "the council", "Ministry of Port Kelwin", "O'Brien", "北京"]
        let relations = ["say", "meet with", "be mayor of", "plan to build"]
        var lines = [String]()
        for i in 0..<900 {
            let s = names[Int(generator.next() % UInt64(names.count))]
            let o = i % 2 == 0 ? "$\(i).2 million" : names[Int(generator.next() % UInt64(names.count))]  // > 256 arguments
            let r = relations[Int(generator.next() % UInt64(relations.count))]
            let doc = (i / 10) % 37  // documents recur: not grouped
            switch i % 97 {
            case 13: lines.append("\(s)\t\(r)")  // too few fields
            case 29: lines.append("\(s)\t\(r)\t\(o)\tdoc\t1")  // doc not an integer
            case 41: lines.append("")  // blank
            case 53: lines.append("\(s)\t\(r)\t\(o)\t\(doc)\t\(i % 3)\r")  // CRLF
            default: lines.append("\(s)\t\(r)\t\(o)\t\(doc)\t\(i % 3)")
            }
        }
        let text = lines.joined(separator: "\n") + "\n"
        let store = FactStore()
        for round in 1...2 {
            var copy = text
            let problems = copy.withUTF8 { store.importTriples(UnsafeRawBufferPointer($0), path: "big.tsv") }
            store.checkInvariants()
            #expect(problems.count == (0..<900).filter { [13, 29].contains($0 % 97) }.count, "the short and the non-integer lines, round \(round)")
            #expect(problems.allSatisfy { [14, 30].contains(($0.range!.start.line - 1) % 97 + 1) })
        }
        // Expected: each load's facts grouped by document (first-seen order), stable within one.
        var expected = [(String, String, String, String, Int32)]()
        let once = StoreTriplesTests.expectedFacts(text)
        var order = [String]()
        for fact in once where !order.contains(fact.3) { order.append(fact.3) }
        for _ in 1...2 { for doc in order { expected += once.filter { $0.3 == doc } } }
        #expect(store.factCount == expected.count)
        for (id, want) in expected.enumerated() {
            let fact = store.fact(FactID(id))
            let got = (fact.subject.text, fact.predicate.canonical, fact.object!.text,
                       store.document(fact.provenance.document)!.title, fact.provenance.sentence)
            #expect(got == want, "fact \(id)")
        }
        // The first load appended its entities and arguments unindexed (a fresh store) and indexed
        // them at the end: the second load found them instead of adding them again.
        let texts = Set(expected.flatMap { [$0.0, $0.2] })
        #expect(store.data.arguments.count == texts.count && store.data.entities.count == texts.count)
        // Multi-word texts are findable by their words, whole texts by name.
        #expect(!store.facts(matching: FactPattern(subject: .word("Kelwin"))).isEmpty)
        for word in ["million", "Port", "Ortiz", "Achterberg", "council"] {
            let scan = expected.indices.filter { Words.of(expected[$0].2).contains(word) }.map { FactID($0) }
            #expect(store.facts(matching: FactPattern(object: .word(word))) == scan, "word \(word)")
            #expect(!scan.isEmpty)
        }
        #expect(store.resolve(name: "zoë achterberg").count == 1)
        // Compacted after a bulk load, the store still takes more documents.
        store.trimMemory()
        store.add(StoreFixtures.council)
        store.checkInvariants()
        #expect(store.resolve(name: "the mayor").count == 1)
    }
}
