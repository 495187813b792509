import Testing
import FactModel
@testable import QueryLanguage

/// "how many people were rescued" over "Forty-two passengers were rescued": the number of a
/// counted group of people answers, though the noun is another (`QuestionAnswerer.candidatesFrom`,
/// `focusing`), and the people killed in another sentence do not; a bare number, its noun left
/// out ("injuring 31"), answers alone.
@Suite struct CountedGroupTests: AsksQuestions {
    let engine = QueryEngine(source: makeCapsizeStory(), lexicon: FakeLexicon())

    @Test func aCountedGroupOfPeopleAnswersHowManyPeople() {
        #expect(answers("how many people were rescued") == ["Forty-two"])
    }

    @Test func aNumberWhoseNounIsLeftOutAnswersAlone() {
        // "killing 9 people and injuring 31": the injured are 31, and the fallback adds no 9.
        #expect(answers("how many people were injured") == ["31"])
    }

    @Test func aCountedGroupOfAnotherNounDoesNotAnswer() {
        // The passengers are no sailors (the sentences count them).
        #expect(!answers("how many sailors were rescued").contains("Forty-two"))
    }
}

private func makeCapsizeStory() -> FakeFactSource {
    let source = FakeFactSource()
    let lake = source.entity("Lake Orla", .place)
    let capsize = source.sentence("A boat capsized on Lake Orla on Sunday, killing at least 9 people and injuring 31.", mentions: [
        ("Lake Orla", .entity(.place), lake), ("at least 9", .value(.number), nil), ("31", .value(.number), nil)])
    source.add(Argument(text: "A boat", head: "boat"), "capsize", nil,
               qualifiers: [Qualifier(marker: "on", argument: Argument(text: "Lake Orla", head: "Lake Orla", entity: lake))], at: capsize)
    source.add(Argument(text: "A boat", head: "boat"), "injure",
               Argument(text: "31", head: "31", value: TypedValue(kind: .number, text: "31", normalized: "31", amount: 31)), at: capsize)
    let passengers = source.entity("passengers", .group)
    let rescue = source.sentence("Forty-two passengers were rescued by fishermen.", mentions: [
        ("Forty-two", .value(.number), nil), ("passengers", .entity(.group), passengers)])
    source.add(Argument(text: "Forty-two passengers", head: "passengers", entity: passengers,
                        value: TypedValue(kind: .number, text: "Forty-two", normalized: "42", amount: 42)),
               "rescue", nil, qualifiers: [Qualifier(marker: "by", argument: Argument(text: "fishermen", head: "fisherman"))],
               voice: .passive, at: rescue)
    _ = source.sentence("Three sailors were also brought ashore.", mentions: [("Three", .value(.number), nil)])
    return source
}
