import FactModel
import Testing
@testable import QueryLanguage

/// A yes/no question read against sentences: a word the question denies itself ("even without
/// an agreement") is no denial when the sentence denies it too; a "-less" adjective is the
/// opposite of its "-y" or "-ful" one; voting against something says no to voting for it.
@Suite struct DeniedPhraseYesNoTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        _ = source.sentence("Lena Vik said she would close the harbour pier even if no agreement is reached with the board.",
                            mentions: [("Lena Vik", .entity(.person), vik)])
        _ = source.sentence("The 1970 takeover of the harbour was a bloodless operation.")
        _ = source.sentence("The harbour council has repeatedly voted against a new stadium.")
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aPhraseTheQuestionDeniesIsNoDenial() {
        #expect(answers("would Vik close the harbour pier even without an agreement with the board") == ["yes"])
        #expect(QuestionAnswerer.deniedWords(["leave", "even", "without", "an", "agreement"]) == ["an", "agreement"])
        #expect(QuestionAnswerer.deniedWords(["did", "she", "not", "leave"]).isEmpty)
    }

    @Test func aLessAdjectiveIsTheOpposite() {
        #expect(answers("was the 1970 takeover of the harbour bloody") == ["no"])
        #expect(QuestionAnswerer.lessOpposites(of: "bloody") == ["bloodless"])
        #expect(QuestionAnswerer.lessOpposites(of: "harmless") == ["harmy", "harmful"])
        #expect(QuestionAnswerer.lessOpposites(of: "only").isEmpty)
    }

    @Test func votingAgainstSaysNoToVotingFor() {
        #expect(answers("has the harbour council voted for a new stadium") == ["no"])
    }
}
