import Testing
import FactModel
@testable import QueryLanguage

/// "how much will the bridge cost": a price is an amount of money, not a length or a percentage
/// the same sentence gives.
@Suite struct PriceAnswerTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        _ = source.sentence("The bridge, which will run for 11 kilometres, is expected to cost 6 billion kronor, 40 percent more than planned.",
                            mentions: [("11 kilometres", .value(.quantity), nil), ("6 billion kronor", .value(.money), nil),
                                       ("40 percent", .value(.percent), nil)])
        _ = source.sentence("The tunnel will run for 3 kilometres and grow by 20 percent.",
                            mentions: [("3 kilometres", .value(.quantity), nil), ("20 percent", .value(.percent), nil)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aPriceIsMoney() {
        #expect(answers("how much will the bridge cost") == ["6 billion kronor"])
    }

    @Test func anAmountOfSomethingElseKeepsItsKinds() {
        // No word of paying: a length or a share may be the amount asked.
        #expect(!answers("how much will the tunnel grow").isEmpty)
    }
}

/// "how much were the stolen goods worth": the sentences naming the goods give a count; the
/// article's sentence with "worth" gives the money.
@Suite struct PriceWordSentenceTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        _ = source.sentence("Thieves escaped with watches and rings worth an estimated €2.4 million.",
                            mentions: [("€2.4 million", .value(.money), nil)])
        _ = source.sentence("Police recovered part of the stolen goods, including 14 watches, from a stolen car.",
                            mentions: [("14", .value(.number), nil)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theMoneyAfterTheWordOfPriceAnswers() {
        #expect(answers("how much were the stolen goods worth") == ["€2.4 million"])
    }
}
