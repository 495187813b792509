import FactModel
import Testing
@testable import QueryLanguage

/// "how did the leaders describe the river": the "as" phrase of a verb of describing, not the
/// other arguments of the fact.
@Suite struct DescribedAsTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("In a joint statement, the leaders described the river as a shared inheritance.")
        source.add(Argument(text: "the leaders", head: "leader"), "describe", Argument(text: "the river", head: "river"), qualifiers: [
            Qualifier(marker: "in", argument: Argument(text: "a joint statement", head: "statement")),
            Qualifier(marker: "as", argument: Argument(text: "a shared inheritance", head: "inheritance")),
        ], surface: "described", at: s0)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func theAsPhraseAnswersHowItWasDescribed() {
        #expect(answers("how did the leaders describe the river") == ["a shared inheritance"])
    }
}
