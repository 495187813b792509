import FactModel
import Testing
@testable import QueryLanguage

/// Adverbs between a question's subject and its verb ("did Lena often argue with", "is the guild
/// largely made up of") say nothing the facts hold; the question is read without them.
@Suite struct ClauseAdverbTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let lena = source.entity("Lena Vogt", .person, aliases: ["Vogt"])
        let omar = source.entity("Omar Reyes", .person, aliases: ["Reyes"])
        let guild = source.entity("Weavers Guild", .organization)
        let argued = source.sentence("Lena Vogt often had disputes with Omar Reyes.")
        source.add(Argument(text: "Lena Vogt", head: "Vogt", entity: lena), "have", Argument(text: "disputes with Omar Reyes", head: "disputes"),
                   at: argued)
        source.add(Argument(text: "Lena Vogt", head: "Vogt", entity: lena), "argue", nil,
                   qualifiers: [Qualifier(marker: "with", argument: Argument(text: "Omar Reyes", head: "Reyes", entity: omar))], at: argued)
        let made = source.sentence("The Weavers Guild is largely made up of retired dyers.")
        source.add(Argument(text: "The Weavers Guild", head: "Guild", entity: guild), "make up", Argument(text: "retired dyers", head: "dyers"),
                   voice: .passive, surface: "is largely made up of", at: made)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    func understood(_ text: String) -> String {
        guard case .success(let statement)? = QueryParser.parse(text).first, case .question(let question) = statement.body else {
            return "<not a question>"
        }
        return "\(question)"
    }

    @Test func anAdverbAfterTheSubjectIsNotTheVerb() {
        #expect(understood("who did Lena Vogt often argue with") == understood("who did Lena Vogt argue with"))
        #expect(understood("did Lena Vogt really argue with Omar Reyes") == understood("did Lena Vogt argue with Omar Reyes"))
        #expect(answers("who did Lena Vogt often argue with") == ["Omar Reyes"])
    }

    @Test func anAdverbBeforeAParticipleLeavesAPassive() {
        #expect(understood("what is the Weavers Guild largely made up of") == understood("what is the Weavers Guild made up of"))
        #expect(understood("where was Lena Vogt formerly a weaver") == understood("where was Lena Vogt a weaver"))
        #expect(understood("which cities are still not sanctuary cities") == understood("which cities are not sanctuary cities"))
        #expect(understood("what is the Weavers Guild made up of").contains("[passive]"))
    }

    @Test func anAdverbAfterASubjectQuestionWordIsTheClauses() {
        #expect(understood("who commonly argues with Omar Reyes") == understood("who argues with Omar Reyes"))
        #expect(understood("what typically argues with Omar Reyes") == understood("what argues with Omar Reyes"))
    }

    @Test func anAdverbAfterHowIsAsked() {
        // "how often" asks about frequency: the adverb stays.
        #expect(understood("how often did Lena Vogt argue with Omar Reyes") != understood("how did Lena Vogt argue with Omar Reyes"))
    }

    @Test func aRelationPrepositionAfterAParticleFindsTheObject() {
        // (the guild; is made up of; retired dyers): the lemma "make up" ends with a particle; the
        // surface's "of" is the preposition the question asks after.
        #expect(answers("what is the Weavers Guild made up of") == ["retired dyers"])
        #expect(answers("what is the Weavers Guild largely made up of") == ["retired dyers"])
    }
}
