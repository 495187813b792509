import FactModel
import Testing
@testable import QueryLanguage

/// Answers that keep what a bare word leaves out: a group's "of" phrase ("supporters of the Holm
/// family"), the thing a number counts ("one count of fraud"), and the sort asked for by "what
/// kind of firm is X".
@Suite struct FullerAnswerTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let supporters = source.entity("supporters", .group)
        let club = source.entity("Harbour Rowing Club", .organization)
        let founded = source.sentence("The Harbour Rowing Club was founded by supporters of the Holm family.")
        source.add(Argument(text: "supporters of the Holm family", head: "supporters", entity: supporters), "found",
                   Argument(text: "The Harbour Rowing Club", head: "Club", entity: club), voice: .passive, surface: "was founded by", at: founded)
        let ivo = source.entity("Ivo Lind", .person, aliases: ["Lind"])
        let charged = source.sentence("Ivo Lind was charged with one count of fraud.")
        let one = TypedValue(kind: .number, text: "one", normalized: "1", amount: 1)
        source.add(Argument(text: "Ivo Lind", head: "Lind", entity: ivo), "charge",
                   Argument(text: "one count of fraud", head: "count", value: one), voice: .passive, surface: "was charged with", at: charged)
        let tallow = source.entity("Tallow", .organization)
        let described = source.sentence("Tallow, a data security firm, found the files.")
        source.add(Argument(text: "Tallow", head: "Tallow", entity: tallow), "be", Argument(text: "a data security firm", head: "firm"),
                   kind: .appositive, at: described)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func aGroupNamedByACommonNounKeepsWhoseItIs() {
        #expect(answers("who founded the Harbour Rowing Club") == ["supporters of the Holm family"])
    }

    @Test func whatANumberCountsIsTheAnswerToWhat() {
        #expect(answers("what was Ivo Lind charged with") == ["one count of fraud"])
    }

    @Test func whatKindOfAThingANameIsIsItsDescription() {
        #expect(answers("what kind of firm is Tallow") == ["a data security firm"])
        #expect(answers("what type of firm is Tallow") == answers("what is Tallow"))
    }
}
