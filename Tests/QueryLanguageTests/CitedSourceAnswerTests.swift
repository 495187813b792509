import Testing
import FactModel
@testable import QueryLanguage

/// "who reported that X": the source "according to" cites in the sentence that says X.
@Suite struct CitedSourceAnswerTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vale = source.entity("Vale Partners", .organization)
        let ledger = source.entity("Harbor Ledger", .organization)
        _ = source.sentence("The council hired Vale Partners, according to The Harbor Ledger.", mentions: [
            ("Vale Partners", .entity(.organization), vale), ("Harbor Ledger", .entity(.organization), ledger)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theCitedSourceReportedIt() {
        #expect(answers("who reported that the council hired a law firm") == ["Harbor Ledger"])
    }
}
