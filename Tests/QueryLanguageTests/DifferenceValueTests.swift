import Testing
import FactModel
@testable import QueryLanguage

/// A value after "down by", "rose by" is how much something changed, not what it is
/// (`SentenceFallback.isDifference`): "what was the turnout" answers with the level.
@Suite struct DifferenceValueTests: AsksQuestions {
    let engine = QueryEngine(source: makeElectionStory(), lexicon: FakeLexicon())

    @Test func theLevelAnswersWhatTheValueWas() {
        #expect(answers("what was the voter turnout") == ["about 58.2%"])
    }

    @Test func theDifferenceAnswersByHowMuchItChanged() {
        #expect(answers("by how much was the voter turnout down").first == "2.4%")
    }
}

private func makeElectionStory() -> FakeFactSource {
    let source = FakeFactSource()
    _ = source.sentence("Voter turnout was down by 2.4% from the last election, at about 58.2% this time.", mentions: [
        ("2.4%", .value(.percent), nil), ("about 58.2%", .value(.percent), nil)])
    return source
}
