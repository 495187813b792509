import FactModel
import Testing
@testable import QueryLanguage

/// "how fast", "how far", "how high": a measured quantity is asked, not a duration or a count.
@Suite struct MeasureQuestionTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("The train was travelling at 94 kilometres per hour for 20 minutes.", mentions: [
            ("94 kilometres per hour", .value(.quantity), nil), ("20 minutes", .value(.duration), nil)])
        source.add(Argument(text: "The train", head: "train"), "travel", nil, qualifiers: [
            Qualifier(marker: "at", argument: Argument(text: "94 kilometres per hour", head: "kilometre",
                                                       value: TypedValue(kind: .quantity, text: "94 kilometres per hour", normalized: "94 kilometres per hour", amount: 94))),
            Qualifier(marker: "for", argument: Argument(text: "20 minutes", head: "minute",
                                                        value: TypedValue(kind: .duration, text: "20 minutes", normalized: "PT20M", amount: 20))),
        ], surface: "was travelling at", at: s0)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func howFastAsksAQuantity() {
        #expect(parsed("how fast was the train travelling") == [#"question ("the train" travelling [?answer]) asking measure"#])
        #expect(answers("how fast was the train travelling") == ["94 kilometres per hour"])
        #expect(answers("how long was the train travelling") == ["20 minutes"])
    }

    @Test func anUnknownHowWordIsStillADiagnostic() {
        #expect(answers("how purple was the train") == ["<error>"])
    }
}
