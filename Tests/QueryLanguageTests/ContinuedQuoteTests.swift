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
        #expect(QuotationMarks.leavesAQuotationOpen("\u{201C}The river has divided us."))
        #expect(!QuotationMarks.leavesAQuotationOpen("\u{201C}We will,\u{201D} Roe said."))
        #expect(QuotationMarks.leavesAQuotationOpen("He said \"we will"))
    }
}

/// A quotation opened sentences before the one that names its speaker ("\"... Let's keep going\",
/// wrote Lind") begins where it opened: a plain question gets all of it, one about something in
/// it the sentence that says it.
@Suite struct OpenedQuoteTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let lind = source.entity("Ada Lind", .person, aliases: ["Lind"])
        _ = source.sentence("The council met on Monday.")
        _ = source.sentence("Supporters wrote to the council: \"Thank you for keeping the ferry running all winter.")
        _ = source.sentence("It matters to every family on the island.")
        let last = source.sentence("Let's keep going\", wrote Ada Lind on Twitter.", mentions: [("Ada Lind", .entity(.person), lind)])
        source.add(Argument(text: "Ada Lind", head: "Lind", entity: lind), "write", Argument(text: "Let's keep going", head: "keep"),
                   kind: .attribution, at: last)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func thePlainQuestionGetsTheWholeQuotation() {
        #expect(answers("what did Lind write").first
                == "Thank you for keeping the ferry running all winter. It matters to every family on the island. Let's keep going")
    }

    @Test func aQuestionAboutSomethingGetsTheSentenceThatSaysIt() {
        #expect(answers("what did Lind write about the family").first == "It matters to every family on the island")
    }

    @Test func aSentenceThatClosesAnEarlierQuotationIsTold() {
        #expect(QuotationMarks.closesAQuotationOpenedBefore("Let's keep going\", wrote Ada Lind."))
        #expect(QuotationMarks.closesAQuotationOpenedBefore("and more.\u{201D} Lind said."))
        #expect(!QuotationMarks.closesAQuotationOpenedBefore("\"We will,\" Lind said."))
        #expect(!QuotationMarks.closesAQuotationOpenedBefore("\u{201C}We will go."))
    }

    @Test func theTextBeforeAClosingMarkIsAQuotation() {
        #expect(SentenceFallback.quotations(in: "It matters to every family,\" wrote Lind, \"and to me.")
                == ["It matters to every family", "and to me"])
        #expect(SentenceFallback.quotations(in: "Lind wrote \"we will go\" on Monday.") == ["we will go"])
    }
}

/// "what did X say" is answered in X's own words: reported speech ranks below X's quotations, and
/// what X did not say is no answer.
@Suite struct QuotedBeforeReportedTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let bah = source.entity("Sidi Ould Bah", .person, aliases: ["Ould Bah"])
        let speaker = Argument(text: "Ould Bah", head: "Bah", entity: bah)
        let s0 = source.sentence("\u{201C}The sea is not empty yet,\u{201D} Ould Bah told the assembly.", mentions: [("Ould Bah", .entity(.person), bah)])
        source.add(speaker, "tell", Argument(text: "The sea is not empty yet", head: "be"), kind: .attribution, at: s0)
        let s1 = source.sentence("Ould Bah said the fees would not be refunded.", mentions: [("Ould Bah", .entity(.person), bah)])
        source.add(speaker, "say", Argument(text: "the fees would not be refunded", head: "refund"), kind: .attribution, at: s1)
        let s2 = source.sentence("He did not say whether the boats could return.", mentions: [("He", .entity(.person), bah)])
        source.add(Argument(text: "He", head: "He", entity: bah), "say", Argument(text: "the boats could return", head: "return"),
                   kind: .attribution, negated: true, at: s2)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theSpeakersOwnWordsComeAlone() {
        #expect(answers("what did Ould Bah say") == ["The sea is not empty yet"])
    }

    @Test func reportedSpeechAnswersWhatItIsAbout() {
        #expect(answers("what did Ould Bah say about the fees").first == "the fees would not be refunded")
    }

    @Test func whatWasNotSaidIsNoAnswer() {
        #expect(!answers("what did Ould Bah say about the boats").contains("the boats could return"))
    }
}
