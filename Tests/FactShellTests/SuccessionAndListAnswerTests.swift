import Foundation
import Testing

/// Answers that need more than one fact or a whole argument, over an article of our own, through
/// the command line as a person asks: earlier holders of a post, "by X and by Y", a list of names
/// kept in one phrase, one sentence of a two-sentence quotation, and an act denied without its
/// object.
@Suite(.serialized) struct SuccessionAndListAnswerTests {
    static let article = """
        Harbour board names new chief

        Lena Ortmann, the board's new chief executive, took office on Monday.
        Ortmann replaced Piet Valk, who retired after nine years in the post.
        The berth upgrades were approved by the board's chair, Ana Ruiz, and by the port engineer, Tomas Brenner.
        Storm warnings were issued for the towns of Wessel, Marrum and Oude Haven on Tuesday.
        "The work starts in spring. It will not close any quay," Ortmann said.
        Ruiz said the board would not borrow.
        Delegate Anneke Smit will succeed councillor Joost Dekker, who held the seat for 12 years.

        """

    /// The first column of every answer row to `question` over the article.
    func answers(_ question: String) throws -> [String] {
        try ArticleQuestion.answers(question, article: Self.article, fileName: "2026-11-02-harbour-board.txt")
    }

    @Test func thePreviousHolderIsTheOneTheHolderReplaced() throws {
        #expect(try answers("who was the previous chief executive of the board") == ["Piet Valk"])
    }

    @Test func beforeANamedHolderAsksWhomTheySucceed() throws {
        #expect(try answers("who held the seat before Smit") == ["Joost Dekker"])
    }

    @Test func eachByPhraseOfAPassiveIsAnAgent() throws {
        #expect(try Set(answers("who approved the berth upgrades")) == ["Ana Ruiz", "Tomas Brenner"])
    }

    @Test func aListOfTownsInOnePhraseAnswersWhole() throws {
        #expect(try Set(answers("for which towns were storm warnings issued")) == ["Wessel", "Marrum", "Oude Haven"])
    }

    @Test func aQuotationIsAnsweredByItsSentenceAboutTheTopic() throws {
        #expect(try answers("what did Ortmann say about the quay") == ["It will not close any quay"])
    }

    @Test func anActDeniedWithoutItsObjectSaysNo() throws {
        #expect(try answers("will the board borrow money") == ["no"])
    }
}
