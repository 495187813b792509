import Testing
import FactModel
@testable import QueryLanguage

/// "According to X, the Y, Z, said ...": the description belongs to Z; X is only cited, even when
/// the extractor apposed the description to it as well.
@Suite struct CitedSourceFactTests: AsksQuestions {
    let engine = QueryEngine(source: makeCitedStory(), lexicon: FakeLexicon())

    @Test func theCitedSourceIsNotTheHolderOfTheDescription() {
        #expect(answers("who is the police chief of Port Ely") == ["Ada Moss"])
    }

    @Test func aCitedSourceAloneStays() {
        // No other answer from its sentence: the apposition may be right ("According to Ivo Lund,
        // the harbour master, ...").
        #expect(answers("who is the harbour master") == ["Ivo Lund"])
    }
}

private func makeCitedStory() -> FakeFactSource {
    let source = FakeFactSource()
    let kora = source.entity("Kora", .organization)
    let moss = source.entity("Ada Moss", .person, aliases: ["Moss"])
    let lund = source.entity("Ivo Lund", .person, aliases: ["Lund"])
    let s0 = source.sentence("According to state news agency Kora, the police chief of Port Ely, Ada Moss, said the road was closed.", mentions: [
        ("Kora", .entity(.organization), kora), ("Ada Moss", .entity(.person), moss)])
    let chief = Argument(text: "the police chief of Port Ely", head: "chief")
    source.add(Argument(text: "Kora", head: "Kora", entity: kora), "be", chief, kind: .appositive, at: s0)
    source.add(Argument(text: "Ada Moss", head: "Ada Moss", entity: moss), "be", chief, kind: .appositive, at: s0)
    let s1 = source.sentence("According to Ivo Lund, the harbour master, the pier will reopen.", mentions: [("Ivo Lund", .entity(.person), lund)])
    source.add(Argument(text: "Ivo Lund", head: "Ivo Lund", entity: lund), "be", Argument(text: "the harbour master", head: "master"),
               kind: .appositive, at: s1)
    return source
}
