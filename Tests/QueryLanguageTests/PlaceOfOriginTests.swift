import Testing
import FactModel
@testable import QueryLanguage

/// "which state is X from": the place written right after X's name with "of", or right before
/// it over a role word, not another place of the same sentence.
@Suite struct PlaceOfOriginTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let roe = source.entity("Ann Roe", .person, aliases: ["Roe"])
        let lee = source.entity("Dan Lee", .person, aliases: ["Lee"])
        let long = source.entity("Cy Long", .person, aliases: ["Long"])
        let vermont = source.entity("Vermont", .place)
        let ohio = source.entity("Ohio", .place)
        _ = source.sentence("It was backed by Senators Ann Roe of Vermont and Dan Lee of Ohio.", mentions: [
            ("Ann Roe", .entity(.person), roe), ("Vermont", .entity(.place), vermont),
            ("Dan Lee", .entity(.person), lee), ("Ohio", .entity(.place), ohio)])
        _ = source.sentence("A judge in Vermont sentenced Ohio man Cy Long on Friday.", mentions: [
            ("Vermont", .entity(.place), vermont), ("Ohio", .entity(.place), ohio), ("Cy Long", .entity(.person), long)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func thePlaceAfterTheNameWithOf() {
        #expect(answers("which state is Dan Lee from") == ["Ohio"])
        #expect(answers("which state is Ann Roe from") == ["Vermont"])
    }

    @Test func thePlaceBeforeTheNameOverARoleWord() {
        #expect(answers("which state is Cy Long from") == ["Ohio"])
    }
}
