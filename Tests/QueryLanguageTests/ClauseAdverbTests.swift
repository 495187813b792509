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

    @Test func anAdverbAfterTheSubjectIsNotTheVerb() {
        #expect(UnderstoodQuestion.text("who did Lena Vogt often argue with") == UnderstoodQuestion.text("who did Lena Vogt argue with"))
        #expect(UnderstoodQuestion.text("did Lena Vogt really argue with Omar Reyes") == UnderstoodQuestion.text("did Lena Vogt argue with Omar Reyes"))
        #expect(answers("who did Lena Vogt often argue with") == ["Omar Reyes"])
    }

    @Test func anAdverbBeforeAParticipleLeavesAPassive() {
        #expect(UnderstoodQuestion.text("what is the Weavers Guild largely made up of") == UnderstoodQuestion.text("what is the Weavers Guild made up of"))
        #expect(UnderstoodQuestion.text("where was Lena Vogt formerly a weaver") == UnderstoodQuestion.text("where was Lena Vogt a weaver"))
        #expect(UnderstoodQuestion.text("which cities are still not sanctuary cities") == UnderstoodQuestion.text("which cities are not sanctuary cities"))
        #expect(UnderstoodQuestion.text("what is the Weavers Guild made up of").contains("[passive]"))
    }

    @Test func anAdverbAfterASubjectQuestionWordIsTheClauses() {
        #expect(UnderstoodQuestion.text("who commonly argues with Omar Reyes") == UnderstoodQuestion.text("who argues with Omar Reyes"))
        #expect(UnderstoodQuestion.text("what typically argues with Omar Reyes") == UnderstoodQuestion.text("what argues with Omar Reyes"))
    }

    @Test func anAdverbAfterHowIsAsked() {
        // "how often" asks about frequency: the adverb stays.
        #expect(UnderstoodQuestion.text("how often did Lena Vogt argue with Omar Reyes") != UnderstoodQuestion.text("how did Lena Vogt argue with Omar Reyes"))
    }

    @Test func aRelationPrepositionAfterAParticleFindsTheObject() {
        // (the guild; is made up of; retired dyers): the lemma "make up" ends with a particle; the
        // surface's "of" is the preposition the question asks after.
        #expect(answers("what is the Weavers Guild made up of") == ["retired dyers"])
        #expect(answers("what is the Weavers Guild largely made up of") == ["retired dyers"])
    }
}
