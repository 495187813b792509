import FactModel
import Testing
@testable import QueryLanguage

/// Questions opened by a complex preposition ("according to which board"), subjects counted with
/// a modifier ("over 500 boats"), a negation after the subject, and denied names in sentences.
@Suite struct CitedSourceQuestionTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let board = source.entity("Harbour Board", .organization)
        let cited = source.sentence("According to the Harbour Board, over 500 boats were not yet moored.",
                                    mentions: [("Harbour Board", .entity(.organization), board)])
        let five = TypedValue(kind: .number, text: "over 500", normalized: "500", amount: 500, approximation: "over")
        source.add(Argument(text: "500 boats", head: "boat", value: five), "moor", nil,
                   qualifiers: [Qualifier(marker: "according to", argument: Argument(text: "the Harbour Board", head: "Board", entity: board))],
                   negated: true, voice: .passive, surface: "were not yet moored", at: cited)
        let guild = source.entity("Weavers Guild", .organization)
        let council = source.entity("Town Council", .organization)
        _ = source.sentence("The matter should be settled by the Weavers Guild and not by the Town Council.",
                            mentions: [("Weavers Guild", .entity(.organization), guild), ("Town Council", .entity(.organization), council)])
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func aComplexPrepositionBeforeTheWhWordAsksItsObject() {
        guard case .success(let statement)? = QueryParser.parse("according to which board were over 500 boats not yet moored").first else {
            Issue.record("does not parse")
            return
        }
        #expect(statement.description.contains("\"over 500 boats\" not moored [passive] according to: ?answer"), "\(statement)")
        #expect(answers("according to which board were over 500 boats not yet moored") == ["Harbour Board"])
    }

    @Test func aDeniedNameInASentenceIsNoAnswer() {
        // No fact: the sentence fallback reads the names, and "not by the Town Council" denies one.
        let found = answers("who should settle the matter")
        #expect(found.contains("Weavers Guild") && !found.contains("Town Council"), "\(found)")
    }
}
