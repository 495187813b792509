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
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func thePartyWordBeforeTheTitleAndName() {
        #expect(answers("which party is Noor Hale from") == ["Conservative"])
        #expect(answers("which party does Ida Vance belong to") == ["Republican"])
    }
}
