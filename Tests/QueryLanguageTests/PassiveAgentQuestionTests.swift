import FactModel
import Testing
@testable import QueryLanguage

/// "who is X survived by", "who was X visited by": a passive question's "by" asks for the doer,
/// which a passive fact keeps as its subject and an active fact writes as its subject.
@Suite struct PassiveAgentQuestionTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let ada = source.entity("Ada Holm", .person, aliases: ["Holm"])
        let karl = source.entity("Karl Berg", .person, aliases: ["Berg"])
        let hart = source.entity("Tom Hart", .person, aliases: ["Hart"])
        let visited = source.sentence("Ada Holm was visited by her husband, Karl Berg.")
        source.add(Argument(text: "Karl Berg", head: "Berg", entity: karl), "visit", Argument(text: "Ada Holm", head: "Holm", entity: ada),
                   voice: .passive, surface: "was visited by", at: visited)
        let elected = source.sentence("The harbour committee elected Tom Hart in May.")
        source.add(Argument(text: "The harbour committee", head: "committee"), "elect", Argument(text: "Tom Hart", head: "Hart", entity: hart),
                   qualifiers: [Qualifier(marker: "in", argument: Argument(text: "May", head: "May"))], at: elected)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func theByOfAPassiveQuestionIsTheDoerOfAPassiveFact() {
        #expect(answers("who was Ada Holm visited by") == ["Karl Berg"])
        #expect(answers("who visited Ada Holm") == ["Karl Berg"])
    }

    @Test func theByOfAPassiveQuestionIsTheSubjectOfAnActiveFact() {
        #expect(answers("who was Tom Hart elected by") == ["The harbour committee"])
        // The patient is never its own doer.
        #expect(!answers("who was Tom Hart elected by").contains("Tom Hart"))
    }
}
