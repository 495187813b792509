import Testing
import FactModel
@testable import QueryLanguage

/// "Mourners at the funeral included Tom Vale's aides and such figures as singer Ada Moss and
/// painter Ivo Lund": the names after "included" are the mourners, however far the list runs; the
/// role noun itself and a possessor are not.
@Suite struct IncludedHoldersTests: AsksQuestions {
    let engine = QueryEngine(source: makeFuneralStory(), lexicon: FakeLexicon())

    @Test func theNamesAfterIncludedHoldTheRole() {
        let found = Set(answers("who were the mourners at the funeral"))
        #expect(found.isSuperset(of: ["Ada Moss", "Ivo Lund"]))
        #expect(!found.contains("Mourners"))
        #expect(!found.contains("Tom Vale"))
    }
}

private func makeFuneralStory() -> FakeFactSource {
    let source = FakeFactSource()
    let mourners = source.entity("Mourners", .group)
    let vale = source.entity("Tom Vale", .person, aliases: ["Vale"])
    let moss = source.entity("Ada Moss", .person, aliases: ["Moss"])
    let lund = source.entity("Ivo Lund", .person, aliases: ["Lund"])
    _ = source.sentence("Mourners at the funeral included Tom Vale's aides and such figures as singer Ada Moss and painter Ivo Lund.", mentions: [
        ("Mourners", .entity(.group), mourners), ("Tom Vale", .entity(.person), vale), ("Ada Moss", .entity(.person), moss),
        ("Ivo Lund", .entity(.person), lund)])
    return source
}
