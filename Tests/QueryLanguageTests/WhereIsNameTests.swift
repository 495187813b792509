import Testing
import FactModel
@testable import QueryLanguage

/// "where is X" for a named thing: what X is ("a former church") is not where it is.
@Suite struct WhereIsNameTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let tower = source.entity("Kestrel Tower", .place)
        let oslo = source.entity("Oslo", .place)
        let s1 = source.sentence("Kestrel Tower, a former church, reopened as a museum.", mentions: [("Kestrel Tower", .entity(.place), tower)])
        source.add(Argument(text: "Kestrel Tower", head: "Kestrel Tower", entity: tower), "be",
                   Argument(text: "a former church", head: "church"), kind: .appositive, at: s1)
        _ = source.sentence("Crowds gathered at Kestrel Tower in Oslo on Sunday.", mentions: [
            ("Kestrel Tower", .entity(.place), tower), ("Oslo", .entity(.place), oslo), ("Sunday", .value(.date), nil)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func aDescriptionNamingNoPlaceDoesNotSayWhere() {
        #expect(answers("where is Kestrel Tower") == ["Oslo"])
    }
}
