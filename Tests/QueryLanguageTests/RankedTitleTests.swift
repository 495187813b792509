import FactModel
import Testing
@testable import QueryLanguage

/// "who is the governor": a deputy governor holds another, lower role.
@Suite struct RankedTitleTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("Governor Sigrun Holt announced the rise; deputy governor Einar Berg preferred less.")
        _ = source.entity("Sigrun Holt", .person, titles: [Title(role: "Governor", provenance: s0)])
        _ = source.entity("Einar Berg", .person, titles: [Title(role: "deputy governor", provenance: s0)])
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func aDeputyIsNotTheHolderOfTheRole() {
        #expect(answers("who is the governor") == ["Sigrun Holt"])
        #expect(answers("who is the deputy governor") == ["Einar Berg"])
    }
}
