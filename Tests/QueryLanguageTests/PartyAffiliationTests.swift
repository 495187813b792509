import Testing
import FactModel
@testable import QueryLanguage

/// "which party is X from" reads the party word written before X's name or title, over title
/// words only.
@Suite struct PartyAffiliationTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let hale = source.entity("Noor Hale", .person, aliases: ["Hale"])
        let vance = source.entity("Ida Vance", .person, aliases: ["Vance"])
        _ = source.sentence("Conservative MP Noor Hale said the bridge would be built.", mentions: [("Noor Hale", .entity(.person), hale)])
        _ = source.sentence("Polls put Vance ahead of any other Democrat running against Hale.", mentions: [
            ("Vance", .entity(.person), vance), ("Hale", .entity(.person), hale)])
        _ = source.sentence("The seat is held by incumbent Republican state senator Ida Vance.", mentions: [("Ida Vance", .entity(.person), vance)])
        let roe = source.entity("Ben Roe", .person, aliases: ["Roe"])
        let moss = source.entity("Kay Moss", .person, aliases: ["Moss"])
        _ = source.sentence("Some Democrats, such as former Senator Ben Roe, backed the plan.", mentions: [("Ben Roe", .entity(.person), roe)])
        _ = source.sentence("A Labour councillor, Kay Moss, opposed it.", mentions: [("Kay Moss", .entity(.person), moss)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func thePartyWordBeforeTheTitleAndName() {
        #expect(answers("which party is Noor Hale from") == ["Conservative"])
        #expect(answers("which party does Ida Vance belong to") == ["Republican"])
    }

    @Test func aYesNoQuestionAboutThePartyIsAnsweredFromThePartyKnown() {
        #expect(answers("is Ida Vance a Republican") == ["yes"])
        #expect(answers("is Ida Vance a Democrat") == ["no"])
        #expect(answers("is Noor Hale a Tory") == ["yes"])
        // A party named for a group the person is listed in, or in a description before the name.
        #expect(answers("is Ben Roe a Democrat") == ["yes"])
        #expect(answers("is Ben Roe a Republican") == ["no"])
        #expect(answers("is Kay Moss a Conservative") == ["no"])
        #expect(answers("is Kay Moss a Labour councillor") != ["no"])
    }
}
