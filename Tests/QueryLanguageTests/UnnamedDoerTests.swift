import FactModel
import Testing
@testable import QueryLanguage

/// "who killed X" over a sentence saying X was killed without naming by whom: its other names are
/// not the doer. And a name with a particle ("al-Rami") names its entity in a question.
@Suite struct UnnamedDoerTests: AsksQuestions {
    static func makeBlastStory() -> FakeFactSource {
        let source = FakeFactSource()
        let hart = source.entity("Tom Hart", .person, aliases: ["Hart"])
        let rami = source.entity("Ali al-Rami", .person, aliases: ["al-Rami"])
        let s0 = source.sentence("Tom Hart was met by Ali al-Rami, who was also killed in the blast.", mentions: [
            ("Tom Hart", .entity(.person), hart), ("Ali al-Rami", .entity(.person), rami)])
        source.add(Argument(text: "Ali al-Rami", head: "Ali al-Rami", entity: rami), "kill", Argument(text: "the blast", head: "blast"),
                   voice: .passive, surface: "was also killed in", at: s0)
        source.add(Argument(text: "Tom Hart", head: "Tom Hart", entity: hart), "meet", Argument(text: "Ali al-Rami", head: "Ali al-Rami", entity: rami),
                   voice: .passive, surface: "was met by", at: s0)
        return source
    }

    let engine = QueryEngine(source: makeBlastStory(), lexicon: FakeLexicon())

    @Test func aSentenceThatLeavesTheDoerUnnamedGivesNoDoer() {
        #expect(answers("who killed Ali al-Rami") == [])
    }

    @Test func aNameStartingWithAParticleNamesItsEntity() {
        // "al-Rami" alone, lower-case first: still a name, so the sentence about him is read as such.
        #expect(answers("who killed al-Rami") == [])
    }
}
