import Testing
import FactModel
@testable import QueryLanguage

/// A sentence that states what a yes/no question asks, but negated, says no: a contracted
/// "doesn't" (straight or curly apostrophe), a "not" before an aside, "without" before a gerund.
@Suite struct YesNoNegationTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        _ = source.sentence("A freeze order doesn't force banks to close the accounts but may limit withdrawals.")
        _ = source.sentence("The harbour board doesn’t require pilots for small boats.")
        _ = source.sentence("The ministry had not, as of Friday, announced any plans to reopen the border crossing.")
        _ = source.sentence("Without mentioning any dates, the union office said talks with the port would resume.")
        _ = source.sentence("The harbour board has approved the new fees.")
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aContractedNegationSaysNo() {
        #expect(answers("does a freeze order force banks to close the accounts") == ["no"])
        #expect(answers("does the harbour board require pilots for small boats") == ["no"])
    }

    @Test func aNegationBeforeAnAsideSaysNo() {
        #expect(answers("has the ministry announced plans to reopen the border crossing") == ["no"])
    }

    @Test func withoutBeforeAGerundSaysNo() {
        #expect(answers("did the union office mention any dates") == ["no"])
    }

    @Test func theSameSentencesStillSayYesToWhatTheyState() {
        #expect(answers("has the harbour board approved the new fees") == ["yes"])
    }
}
