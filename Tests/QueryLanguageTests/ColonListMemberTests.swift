import Testing
import FactModel
@testable import QueryLanguage

/// "three rowers quit the club: Ola Berg, a coach, and Tor Lind, ...": the people listed after the
/// colon answer "who quit the club", not the group.
@Suite struct ColonListMemberTests: AsksQuestions {
    let engine = QueryEngine(source: makeClubStory(), lexicon: FakeLexicon())

    @Test func thePeopleListedAfterTheColonAnswer() {
        #expect(Set(answers("who quit the club")) == ["Ola Berg", "Tor Lind"])
    }

    @Test func aGroupWithNoListStays() {
        #expect(answers("who joined the club") == ["rowers"])
    }
}

private func makeClubStory() -> FakeFactSource {
    let source = FakeFactSource()
    let rowers = source.entity("rowers", .group)
    let berg = source.entity("Ola Berg", .person, aliases: ["Berg"])
    let lind = source.entity("Tor Lind", .person, aliases: ["Lind"])
    let s0 = source.sentence("After the vote, three rowers quit the club: Ola Berg, a coach, and Tor Lind, a student, left the same day.", mentions: [
        ("three rowers", .entity(.group), rowers), ("Ola Berg", .entity(.person), berg), ("Tor Lind", .entity(.person), lind)])
    source.add(Argument(text: "three rowers", head: "rowers", entity: rowers), "quit", Argument(text: "the club", head: "club"), at: s0)
    let s1 = source.sentence("Later, new rowers joined the club.", mentions: [("rowers", .entity(.group), rowers)])
    source.add(Argument(text: "new rowers", head: "rowers", entity: rowers), "join", Argument(text: "the club", head: "club"), at: s1)
    return source
}
