import Testing
import FactModel
@testable import QueryLanguage

/// "which office suspended the permit": an organisation whose name holds the asked noun is of
/// that kind, though "office" (like "post" or "title") also asks for a role someone holds.
@Suite struct KindInNameTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let office = source.entity("Federal Aviation Office of Ruritania", .organization)
        let airline = source.entity("Blue Air", .organization)
        let s0 = source.sentence("The Federal Aviation Office of Ruritania has suspended Blue Air's permit.", mentions: [
            ("Federal Aviation Office of Ruritania", .entity(.organization), office), ("Blue Air", .entity(.organization), airline)])
        source.add(Argument(text: "The Federal Aviation Office of Ruritania", head: "Office", entity: office), "suspend",
                   Argument(text: "Blue Air's permit", head: "permit"), at: s0)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func anOrganisationNamedForTheKindAnswersWhichKind() {
        #expect(answers("which office suspended Blue Air's permit") == ["Federal Aviation Office of Ruritania"])
    }
}
