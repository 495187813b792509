import FactModel
import Testing
@testable import QueryLanguage

/// "how much will the allowance be" with "will go up from 1,200 kwacha to 1,750 kwacha": the level
/// reached answers; the level left answers only a question about the level before.
@Suite struct LevelReachedTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        _ = source.sentence("The monthly harbour allowance will go up from 1,200 kwacha to 1,750 kwacha.", mentions: [
            ("1,200 kwacha", .value(.money), nil), ("1,750 kwacha", .value(.money), nil)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theLevelReachedAnswers() {
        #expect(answers("how much will the monthly harbour allowance be") == ["1,750 kwacha"])
    }

    @Test func theLevelBeforeIsAskedWithBefore() {
        #expect(answers("how much was the monthly harbour allowance before").contains("1,200 kwacha"))
        // A clause adverb the parser reads the question without still says so.
        #expect(answers("how much was the monthly harbour allowance originally").contains("1,200 kwacha"))
    }

    @Test func aQuestionKeepsItsClauseAdverbs() {
        guard case .success(let statement)? = QueryParser.parse("how much did the harbour allowance originally pay").first,
              case .question(let question) = statement.body else { Issue.record("not a question"); return }
        #expect(question.adverbs == ["originally"])
    }
}
