import FactModel
import Testing
@testable import QueryLanguage

/// "where did Vance issue his statement": a site named before the place it lies in ("at his golf
/// club outside Westport") answers with both, not the place alone.
@Suite struct SiteBeforePlaceTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vance = source.entity("Ida Vance", .person, aliases: ["Vance"])
        let westport = source.entity("Westport", .place)
        let s0 = source.sentence("Vance issued a statement at his golf club outside Westport.", mentions: [
            ("Vance", .entity(.person), vance), ("his", .entity(.person), vance), ("Westport", .entity(.place), westport)])
        source.add(Argument(text: "Vance", head: "Vance", entity: vance), "issue", Argument(text: "a statement", head: "statement"),
                   qualifiers: [Qualifier(marker: "at", argument: Argument(text: "his golf club outside Westport", head: "club"))],
                   surface: "issued", at: s0)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theSiteAndItsPlaceAnswerWhere() {
        #expect(answers("where did Vance issue a statement") == ["his golf club outside Westport"])
    }
}

/// "where did Thunberg start her protest": what a non-locative marker holds ("instead of
/// attending school") and an age, count or time ("at the age of fifteen") are no place.
@Suite struct NotAPlaceTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        let s0 = source.sentence("Vik began her protest at the age of fifteen, outside the harbour office, instead of attending school.",
                                 mentions: [("Vik", .entity(.person), vik)])
        source.add(Argument(text: "Vik", head: "Vik", entity: vik), "begin", Argument(text: "her protest", head: "protest"),
                   qualifiers: [
                    Qualifier(marker: "at", argument: Argument(text: "the age of fifteen", head: "age",
                                                               value: TypedValue(kind: .age, text: "fifteen", normalized: "15", amount: 15))),
                    Qualifier(marker: "outside", argument: Argument(text: "the harbour office", head: "office")),
                    Qualifier(marker: "instead of", argument: Argument(text: "attending school", head: "school")),
                   ], surface: "began", at: s0)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func onlyTheLocativePhraseIsWhere() {
        #expect(answers("where did Vik begin her protest") == ["the harbour office"])
    }
}
