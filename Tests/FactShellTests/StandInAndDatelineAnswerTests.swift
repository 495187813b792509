import Foundation
import Testing

/// Answers over an article of our own with a dateline, an acting holder beside the one stepping
/// down, a predecessor taken over from, a shared head noun and a winner who beat a rival to a
/// title, through the command line as a person asks.
@Suite(.serialized) struct StandInAndDatelineAnswerTests {
    static let article = """
        Karin Vos named acting leader as Dekker steps down

        UTRECHT, Netherlands, 4 November - The Liberal Union lost eight seats on Wednesday, and Prime Minister Joost Dekker conceded defeat.

        On Thursday Dekker said he would step down as leader of the Liberal Union, and the party's parliamentary group chose his deputy, Karin Vos, 44, as acting leader.
        Smit Bank is based in Delft. Mila Jansen took over at Smit Bank in 2024 from Pieter Smit, who had led it for six years.
        Anna Berg and Tom Lund will head the energy and health ministries respectively.
        In Rotterdam, the Harbour Eight beat the Delft Rowers to win the national cup.

        """

    /// The first column of every answer row to `question` over the article.
    func answers(_ question: String) throws -> [String] {
        try ArticleQuestion.answers(question, article: Self.article, fileName: "2026-11-04-acting-leader.txt")
    }

    @Test func theActingLeaderIsTheOneChosenAsActingLeader() throws {
        #expect(try answers("who is the acting leader of the Liberal Union") == ["Karin Vos"])
    }

    @Test func theDatelinePlaceIsNoDoer() throws {
        #expect(try answers("who lost eight seats") == ["Liberal Union"])
    }

    @Test func theOneTakenOverFromLedBefore() throws {
        #expect(try answers("who led Smit Bank before Jansen") == ["Pieter Smit"])
    }

    @Test func respectiveMinistriesShareTheirHeadNoun() throws {
        #expect(try answers("who will head the health ministry") == ["Tom Lund"])
    }

    @Test func theWinnerIsTheOneWhoBeatTheRival() throws {
        #expect(try answers("who won the national cup") == ["Harbour Eight"])
    }
}
