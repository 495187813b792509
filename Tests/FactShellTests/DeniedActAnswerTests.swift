import Foundation
import Testing

/// Yes/no answers over an article of our own, through the command line as a person asks: an act
/// denied with another prepositional phrase, "without" before the asked act's noun, and a record
/// beaten asked as broken.
@Suite(.serialized) struct DeniedActAnswerTests {
    static let article = """
        Alliance picks new leader

        Amrit Sandhu won the leadership of the Prairie Alliance on Saturday.
        The party's interim leader, Nicole Fournier, who did not run in the contest, will return to her previous role.
        A second suspect was detained on Monday and released without charge the following day.
        The skipper Mael Kerbrat beat the previous record of 23 days by almost two days.

        """

    /// The first column of every answer row to `question` over the article.
    func answers(_ question: String) throws -> [String] {
        try ArticleQuestion.answers(question, article: Self.article, fileName: "2026-11-14-alliance-leader.txt")
    }

    @Test func anActDeniedWithAnotherPhraseSaysNo() throws {
        #expect(try answers("did Fournier run for the leadership") == ["no"])
    }

    @Test func withoutTheAskedActsNounSaysNo() throws {
        #expect(try answers("was the second suspect charged") == ["no"])
        #expect(try answers("was the second suspect detained") == ["yes"])
    }

    @Test func aRecordBeatenWasBroken() throws {
        #expect(try answers("did Kerbrat break the record") == ["yes"])
    }
}
