import Foundation
import Testing

/// Answers over an article of our own, through the command line as a person asks: amounts and
/// places paired by "respectively" (a subject holding the coordination, money written "C$"), an
/// organization "of" a town based there, a company based in one town asked about another, and
/// names that spell out a counted noun the parser hung elsewhere.
@Suite(.serialized) struct RespectivelyAndBaseAnswerTests {
    static let article = """
        Freight firms report losses

        Tallis Freight, which is based in Aalborg and employs about 900 people, reported a loss on Monday.
        The owner of the ferry, Brenna Shipping of Bergen, said it would sell two ships.
        Shares in Tallis and Brenna fell 4.1 percent and 2.6 percent, respectively, in Oslo and Copenhagen.
        Mira Holt and Jonas Berg raised C$120,000 and C$95,000, respectively, for the rescue fund.
        The talks were assisted by two mediators from the Federal Mediation Service, Louise Caron and Arjun Mehta.

        """

    /// The first column of every answer row to `question` over the article.
    func answers(_ question: String) throws -> [String] {
        try ArticleQuestion.answers(question, article: Self.article, fileName: "2026-11-20-freight-losses.txt")
    }

    @Test func aCompanyBasedInOneTownIsNotBasedInAnother() throws {
        #expect(try answers("is Tallis Freight based in Copenhagen") == ["no"])
        #expect(try answers("is Tallis Freight based in Aalborg") == ["yes"])
    }

    @Test func aCountryMayHoldTheTownSoItIsNoDenial() throws {
        #expect(try answers("is Tallis Freight based in Denmark") != ["no"])
    }

    @Test func anOrganizationOfATownIsBasedThere() throws {
        #expect(try answers("is Brenna Shipping based in Bergen") == ["yes"])
        #expect(try answers("where is Brenna Shipping based") == ["Bergen"])
    }

    @Test func respectivelyPairsPartsOfOneSubjectWithTheAmounts() throws {
        // The owner's name before the noun, as people ask it ("shares in Brenna" is read with
        // "shares" as the verb's subject phrase cut short, and answered from the sentence).
        #expect(try answers("how much did Brenna shares fall") == ["2.6 percent"])
    }

    @Test func respectivelyPairsAmountsWrittenWithCountryLetters() throws {
        #expect(try answers("how much did Berg raise") == ["C$95,000"])
        #expect(try answers("how much did Holt raise") == ["C$120,000"])
    }

    @Test func namesAfterACountedNounAreItsMembers() throws {
        #expect(try Set(answers("who were the mediators")) == ["Louise Caron", "Arjun Mehta"])
    }
}
