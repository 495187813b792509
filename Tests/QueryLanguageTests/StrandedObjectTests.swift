import Testing
import FactModel
@testable import QueryLanguage

/// A question that strands a preposition ("what did the board cut the fee to") is answered from
/// the sentences by what follows that preposition after the verb, not by every value or name there.
@Suite struct StrandedObjectTests: AsksQuestions {
    let engine = QueryEngine(source: makeFeeStory(), lexicon: FakeLexicon())

    @Test func theObjectOfTheStrandedPrepositionAnswers() {
        #expect(answers("what did the board cut the fee to") == ["20 dollars"])
    }

    @Test func thePrepositionMustFollowTheVerb() {
        let words = SentenceFallback.wordOffsets("To 5 dollars the board cut nothing.")
        let mention = Mention(text: "5 dollars", type: .value(.money), provenance: Provenance(document: 0, sentence: 0, start: 3, end: 12))
        #expect(SentenceFallback.strandedObjects(preposition: "to", verbOffsets: [23], words: words, mentions: [mention], sentenceStart: 0).isEmpty)
    }
}

private func makeFeeStory() -> FakeFactSource {
    let source = FakeFactSource()
    let ely = source.entity("Port Ely", .place)
    _ = source.sentence("Rents rose by 4 percent, and the board cut the fee to 20 dollars, even in Port Ely.", mentions: [
        ("4 percent", .value(.percent), nil), ("20 dollars", .value(.money), nil), ("Port Ely", .entity(.place), ely)])
    return source
}
