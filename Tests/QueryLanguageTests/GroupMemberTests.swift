import Testing
import FactModel
@testable import QueryLanguage

/// A counted group stands for the people the article names with its noun
/// (`QuestionAnswerer+GroupMembers.swift`), over a hand-written story.
@Suite struct GroupMemberTests: AsksQuestions {
    let engine = QueryEngine(source: makeGuardStory(), lexicon: FakeLexicon())

    @Test func aCountedGroupIsAnsweredByTheNamesGivenItsNoun() {
        #expect(Set(answers("which guards were fired")) == ["Ana Lopez", "Tim Berg"])
        #expect(Set(answers("who was fired")) == ["Ana Lopez", "Tim Berg"])
    }

    @Test func anArgumentResolvedToAGroupMatchesByTheGroupsName() {
        // "Both received awards": "Both" was resolved to the nurses.
        #expect(answers("what did the two nurses receive") == ["awards"])
    }

    @Test func aGroupWhoseCountTheNamesDoNotMatchStaysAsItIs() {
        #expect(answers("who was praised") == ["three nurses"])
    }
}

private func makeGuardStory() -> FakeFactSource {
    let source = FakeFactSource()
    let guards = source.entity("prison guards", .group)
    let nurses = source.entity("three nurses", .group)
    let ana = source.entity("Ana Lopez", .person)
    let tim = source.entity("Tim Berg", .person)
    let eve = source.entity("Eve Hall", .person)
    let fired = source.sentence("Two prison guards were fired on Monday.", mentions: [("prison guards", .entity(.group), guards)])
    source.add(Argument(text: "Two prison guards", head: "prison guards", entity: guards,
                        value: TypedValue(kind: .number, text: "Two", normalized: "2", amount: 2)),
               "fire", nil, voice: .passive, at: fired)
    let named = source.sentence("The warden named guards Ana Lopez and Tim Berg.", mentions: [
        ("Ana Lopez", .entity(.person), ana), ("Tim Berg", .entity(.person), tim)])
    for (name, id) in [("Ana Lopez", ana), ("Tim Berg", tim)] {
        source.add(Argument(text: name, head: name, entity: id), "be", Argument(text: "guards", head: "guard"), kind: .appositive, at: named)
    }
    let praised = source.sentence("Three nurses were praised.", mentions: [("three nurses", .entity(.group), nurses)])
    source.add(Argument(text: "three nurses", head: "nurses", entity: nurses,
                        value: TypedValue(kind: .number, text: "three", normalized: "3", amount: 3)),
               "praise", nil, voice: .passive, at: praised)
    let both = source.sentence("Both received awards.", mentions: [("Both", .entity(.group), nurses)])
    source.add(Argument(text: "Both", head: "both", entity: nurses), "receive", Argument(text: "awards", head: "award"), at: both)
    let nurse = source.sentence("A nurse, Eve Hall, spoke.", mentions: [("Eve Hall", .entity(.person), eve)])
    source.add(Argument(text: "Eve Hall", head: "Eve Hall", entity: eve), "be", Argument(text: "A nurse", head: "nurse"), kind: .appositive, at: nurse)
    return source
}

/// "World leaders including X and Y honored the sultan": the people the group's own phrase
/// lists after "including" answer for it (`QuestionAnswerer.listedMembers`).
@Suite struct IncludedMemberTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let leaders = source.entity("world leaders", .group)
        let ana = source.entity("Ana Lopez", .person)
        let tim = source.entity("Tim Berg", .person)
        let mayor = source.entity("Eve Hall", .person)
        let paid = source.sentence("World leaders including Ana Lopez and Tim Berg honored the sultan, Eve Hall said.", mentions: [
            ("world leaders", .entity(.group), leaders), ("Ana Lopez", .entity(.person), ana), ("Tim Berg", .entity(.person), tim),
            ("Eve Hall", .entity(.person), mayor)])
        source.add(Argument(text: "World leaders including Ana Lopez and Tim Berg", head: "leaders", entity: leaders), "honor",
                   Argument(text: "the sultan", head: "sultan"), surface: "honored", at: paid)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func thePeopleListedAfterIncludingAnswerForTheGroup() {
        #expect(Set(answers("who honored the sultan")) == ["Ana Lopez", "Tim Berg"])
    }
}
