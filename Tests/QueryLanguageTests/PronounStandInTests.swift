import FactModel
import Testing
@testable import QueryLanguage

/// When no sentence mentions the person a question names, a sentence whose pronoun the entity
/// stage linked to someone else may still answer, below any sentence that names them.
@Suite struct PronounStandInTests: AsksQuestions {
    static func makeCourtStory() -> FakeFactSource {
        let source = FakeFactSource()
        let cole = source.entity("Ann Cole", .person, aliases: ["Cole"])
        let ortega = source.entity("Raul Ortega", .person, aliases: ["Ortega"])
        _ = source.sentence("On Monday Judge Ann Cole sentenced a doctor to ten years.", mentions: [("Ann Cole", .entity(.person), cole)])
        // The pronoun went to the judge, the nearest person; the doctor is named only later.
        _ = source.sentence("He was awarded $9,000 in back pay by a civil court.", mentions: [
            ("He", .entity(.person), cole), ("$9,000", .value(.money), nil)])
        _ = source.sentence("Dr. Raul Ortega was convicted in May.", mentions: [("Raul Ortega", .entity(.person), ortega)])
        _ = source.sentence("Cole was awarded $500 in costs in 2019.", mentions: [("Cole", .entity(.person), cole), ("$500", .value(.money), nil)])
        _ = source.sentence("Ortega had practised in Riverton for a decade.", mentions: [("Ortega", .entity(.person), ortega)])
        _ = source.sentence("Ortega plans to appeal.", mentions: [("Ortega", .entity(.person), ortega)])
        return source
    }

    let engine = QueryEngine(source: makeCourtStory(), lexicon: FakeLexicon())

    @Test func aPronounStandsInWhenNoSentenceNamesThePerson() {
        #expect(answers("how much was Ortega awarded") == ["$9,000"])
    }

    @Test func aPronounInAnArticleThatNeverNamesThePersonStandsInForNobody() {
        let source = FakeFactSource()
        let ortega = source.entity("Raul Ortega", .person, aliases: ["Ortega"])
        let cole = source.entity("Ann Cole", .person, aliases: ["Cole"])
        _ = source.sentence("Dr. Raul Ortega was convicted in May.", mentions: [("Raul Ortega", .entity(.person), ortega)])
        _ = source.sentence("Judge Ann Cole retired.", mentions: [("Ann Cole", .entity(.person), cole)], document: 1)
        _ = source.sentence("She was awarded $7,000 in back pay.", mentions: [
            ("She", .entity(.person), cole), ("$7,000", .value(.money), nil)], document: 1)
        let engine = QueryEngine(source: source, lexicon: FakeLexicon())
        guard case .success(let table)? = engine.run("how much was Ortega awarded").first else { Issue.record("no answer table"); return }
        #expect(table.rows.isEmpty, "\(table.rows.map(\.values))")
    }

    @Test func aSentenceNamingThePersonComesFirst() {
        // Cole is named in an "awarded" sentence: the pronoun's sentence is not needed.
        #expect(answers("how much was Cole awarded") == ["$500"])
    }
}
