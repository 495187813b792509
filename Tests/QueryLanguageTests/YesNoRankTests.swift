import FactModel
import Testing
@testable import QueryLanguage

/// "did Gray win the final" with "Tia Gray, who is seeded second, won the final": a seeding is no
/// rank reached, so it does not say no (`statesAnotherRank`).
@Suite struct YesNoRankTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let gray = source.entity("Tia Gray", .person, aliases: ["Gray"])
        let s0 = source.sentence("Tia Gray, who is seeded second, won the final.", mentions: [("Tia Gray", .entity(.person), gray)])
        source.add(Argument(text: "Tia Gray", head: "Tia Gray", entity: gray), "win", Argument(text: "the final", head: "final"),
                   surface: "won", at: s0)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func aSeedingIsNoRankReached() {
        #expect(answers("did Gray win the final") == ["yes"])
    }
}
