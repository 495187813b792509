import Foundation
import Testing

/// Answers over an article of our own, through the command line: a verb and its one-word
/// complement asked as one relation ("found guilty" for "convicted"), a value named by its noun
/// ("fee", "depth"), a nested of-phrase in a question, what a thing phrase names without the place
/// and day after it, and a group's name after "known as".
@Suite(.serialized) struct VerdictAndSettingAnswerTests {
    static let article = """
        Port manager convicted

        Harbour manager Piet Lindqvist was convicted on two counts of fraud on Friday.
        He was acquitted of a fifth charge, abuse of office.
        The club sold the striker for a fee of €12 million.
        The old ferry lies at a depth of 35 metres off the pier.
        The warehouse fire was started by a faulty heater near Drammen on Monday night.
        The break-in had been carried out by a criminal gang known as Nightjar, police said.

        """

    /// What factsh prints for `question` over the article, as TSV without evidence.
    func output(_ question: String) throws -> String {
        try ArticleQuestion.output(question, article: Self.article, fileName: "2026-11-09-port-manager.txt")
    }

    /// The first column of every answer row to `question` over the article.
    func answers(_ question: String) throws -> [String] {
        try ArticleQuestion.answers(question, article: Self.article, fileName: "2026-11-09-port-manager.txt")
    }

    @Test func foundGuiltyAsksWhoWasConvicted() throws {
        #expect(try answers("who was found guilty of fraud") == ["Piet Lindqvist"])
    }

    @Test func aFeeIsAnAmountOfMoney() throws {
        #expect(try answers("what was the fee for the striker") == ["€12 million"])
    }

    @Test func aDepthIsAQuantity() throws {
        #expect(try answers("at what depth does the ferry lie").first == "35 metres")
    }

    @Test func whatStartedAFireIsNotTheDayOrThePlace() throws {
        #expect(try answers("what started the warehouse fire") == ["a faulty heater"])
    }

    @Test func aGroupKnownAsANameIsThatName() throws {
        #expect(try answers("who carried out the break-in") == ["Nightjar"])
    }

    @Test func anOfPhraseAfterAnOfPhraseBelongsToItsNoun() throws {
        let plan = try output("explain was Lindqvist acquitted of abuse of office")
        #expect(plan.contains(#"of: "abuse of office""#), "\(plan)")
    }
}
