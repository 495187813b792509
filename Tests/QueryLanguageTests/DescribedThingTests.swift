import Testing
import FactModel
@testable import QueryLanguage

/// "how did Ortiz describe the bridge" when nothing says she "described it as" anything: what she
/// said about it answers (`QuestionAnswerer.describedThing`).
@Suite struct DescribedThingTests: AsksQuestions {
    let engine = QueryEngine(source: makeOpeningBridgeStory(), lexicon: FakeLexicon())

    @Test func howSomeoneDescribedAThingIsWhatTheySaidAboutIt() {
        #expect(answers("how did Ortiz describe the bridge") == ["The bridge is a triumph of engineering"])
    }
}

private func makeOpeningBridgeStory() -> FakeFactSource {
    let source = FakeFactSource()
    let ortiz = source.entity("Lena Ortiz", .person, aliases: ["Ortiz"])
    let s0 = source.sentence("\u{201C}The bridge is a triumph of engineering,\u{201D} Ortiz said.", mentions: [("Ortiz", .entity(.person), ortiz)])
    source.add(Argument(text: "Ortiz", head: "Ortiz", entity: ortiz), "say",
               Argument(text: "The bridge is a triumph of engineering", head: "triumph"), kind: .attribution, at: s0)
    let s1 = source.sentence("Ortiz opened the bridge on Monday.", mentions: [("Ortiz", .entity(.person), ortiz), ("Monday", .value(.date), nil)])
    source.add(Argument(text: "Ortiz", head: "Ortiz", entity: ortiz), "open", Argument(text: "the bridge", head: "bridge"), at: s1)
    return source
}
