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
