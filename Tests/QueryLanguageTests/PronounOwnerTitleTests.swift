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

/// "His lawyer, Rui Sousa, ..." and "his former deputy, Eva Lind": a role owned by a pronoun
/// linked to the asked person answers only when it is the asked role.
@Suite struct PronounOwnedRoleTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vaz = source.entity("Tomas Vaz", .person, aliases: ["Vaz"])
        let sousa = source.entity("Rui Sousa", .person, aliases: ["Sousa"])
        let lind = source.entity("Eva Lind", .person, aliases: ["Lind"])
        _ = source.sentence("Tomas Vaz was jailed for fraud.", mentions: [("Tomas Vaz", .entity(.person), vaz)])
        let deputy = source.sentence("His former deputy, Eva Lind, was also convicted.", mentions: [
            ("His", .entity(.person), vaz), ("Eva Lind", .entity(.person), lind)])
        source.add(Argument(text: "Eva Lind", head: "Eva Lind", entity: lind), "be",
                   Argument(text: "His former deputy", head: "deputy", entity: vaz), kind: .appositive, at: deputy)
        let lawyer = source.sentence("His lawyer, Rui Sousa, said Vaz would appeal.", mentions: [
            ("His", .entity(.person), vaz), ("Rui Sousa", .entity(.person), sousa)])
        source.facts.append(Fact(
            subject: Argument(text: "Rui Sousa", head: "Rui Sousa", entity: sousa), predicate: Predicate(surface: "lawyer", lemma: "lawyer"),
            qualifiers: [Qualifier(marker: "of", argument: Argument(text: "His", head: "His", entity: vaz))],
            kind: .title, confidence: 0.9, provenance: lawyer))
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func onlyTheAskedRoleOfTheOwnerAnswers() {
        #expect(answers("who is Vaz's lawyer") == ["Rui Sousa"])
        #expect(answers("who is Vaz's deputy") == ["Eva Lind"])
    }
}
