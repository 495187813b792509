import Testing
import FactModel
@testable import QueryLanguage

/// "who was the club's first coach": a copula whose subject is the description names the holder
/// as its object, and a description with another modifier of the role ("the last coach") holds
/// another role (`QuestionAnswerer.holders`).
@Suite struct DescriptionAsCopulaSubjectTests: AsksQuestions {
    let engine = QueryEngine(source: makeCoachStory(), lexicon: FakeLexicon())

    @Test func aDescriptionAsTheSubjectOfACopulaNamesItsObject() {
        #expect(answers("who was the club's first coach") == ["Ana Ruiz"])
    }

    @Test func anotherModifierOfTheRoleIsAnotherRole() {
        #expect(answers("who was the last coach") == ["Omar Reyes"])
    }
}

private func makeCoachStory() -> FakeFactSource {
    let source = FakeFactSource()
    let club = source.entity("Harbor Rovers", .organization, aliases: ["Rovers", "club"])
    let ruiz = source.entity("Ana Ruiz", .person, aliases: ["Ruiz"])
    let reyes = source.entity("Omar Reyes", .person, aliases: ["Reyes"])
    let s0 = source.sentence("The club's first coach was Ana Ruiz, a teacher.", mentions: [
        ("club", .entity(.organization), club), ("Ana Ruiz", .entity(.person), ruiz)])
    source.add(Argument(text: "The club's first coach", head: "coach"), "be", Argument(text: "Ana Ruiz", head: "Ana Ruiz", entity: ruiz),
               kind: .copula, at: s0)
    let s1 = source.sentence("The last coach, Omar Reyes, left in May.", mentions: [("Omar Reyes", .entity(.person), reyes)])
    source.add(Argument(text: "Omar Reyes", head: "Omar Reyes", entity: reyes), "be", Argument(text: "The last coach", head: "coach"),
               kind: .appositive, at: s1)
    return source
}
