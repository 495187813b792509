import FactModel
import Testing
@testable import QueryLanguage

/// News says the same event with other verbs: "how many people died" is answered by "the floods
/// killed at least 14 people", "who resigned" by "Walsh stepped down" (`Paraphrases`).
@Suite struct VerbParaphraseTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let walsh = source.entity("Conor Walsh", .person, aliases: ["Walsh"])
        let floods = source.sentence("Floods have killed at least 14 people in the state.")
        source.add(Argument(text: "Floods", head: "flood"), "kill",
                   Argument(text: "at least 14 people", head: "people",
                            value: TypedValue(kind: .number, text: "at least 14", normalized: "14", amount: 14)),
                   surface: "have killed", at: floods)
        let left = source.sentence("Walsh stepped down in November.")
        source.add(Argument(text: "Walsh", head: "Walsh", entity: walsh), "step down", nil,
                   qualifiers: [Qualifier(marker: "in", argument: Argument(text: "November", head: "November"))],
                   surface: "stepped down", at: left)
        let audit = source.sentence("Prosecutors were carrying out a criminal investigation of the bank.")
        source.add(Argument(text: "Prosecutors", head: "prosecutor"), "carry out",
                   Argument(text: "a criminal investigation of the bank", head: "investigation"),
                   surface: "were carrying out", at: audit)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func conductingIsCarryingOut() {
        #expect(answers("who conducted an investigation of the bank") == ["Prosecutors"])
        // "what kind of": the words before the asked noun, not its whole phrase.
        #expect(answers("what kind of investigation were prosecutors conducting") == ["criminal investigation"])
    }

    @Test func whoDiedIsWhoWasKilled() {
        #expect(answers("how many people died") == ["at least 14"])
        // Not the other way round: the floods did not die.
        #expect(answers("who killed the people").allSatisfy { $0 != "at least 14 people" })
    }

    @Test func steppingDownIsResigning() {
        #expect(answers("who resigned") == ["Conor Walsh"])
    }
}
