import FactModel
import Testing
@testable import QueryLanguage

/// A yes from a sentence needs every name the question asks about: a sentence that covers most of
/// the question's words by weight but never names one of them says neither yes nor no.
@Suite struct YesNoNamesTests: AsksQuestions {
    static func makeCampaignStory() -> FakeFactSource {
        let source = FakeFactSource()
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        let moss = source.entity("Ada Moss", .person, aliases: ["Moss"])
        let hart = source.entity("Tom Hart", .person, aliases: ["Hart"])
        // No facts: the sentences alone must answer.
        _ = source.sentence("In her campaign, Lena Vik has met with several mayors, meeting with Governor Ada Moss.", mentions: [
            ("Lena Vik", .entity(.person), vik), ("Ada Moss", .entity(.person), moss)])
        _ = source.sentence("Tom Hart wrote the campaign's songs.", mentions: [("Tom Hart", .entity(.person), hart)])
        return source
    }

    let engine = QueryEngine(source: makeCampaignStory(), lexicon: FakeLexicon())

    @Test func aSentenceNamingEveryoneAskedSaysYes() {
        #expect(answers("did Vik meet Moss") == ["yes"])
        #expect(answers("did Vik meet the governor") == ["yes"])
    }

    @Test func aSentenceThatNeverNamesTheAskedPersonSaysNothing() {
        #expect(answers("did Vik meet Hart") == [])
        #expect(answers("did Vik meet Carlsen") == [], "a name the corpus never mentions")
    }
}
