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

/// "who reported that X": a cited source answers whatever the name tagger took it for ("According
/// to CNN", tagged a place).
@Suite struct CitedSourceOfAnyTypeTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let tidewire = source.entity("Tidewire", .place)
        let port = source.entity("Port Avalen", .place)
        _ = source.sentence("According to Tidewire, Port Avalen has an estimated two million visitors.", mentions: [
            ("Tidewire", .entity(.place), tidewire), ("Port Avalen", .entity(.place), port)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aSourceTaggedAsAPlaceStillReportedIt() {
        #expect(answers("who reported that Port Avalen has two million visitors") == ["Tidewire"])
    }
}
