import FactModel
import Testing
@testable import QueryLanguage

/// How pattern answers are grouped into rows: one row per distinct tuple of shown values, rows
/// that show the same text merged, support counted once, and names resolved against the source
/// the engine reads even when the phrase's analysis is cached.
@Suite struct PatternGroupingTests {
    /// A council story: three members vote on two measures; two different people are both called
    /// "Ann Lee" (a councillor and a reporter), and one vote is stated in two sentences.
    static func makeCouncil() -> FakeFactSource {
        let source = FakeFactSource()
        let lee = source.entity("Ann Lee", .person)
        let otherLee = source.entity("Ann Lee", .person)
        let ortiz = source.entity("Rosa Ortiz", .person)
        let budget = source.entity("the budget", .other)
        let levy = source.entity("the levy", .other)
        func argument(_ name: String, _ id: EntityID) -> Argument { Argument(text: name, head: name, entity: id) }
        let first = source.sentence("Councillor Ann Lee backed the budget.")
        source.add(argument("Ann Lee", lee), "back", argument("the budget", budget), at: first)
        let second = source.sentence("Ann Lee, a reporter, backed the budget in her column.")
        source.add(argument("Ann Lee", otherLee), "back", argument("the budget", budget), at: second)
        let third = source.sentence("Rosa Ortiz backed the budget and the levy.")
        source.add(argument("Rosa Ortiz", ortiz), "back", argument("the budget", budget), at: third)
        source.add(argument("Rosa Ortiz", ortiz), "back", argument("the levy", levy), at: third)
        let fourth = source.sentence("Ortiz again said she backed the levy.")
        source.add(argument("Rosa Ortiz", ortiz), "back", argument("the levy", levy), at: fourth)
        return source
    }

    let engine = QueryEngine(source: makeCouncil(), lexicon: FakeLexicon())

    func table(_ text: String) throws -> AnswerTable {
        try #require(engine.run(text).first).get()
    }

    @Test func twoEntitiesOfOneNameShowAsOneRowWithBothSupports() throws {
        let result = try table("?who \"back\" \"the budget\"")
        #expect(result.rows.map(\.values) == [["Ann Lee"], ["Rosa Ortiz"]])
        // The two Ann Lees' sentences are both cited in the one row.
        #expect(result.rows[0].evidence.map(\.line) == [1, 2])
        #expect(try table("count ?who where ?who \"back\" \"the budget\"").rows.map(\.values) == [["2"]])
    }

    @Test func rowsGroupByEveryShownVariable() throws {
        let result = try table("?who \"back\" ?what order by ?what")
        #expect(result.rows.map(\.values) == [["Ann Lee", "the budget"], ["Rosa Ortiz", "the budget"], ["Rosa Ortiz", "the levy"]])
        // The levy row has two facts, each cited once; nothing further.
        #expect(result.rows[2].evidence.map(\.line) == [3, 4])
        #expect(result.rows[2].furtherEvidence == 0)
        #expect(try table("?what where ?who \"back\" ?what order by count desc").rows.map(\.values) == [["the budget", "3"], ["the levy", "2"]])
    }

    @Test func manyBindingsGroupAsFewRows() throws {
        // More bindings than the grouping table's first size, so it grows while rows accumulate.
        let source = FakeFactSource()
        let speakers = (0..<40).map { source.entity("Speaker \($0)", .person) }
        let topics = (0..<3).map { source.entity("topic \($0)", .other) }
        for k in 0..<120 {
            let (speaker, topic) = (k % 40, k % 40 % 3)
            let at = source.sentence("Speaker \(speaker) discussed topic \(topic).")
            source.add(Argument(text: "Speaker \(speaker)", head: "Speaker", entity: speakers[speaker]), "discuss",
                       Argument(text: "topic \(topic)", head: "topic", entity: topics[topic]), at: at)
        }
        let area = source.entity("the harbour", .place)
        let about = source.sentence("Topic 1 concerns the harbour.")
        source.add(Argument(text: "topic 1", head: "topic", entity: topics[1]), "concern", Argument(text: "the harbour", head: "harbour", entity: area), at: about)
        let engine = QueryEngine(source: source, lexicon: FakeLexicon())
        // A join whose 120 first-step bindings name only three topics: each topic's lookup answers
        // every binding that names it.
        let joined = try #require(engine.run("?s where ?s \"discuss\" ?t and ?t \"concern\" \"the harbour\"").first).get()
        #expect(Set(joined.rows.map(\.values)) == Set([1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37].map { ["Speaker \($0)"] }))
        let result = try #require(engine.run("?t where ?s \"discuss\" ?t order by ?t").first).get()
        #expect(result.rows.map(\.values) == [["topic 0"], ["topic 1"], ["topic 2"]])
        // Speakers 0, 3, ..., 39 discuss topic 0 three times each: 42 facts; the others 39.
        #expect(result.rows.map(\.furtherEvidence) == [39, 36, 36])
        #expect(result.rows.allSatisfy { $0.evidence.count == 3 })
        let pairs = try #require(engine.run("count ?s where ?s \"discuss\" ?t").first).get()
        #expect(pairs.rows.map(\.values) == [["40"]])
    }

    @Test func aCachedPhraseStillResolvesAgainstTheSourceAsked() throws {
        // One engine's word analysis is cached; a second source with other ids must still answer
        // with its own entities.
        let forms = WordForms(lexicon: FakeLexicon())
        let first = Self.makeCouncil()
        let second = FakeFactSource()
        second.entity("Padding", .other)
        let budget = second.entity("the budget", .other)
        let phrase = Phrase(words: ["the budget"], range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0)), quoted: true)
        #expect(PhraseMatcher(phrase: phrase, source: first, forms: forms).entities == [3])
        #expect(PhraseMatcher(phrase: phrase, source: second, forms: forms).entities == [budget])
    }
}
