import Testing
import FactModel
@testable import QueryLanguage

/// "The Rectors' Council (RC) backed the strike. Its president, Ana Ruiz, said ...": a title
/// whose owner is a possessive pronoun linked to the asked organisation names that owner
/// (`QuestionAnswerer.holders`), so she answers "who is the president of RC" ahead of the
/// president of another body.
@Suite struct PronounOwnerTitleTests: AsksQuestions {
    let engine = QueryEngine(source: makeCouncilStory(), lexicon: FakeLexicon())

    @Test func aTitleOwnedByAPronounForTheAskedOwnerAnswers() {
        #expect(answers("who is the president of RC") == ["Ana Ruiz"])
    }
}

private func makeCouncilStory() -> FakeFactSource {
    let source = FakeFactSource()
    let council = source.entity("Rectors' Council", .organization, aliases: ["RC"])
    let union = source.entity("Teachers Union", .organization)
    let ruiz = source.entity("Ana Ruiz", .person, aliases: ["Ruiz"])
    let berg = source.entity("Ola Berg", .person, aliases: ["Berg"])
    let s0 = source.sentence("The Rectors' Council (RC) backed the strike.", mentions: [("Rectors' Council", .entity(.organization), council)])
    source.add(Argument(text: "The Rectors' Council", head: "Council", entity: council), "back", Argument(text: "the strike", head: "strike"), at: s0)
    let s1 = source.sentence("Its president, Ana Ruiz, said the rectors had no money.", mentions: [
        ("Its", .entity(.organization), council), ("Ana Ruiz", .entity(.person), ruiz)])
    source.facts.append(Fact(
        subject: Argument(text: "Ana Ruiz", head: "Ana Ruiz", entity: ruiz), predicate: Predicate(surface: "president", lemma: "president"),
        qualifiers: [Qualifier(marker: "of", argument: Argument(text: "Its", head: "Its", entity: council))],
        kind: .title, confidence: 0.9, provenance: s1))
    let s2 = source.sentence("Ola Berg, the union's president, welcomed the talks.", mentions: [
        ("Ola Berg", .entity(.person), berg), ("union", .entity(.organization), union)])
    source.facts.append(Fact(
        subject: Argument(text: "Ola Berg", head: "Ola Berg", entity: berg), predicate: Predicate(surface: "president", lemma: "president"),
        qualifiers: [Qualifier(marker: "of", argument: Argument(text: "the union", head: "union", entity: union))],
        kind: .title, confidence: 0.9, provenance: s2))
    return source
}
