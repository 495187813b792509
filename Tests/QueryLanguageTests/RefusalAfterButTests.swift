import Testing
import FactModel
@testable import QueryLanguage

/// "X did A, but Y dismissed B" refuses what the question asks only when the words before "but"
/// are the question's own, not merely its subject's name.
@Suite struct RefusalAfterButTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let lee = source.entity("Dan Lee", .person, aliases: ["Lee"])
        let cole = source.entity("Mia Cole", .person, aliases: ["Cole"])
        _ = source.sentence("Lee has admitted to ordering the payments, according to prosecutors.", mentions: [("Lee", .entity(.person), lee)])
        _ = source.sentence("Lee sued the city to block the audit, but Judge Mia Cole dismissed the lawsuit.", mentions: [
            ("Lee", .entity(.person), lee), ("Mia Cole", .entity(.person), cole)])
        _ = source.sentence("Lee asked the court to delay the audit, but Judge Mia Cole refused.", mentions: [
            ("Lee", .entity(.person), lee), ("Mia Cole", .entity(.person), cole)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aRefusalOfSomethingElseDoesNotDeny() {
        #expect(answers("has Lee admitted to ordering the payments") == ["yes"])
    }

    @Test func aRefusalOfWhatWasAskedDenies() {
        #expect(answers("did the court delay the audit") == ["no"])
    }
}
