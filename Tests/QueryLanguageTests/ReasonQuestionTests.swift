import FactModel
import Testing
@testable import QueryLanguage

/// "why" questions: a fact's reason qualifier ("due to the storm"), else the reason phrases of the
/// best sentences ("because of the scandal", "for breaking the rules"), never a name or a time.
@Suite struct ReasonQuestionTests: AsksQuestions {
    static func makeHarborStory() -> FakeFactSource {
        let source = FakeFactSource()
        let league = source.entity("Harbor League", .organization, aliases: ["the league"])
        let moss = source.entity("Ada Moss", .person, aliases: ["Moss"])
        let s0 = source.sentence("On Friday the Harbor League suspended its season due to the storm.", mentions: [
            ("Harbor League", .entity(.organization), league)])
        source.add(Argument(text: "the Harbor League", head: "Harbor League", entity: league), "suspend",
                   Argument(text: "its season", head: "season"),
                   qualifiers: [Qualifier(marker: "on", argument: Argument(text: "Friday", head: "Friday")),
                                Qualifier(marker: "due to", argument: Argument(text: "the storm", head: "storm"))], at: s0)
        // No fact: the sentence alone says why.
        _ = source.sentence("Ada Moss resigned on Monday because of the scandal, officials said.", mentions: [
            ("Ada Moss", .entity(.person), moss)])
        _ = source.sentence("Moss was fined for breaking the rules over 40 times.", mentions: [("Moss", .entity(.person), moss)])
        return source
    }

    let engine = QueryEngine(source: makeHarborStory(), lexicon: FakeLexicon())

    @Test func aReasonQualifierAnswersWithItsMarker() {
        #expect(answers("why did the Harbor League suspend its season") == ["due to the storm"])
    }

    @Test func aSentenceGivesItsReasonPhrase() {
        #expect(answers("why did Moss resign") == ["because of the scandal"])
        #expect(answers("why was Moss fined") == ["for breaking the rules over 40 times"])
    }

    @Test func reasonPhrasesStopAtTheClauseEnd() {
        #expect(SentenceFallback.reasonPhrases(in: "It closed due to high winds, the port said.") == ["due to high winds"])
        // "for" counts before a gerund only; "because of" wins over "because".
        #expect(SentenceFallback.reasonPhrases(in: "He served for 40 years.") == [])
        #expect(SentenceFallback.reasonPhrases(in: "They left because of the noise.") == ["because of the noise"])
    }
}
