import Testing
import FactModel
@testable import QueryLanguage

/// "how long is the tunnel" over "The 12-kilometre tunnel opened two years late": the length
/// written before the noun answers, not the time (`QuestionAnswerer.lengthsWrittenBefore`).
@Suite struct WrittenLengthTests: AsksQuestions {
    let engine = QueryEngine(source: makeTunnelStory(), lexicon: FakeLexicon())

    @Test func aLengthWrittenBeforeTheNounAnswersHowLong() {
        #expect(answers("how long is the tunnel") == ["12-kilometre"])
    }

    @Test func aLengthOfAnotherNounIsNotTheThingsLength() {
        // "a 3-kilometre stretch of the road": the stretch is 3 km long, not the road.
        #expect(!answers("how long is the road").contains("3-kilometre"))
    }
}

private func makeTunnelStory() -> FakeFactSource {
    let source = FakeFactSource()
    let opening = source.sentence("The 12-kilometre tunnel under the harbour opened on Monday, two years late.", mentions: [
        ("12-kilometre", .value(.quantity), nil), ("Monday", .value(.date), nil), ("two years", .value(.duration), nil)])
    source.add(Argument(text: "The 12-kilometre tunnel under the harbour", head: "tunnel"), "open", nil,
               qualifiers: [Qualifier(marker: "on", argument: Argument(text: "Monday", head: "Monday",
                                                                       value: TypedValue(kind: .date, text: "Monday", normalized: "XXXX-WXX-1")))],
               at: opening)
    let works = source.sentence("Work closed a 3-kilometre stretch of the road for two years.", mentions: [
        ("3-kilometre", .value(.quantity), nil), ("two years", .value(.duration), nil)])
    source.add(Argument(text: "Work", head: "work"), "close", Argument(text: "a 3-kilometre stretch of the road", head: "stretch"),
               qualifiers: [Qualifier(marker: "for", argument: Argument(text: "two years", head: "year",
                                                                        value: TypedValue(kind: .duration, text: "two years", normalized: "P2Y")))],
               at: works)
    return source
}
