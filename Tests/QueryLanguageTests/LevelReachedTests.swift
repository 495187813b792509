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
    }
}
