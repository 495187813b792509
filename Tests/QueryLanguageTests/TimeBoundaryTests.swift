import FactModel
import Testing
@testable import QueryLanguage

/// "since when" and "until when" ask for the time the sentence introduces with a matching
/// preposition; the other times of the sentences go when one is so introduced.
@Suite struct TimeBoundaryTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        _ = source.sentence("Lena Vik was attacked last night at the harbour festival.", mentions: [
            ("Lena Vik", .entity(.person), vik), ("last night", .value(.date), nil)])
        _ = source.sentence("Vik has been harbour master since 1998.", mentions: [("Vik", .entity(.person), vik), ("1998", .value(.date), nil)])
        _ = source.sentence("The harbour stays closed through October 14; the festival deadline is October 31.", mentions: [
            ("October 14", .value(.date), nil), ("October 31", .value(.date), nil)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func sinceWhenAsksForTheStart() {
        #expect(answers("since when has Vik been harbour master") == ["1998"])
    }

    @Test func untilWhenAsksForTheEnd() {
        #expect(answers("until when does the harbour stay closed") == ["October 14"])
    }

    @Test func whenAloneKeepsEveryTime() {
        #expect(answers("when does the harbour stay closed").count == 2)
    }
}

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
