import Testing
import FactModel
@testable import QueryLanguage

/// "what happened to X": what was done to X (X the object, or the subject of a passive).
@Suite struct HappenedToTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let lind = source.entity("Nora Lind", .person, aliases: ["Lind"])
        let s1 = source.sentence("The council fined Nora Lind.", mentions: [("Nora Lind", .entity(.person), lind)])
        source.add(Argument(text: "The council", head: "council"), "fine", Argument(text: "Nora Lind", head: "Nora Lind", entity: lind),
                   surface: "fined", at: s1)
        let s2 = source.sentence("Lind was arrested in May.", mentions: [("Lind", .entity(.person), lind), ("May", .value(.date), nil)])
        source.add(Argument(text: "Lind", head: "Lind", entity: lind), "arrest", nil,
                   qualifiers: [Qualifier(marker: "in", argument: Argument(text: "May", head: "May"))], voice: .passive, surface: "was arrested", at: s2)
        let s3 = source.sentence("Lind praised the mayor.", mentions: [("Lind", .entity(.person), lind)])
        source.add(Argument(text: "Lind", head: "Lind", entity: lind), "praise", Argument(text: "the mayor", head: "mayor"), at: s3)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func whatWasDoneToThePersonAnswers() {
        let found = answers("what happened to Lind")
        #expect(Set(found) == ["The council fined Nora Lind", "Lind was arrested in May"], "\(found)")
    }
}
