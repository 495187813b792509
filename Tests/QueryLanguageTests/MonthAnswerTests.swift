import FactModel
import Testing
@testable import QueryLanguage

/// "arrested in May": the month is a date, though its word is also the auxiliary "may", so it is
/// no answer of function words only.
@Suite struct MonthAnswerTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let ivo = source.entity("Ivo Lind", .person, aliases: ["Lind"])
        let arrested = source.sentence("Ivo Lind was arrested in May.", mentions: [
            ("Ivo Lind", .entity(.person), ivo), ("May", .value(.date), nil)])
        let may = TypedValue(kind: .date, text: "May", normalized: "XXXX-05")
        source.add(Argument(text: "Ivo Lind", head: "Lind", entity: ivo), "arrest", nil,
                   qualifiers: [Qualifier(marker: "in", argument: Argument(text: "May", head: "May", value: may))],
                   voice: .passive, surface: "was arrested", at: arrested)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func theMonthMayAnswersWhen() {
        #expect(answers("when was Ivo Lind arrested") == ["May"])
    }
}
