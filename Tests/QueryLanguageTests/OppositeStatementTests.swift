import FactModel
import Testing
@testable import QueryLanguage

/// A fact answers yes only when it states all the question asks; a fact that states it with the
/// opposite preposition answers no; a passive fact without its agent names no doer.
@Suite struct OppositeStatementTests: AsksQuestions {
    static func makeCouncilStory() -> FakeFactSource {
        let source = FakeFactSource()
        let reed = source.entity("Paul Reed", .person, aliases: ["Reed"])
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        let against = source.sentence("Paul Reed voted against the harbour tax in 2002.", mentions: [("Paul Reed", .entity(.person), reed)])
        source.add(Argument(text: "Paul Reed", head: "Reed", entity: reed), "vote", Argument(text: "the harbour tax", head: "tax"),
                   qualifiers: [Qualifier(marker: "in", argument: Argument(text: "2002", head: "2002"))],
                   surface: "voted against", at: against)
        let won = source.sentence("Reed won the council election.", mentions: [("Reed", .entity(.person), reed)])
        source.add(Argument(text: "Reed", head: "Reed", entity: reed), "win", Argument(text: "the council election", head: "election"), at: won)
        let arrested = source.sentence("Lena Vik was arrested at the harbour.", mentions: [("Lena Vik", .entity(.person), vik)])
        source.add(Argument(text: "Lena Vik", head: "Vik", entity: vik), "arrest", Argument(text: "the harbour", head: "harbour"),
                   voice: .passive, surface: "was arrested at", at: arrested)
        let lisbon = source.sentence("Paul Reed is still in Lisbon, as the council did not expel Reed.", mentions: [("Paul Reed", .entity(.person), reed)])
        source.add(Argument(text: "Paul Reed", head: "Reed", entity: reed), "be in", Argument(text: "Lisbon", head: "Lisbon"),
                   kind: .copula, surface: "is still in", at: lisbon)
        let chair = source.sentence("The council elected Lena Vik chair.", mentions: [("Lena Vik", .entity(.person), vik)])
        source.add(Argument(text: "The council", head: "council"), "elect", Argument(text: "Lena Vik", head: "Vik", entity: vik),
                   qualifiers: [Qualifier(marker: "", argument: Argument(text: "chair", head: "chair"))], at: chair)
        // Reed goes by "chair" (a title alias) and elected someone; he was elected nothing.
        source.entities[Int(reed)].aliases.append("chair")
        let board = source.sentence("Reed elected Tom Hart to the harbour board.", mentions: [("Reed", .entity(.person), reed)])
        source.add(Argument(text: "Reed", head: "Reed", entity: reed), "elect", Argument(text: "Tom Hart", head: "Hart"),
                   qualifiers: [Qualifier(marker: "to", argument: Argument(text: "the harbour board", head: "board"))], at: board)
        let police = source.sentence("Harbour police arrested Tom Hart.")
        source.add(Argument(text: "Harbour police", head: "police"), "arrest", Argument(text: "Tom Hart", head: "Hart"), at: police)
        return source
    }

    let engine = QueryEngine(source: makeCouncilStory(), lexicon: FakeLexicon())

    @Test func theOppositePrepositionSaysNo() {
        #expect(answers("did Reed vote for the harbour tax") == ["no"])
        #expect(answers("did Reed vote against the harbour tax") == ["yes"])
    }

    @Test func aFactThatLeavesOutAnAskedPlaceDoesNotSayYes() {
        #expect(answers("did Reed win the council election") == ["yes"])
        #expect(!answers("did Reed win the council election in Lisbon").contains("yes"))
    }

    @Test func aPassiveWithoutItsAgentNamesNoDoer() {
        #expect(answers("who was arrested").contains("Lena Vik"))
        #expect(answers("who arrested") == ["Harbour police"])
    }

    @Test func aCopulaWithAPrepositionIsFoundAsTheRelationItIsStoredAs() {
        #expect(answers("is Reed in Lisbon") == ["yes"])
    }

    @Test func aPassiveQuestionsObjectIsNeverTheDoerOfAnActiveFact() {
        #expect(answers("who was elected chair") == ["Lena Vik"])
    }
}
