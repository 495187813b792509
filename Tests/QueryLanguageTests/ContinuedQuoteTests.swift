import Testing
import FactModel
@testable import QueryLanguage

/// A quotation that runs on over several sentences, or a new one right after the speaker's
/// attribution, is the speaker's; questions about something in it, or with a reported clause
/// ("what did Roe say the town deserves"), find the sentence that says it.
@Suite struct ContinuedQuoteTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let roe = source.entity("Ann Roe", .person, aliases: ["Roe"])
        let s0 = source.sentence("\u{201C}We will build the bridge,\u{201D} Mayor Ann Roe said on Monday.", mentions: [("Ann Roe", .entity(.person), roe)])
        _ = source.sentence("\u{201C}The river has divided us for too long.")
        _ = source.sentence("Our town deserves better than a ferry twice a day.\u{201D}")
        _ = source.sentence("The council will vote in June.")
        source.add(Argument(text: "Mayor Ann Roe", head: "Roe", entity: roe), "say", Argument(text: "We will build the bridge", head: "build"),
                   kind: .attribution, at: s0)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aQuestionAboutSomethingFindsTheSentenceOfTheQuotationThatSaysIt() {
        #expect(answers("what did Roe say about the river") == ["The river has divided us for too long"])
    }

    @Test func aReportedClauseIsWhatTheQuotationIsAbout() {
        #expect(answers("what did Roe say our town deserves") == ["Our town deserves better than a ferry twice a day"])
    }

    @Test func aPlainQuestionKeepsTheFirstStatement() {
        #expect(answers("what did Roe say") == ["We will build the bridge"])
    }

    @Test func aClosedQuotationEndsTheSpeakersWords() {
        #expect(QuestionAnswerer.leavesAQuotationOpen("\u{201C}The river has divided us."))
        #expect(!QuestionAnswerer.leavesAQuotationOpen("\u{201C}We will,\u{201D} Roe said."))
        #expect(QuestionAnswerer.leavesAQuotationOpen("He said \"we will"))
    }
}
