import Testing
import FactModel
@testable import QueryLanguage

/// "where was the wreck found" when the finding names no place and another sentence says where the
/// wreck lies: where a thing was found is where it is (`QuestionAnswerer.discoveryVerbs`).
@Suite struct FoundPlaceTests: AsksQuestions {
    let engine = QueryEngine(source: makeWreckStory(), lexicon: FakeLexicon())

    @Test func whereAThingWasFoundIsWhereItIs() {
        #expect(answers("where was the wreck found") == ["Kalos"])
    }
}

private func makeWreckStory() -> FakeFactSource {
    let source = FakeFactSource()
    let divers = source.sentence("Greek divers have found the wreck of a cargo ship, the ministry said on Monday.", mentions: [
        ("Monday", .value(.date), nil)])
    source.add(Argument(text: "Greek divers", head: "diver"), "find", Argument(text: "the wreck of a cargo ship", head: "wreck"),
               surface: "have found", at: divers)
    let kalos = source.entity("Kalos", .place)
    let lies = source.sentence("The wreck lies at a depth of 40 metres off the village of Kalos.", mentions: [
        ("40 metres", .value(.quantity), nil), ("Kalos", .entity(.place), kalos)])
    source.add(Argument(text: "The wreck", head: "wreck"), "lie", Argument(text: "a depth of 40 metres", head: "depth"),
               qualifiers: [Qualifier(marker: "off", argument: Argument(text: "the village of Kalos", head: "village"))],
               surface: "lies at", at: lies)
    return source
}
