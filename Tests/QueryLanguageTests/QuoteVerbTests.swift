import Testing
import FactModel
@testable import QueryLanguage

/// "what did X claim" (or write, tweet) is answered by what X claimed, ahead of everything else X
/// said; "what did X say" by any statement.
@Suite struct QuoteVerbTests: AsksQuestions {
    let engine = QueryEngine(source: makeFennStory(), lexicon: FakeLexicon())

    @Test func theAskedVerbOfSayingWins() {
        #expect(answers("what did Fenn claim") == ["the bridge was never safe"])
    }

    @Test func sayAsksForEveryStatement() {
        #expect(Set(answers("what did Fenn say")) == ["We will rebuild the bridge", "the bridge was never safe"])
    }
}

private func makeFennStory() -> FakeFactSource {
    let source = FakeFactSource()
    let fenn = source.entity("Ola Fenn", .person, aliases: ["Fenn"])
    let s0 = source.sentence("\u{201C}We will rebuild the bridge,\u{201D} Ola Fenn said.", mentions: [("Ola Fenn", .entity(.person), fenn)])
    source.add(Argument(text: "Ola Fenn", head: "Ola Fenn", entity: fenn), "say",
               Argument(text: "We will rebuild the bridge", head: "rebuild"), kind: .attribution, at: s0)
    let s1 = source.sentence("Fenn claimed \u{201C}the bridge was never safe.\u{201D}", mentions: [("Fenn", .entity(.person), fenn)])
    source.add(Argument(text: "Fenn", head: "Fenn", entity: fenn), "claim",
               Argument(text: "the bridge was never safe", head: "safe"), kind: .attribution, at: s1)
    return source
}
