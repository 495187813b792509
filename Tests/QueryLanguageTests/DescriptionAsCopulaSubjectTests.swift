import Testing
import FactModel
@testable import QueryLanguage

/// "who was the club's first coach": a copula (or an appositive) whose subject is the description
/// names the holder as its object, and a description with another modifier of the role ("the last coach") holds
/// another role (`QuestionAnswerer.holders`).
@Suite struct DescriptionAsCopulaSubjectTests: AsksQuestions {
    let engine = QueryEngine(source: makeCoachStory(), lexicon: FakeLexicon())

    @Test func aDescriptionAsTheSubjectOfACopulaNamesItsObject() {
        #expect(answers("who was the club's first coach") == ["Ana Ruiz"])
    }

    @Test func aTitleWrittenBeforeTheNameNamesItsHolder() {
        // "Team doctor Lena Park", read as the appositive (Team doctor; be; Lena Park): the answer
        // comes from that fact, not from the sentence.
        guard case .success(let table)? = engine.run("who is the team doctor").first else { Issue.record("no table"); return }
        #expect(table.rows.map { $0.values[0] } == ["Lena Park"])
        #expect(table.rows.first?.evidence.first?.fromSentence == false)
    }

    @Test func aDescriptionWithoutItsOwnerHoldsOnlyInTheOwnersArticles() {
        // "the coach's father" in the first article; a father in a second article that never
        // mentions the coach is someone else's.
        #expect(answers("who is Ruiz's father") == ["Tomas Ruiz"])
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
    let tomas = source.entity("Tomas Ruiz", .person)
    let s3 = source.sentence("Her father, Tomas Ruiz, watched from the stands.", mentions: [("Tomas Ruiz", .entity(.person), tomas)])
    source.add(Argument(text: "Tomas Ruiz", head: "Tomas Ruiz", entity: tomas), "be", Argument(text: "Her father", head: "father"),
               kind: .appositive, at: s3)
    let stranger = source.entity("Piet Hale", .person)
    let s4 = source.sentence("The father, Piet Hale, thanked the rescuers.", mentions: [("Piet Hale", .entity(.person), stranger)], document: 1)
    source.add(Argument(text: "Piet Hale", head: "Piet Hale", entity: stranger), "be", Argument(text: "The father", head: "father"),
               kind: .appositive, at: s4)
    let park = source.entity("Lena Park", .person, aliases: ["Park"])
    let s2 = source.sentence("Team doctor Lena Park said the players were fit.", mentions: [("Lena Park", .entity(.person), park)])
    source.add(Argument(text: "Team doctor", head: "doctor"), "be", Argument(text: "Lena Park", head: "Lena Park", entity: park),
               kind: .appositive, at: s2)
    return source
}
