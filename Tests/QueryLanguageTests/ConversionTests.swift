import FactModel
import Testing
@testable import QueryLanguage

/// "a fine of 1.8 million soles (about US$480,000)": the amount in brackets is the same amount in
/// another currency, no second answer (`withoutConversions`).
@Suite struct ConversionTests: AsksQuestions {
    static func money(_ text: String, _ amount: Double, _ code: String) -> Argument {
        Argument(text: text, head: text, value: TypedValue(kind: .money, text: text, normalized: "\(amount) \(code)", amount: amount))
    }

    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("The court ordered Vela to pay a fine of 1.8 million soles (about US$480,000).", mentions: [
            ("1.8 million soles", .value(.money), nil), ("about US$480,000", .value(.money), nil)])
        source.add(Argument(text: "Vela", head: "Vela"), "pay", money("a fine of 1.8 million soles", 1_800_000, "PEN"),
                   qualifiers: [Qualifier(marker: "about", argument: money("US$480,000", 480_000, "USD"))], surface: "pay", at: s0)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func anAmountInBracketsAfterAnotherIsNoSecondAnswer() {
        #expect(answers("how much was the fine") == ["1.8 million soles"])
    }

    @Test func everyAmountInTheBracketsRestatesTheOneBefore() {
        let sentence = "They are to pay €20,000 (£17,500; US$22,900) in compensation and €5,000 in costs."
        #expect(QuestionAnswerer.bracketsAfter("€20,000", hold: "US$22,900", in: sentence))
        #expect(QuestionAnswerer.bracketsAfter("€20,000", hold: "about £17,500", in: sentence))
        #expect(!QuestionAnswerer.bracketsAfter("€20,000", hold: "€5,000", in: sentence))
        #expect(!QuestionAnswerer.bracketsAfter("US$22,900", hold: "€20,000", in: sentence))
    }
}
