import FactModel
import Testing
@testable import QueryLanguage

/// "how much did the shares rise" with "Shares in Corvane rose 4.2 percent to A$31.60": the
/// amount of the change, not the level it reached (`withoutLevelsOfAChange`).
@Suite struct ChangeAmountTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("Shares in Corvane rose 4.2 percent to A$31.60 on Tuesday.", mentions: [
            ("4.2 percent", .value(.percent), nil), ("A$31.60", .value(.money), nil)])
        source.add(Argument(text: "Shares in Corvane", head: "share"), "rise",
                   Argument(text: "4.2 percent", head: "percent", value: TypedValue(kind: .percent, text: "4.2 percent", normalized: "4.2%", amount: 4.2)),
                   qualifiers: [Qualifier(marker: "to", argument: Argument(text: "A$31.60", head: "A$31.60",
                                                                           value: TypedValue(kind: .money, text: "A$31.60", normalized: "31.6 AUD", amount: 31.6)))],
                   surface: "rose", at: s0)
        let s1 = source.sentence("The index climbed to 8,200 points.", mentions: [("8,200 points", .value(.quantity), nil)])
        source.add(Argument(text: "The index", head: "index"), "climb", nil, qualifiers: [
            Qualifier(marker: "to", argument: Argument(text: "8,200 points", head: "point",
                                                       value: TypedValue(kind: .quantity, text: "8,200 points", normalized: "8200 points", amount: 8200)))],
                   surface: "climbed to", at: s1)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func theAmountOfAChangeIsNotTheLevelItReached() {
        #expect(answers("how much did the shares rise") == ["4.2 percent"])
        // With no amount of change stated, the level reached still answers.
        #expect(answers("how much did the index climb") == ["8,200 points"])
    }
}
