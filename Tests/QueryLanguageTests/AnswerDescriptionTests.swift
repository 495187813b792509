import Testing
import FactModel
@testable import QueryLanguage

/// "owned by the Danish company Harlow Group": the description the sentence apposes to a name
/// that answers is that answer described, not a second answer.
@Suite struct AnswerDescriptionTests: AsksQuestions {
    let engine = QueryEngine(source: makeOwnersStory(), lexicon: FakeLexicon())

    @Test func aDescriptionOfAnAnswerIsNoFurtherAnswer() {
        #expect(answers("who owns the warehouse") == ["Harlow Group"])
    }

    @Test func aDescriptionOfNoAnswerStays() {
        // The same kind of phrase, apposed to no one, is an answer of its own.
        #expect(answers("who owns the depot") == ["the Dutch company"])
    }
}

private func makeOwnersStory() -> FakeFactSource {
    let source = FakeFactSource()
    let harlow = source.entity("Harlow Group", .organization)
    let s0 = source.sentence("The warehouse is owned by the Danish company Harlow Group.", mentions: [
        ("Harlow Group", .entity(.organization), harlow)])
    let company = Argument(text: "the Danish company", head: "company")
    source.add(company, "own", Argument(text: "The warehouse", head: "warehouse"), at: s0)
    source.add(Argument(text: "Harlow Group", head: "Harlow Group", entity: harlow), "own", Argument(text: "The warehouse", head: "warehouse"),
               kind: .derived, at: s0)
    source.add(Argument(text: "Harlow Group", head: "Harlow Group", entity: harlow), "be", company, kind: .appositive, at: s0)
    let s1 = source.sentence("The depot is owned by the Dutch company.", mentions: [])
    source.add(Argument(text: "the Dutch company", head: "company"), "own", Argument(text: "The depot", head: "depot"), at: s1)
    return source
}
