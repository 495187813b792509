import Testing
import FactModel
@testable import QueryLanguage

/// "when is X" reads the value a copula gives X (`QuestionAnswerer.copulaValues`), not the other
/// dates of the sentence.
@Suite struct CopulaValueTests: AsksQuestions {
    let engine = QueryEngine(source: makeDeadlineStory(), lexicon: FakeLexicon())

    @Test func aCopulaWithADateAnswersWhenTheThingIs() {
        #expect(answers("when is the filing deadline") == ["March 3"])
    }
}

private func makeDeadlineStory() -> FakeFactSource {
    let source = FakeFactSource()
    let sentence = source.sentence("The court sits until February 20; the filing deadline is March 3.", mentions: [
        ("February 20", .value(.date), nil), ("March 3", .value(.date), nil)])
    source.add(Argument(text: "the filing deadline", head: "deadline"), "be",
               Argument(text: "March 3", head: "March 3", value: TypedValue(kind: .date, text: "March 3", normalized: "03-03")),
               kind: .copula, at: sentence)
    source.add(Argument(text: "The court", head: "court"), "sit", nil,
               qualifiers: [Qualifier(marker: "until", argument: Argument(text: "February 20", head: "February 20",
                                                                          value: TypedValue(kind: .date, text: "February 20", normalized: "02-20")))],
               at: sentence)
    return source
}

/// "what was the vote to X", "what was the score between A and B": the phrase's head noun names a
/// kind of value, so the answer is the score in the best sentence, not its loose numbers.
@Suite struct ScoreQuestionTests: AsksQuestions {
    let engine = QueryEngine(source: makeCouncilStory(), lexicon: FakeLexicon())

    @Test func theVoteToDoSomethingIsItsTally() {
        #expect(answers("what was the vote to close the pool") == ["9 to 4"])
    }

    @Test func theScoreBetweenTwoTeamsIsTheirResult() {
        #expect(answers("what was the final score between Riverside and Easton") == ["31 points to 17"])
    }
}

private func makeCouncilStory() -> FakeFactSource {
    let source = FakeFactSource()
    let vote = source.sentence("On Monday the council voted 9 to 4 to close the pool, with 3 members absent.", mentions: [
        ("9 to 4", .value(.score), nil), ("3", .value(.number), nil)])
    source.add(Argument(text: "the council", head: "council"), "vote", nil,
               qualifiers: [Qualifier(marker: "", argument: Argument(text: "9 to 4", head: "9 to 4",
                                                                     value: TypedValue(kind: .score, text: "9 to 4", normalized: "9-4")))],
               at: vote)
    let match = source.sentence("Riverside defeated Easton 31 points to 17 in front of 2,000 fans.", mentions: [
        ("Riverside", .entity(.organization), nil), ("Easton", .entity(.organization), nil),
        ("31 points to 17", .value(.score), nil), ("2,000", .value(.number), nil)])
    source.add(Argument(text: "Riverside", head: "Riverside"), "defeat", Argument(text: "Easton", head: "Easton"), at: match)
    return source
}
