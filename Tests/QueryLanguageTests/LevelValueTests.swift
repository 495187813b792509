import FactModel
import Testing
@testable import QueryLanguage

/// "what was inflation in May": the value a measure reached, with the question's other words
/// stated beside it (`QuestionAnswerer+Levels.swift`).
@Suite struct LevelValueTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("Annual inflation reached 6.8 percent in May.")
        source.add(Argument(text: "Annual inflation", head: "inflation"), "reach",
                   Argument(text: "6.8 percent in May", head: "percent",
                            value: TypedValue(kind: .percent, text: "6.8 percent", normalized: "6.8%", amount: 6.8)),
                   surface: "reached", at: s0)
        let s1 = source.sentence("Inflation stood at 5.1 percent in February.")
        source.add(Argument(text: "Inflation", head: "inflation"), "stand", nil, qualifiers: [
            Qualifier(marker: "at", argument: Argument(text: "5.1 percent", head: "percent",
                                                       value: TypedValue(kind: .percent, text: "5.1 percent", normalized: "5.1%", amount: 5.1))),
            Qualifier(marker: "in", argument: Argument(text: "February", head: "February")),
        ], surface: "stood at", at: s1)
        let s2 = source.sentence("The bank fought inflation.")
        source.add(Argument(text: "The bank", head: "bank"), "fight", Argument(text: "inflation", head: "inflation"), at: s2)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func theValueAMeasureReachedAnswersWhatItWas() {
        #expect(answers("what was inflation in May") == ["6.8 percent"])
    }

    @Test func theQuestionsOtherWordsMustBeStated() {
        #expect(answers("what was inflation in February") == ["5.1 percent"])
    }
}
