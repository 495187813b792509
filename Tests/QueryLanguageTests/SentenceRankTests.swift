import Testing
import FactModel
@testable import QueryLanguage

/// The sentence fallback does not answer "who came in first" with a name the sentence ranks
/// otherwise ("came in second"), nor with an unranked name beside the one ranked first.
@Suite struct SentenceRankTests: AsksQuestions {
    let engine = QueryEngine(source: makeRankedRaceStory(), lexicon: FakeLexicon())

    @Test func theNameGivenTheAskedRankAnswers() {
        #expect(answers("who came in first in the Lakonia race") == ["Ivo Marsh"])
        #expect(answers("who came in second in the Lakonia race") == ["Lena Stout"])
    }

    @Test func aSentenceWithOneRankChangesNothing() {
        let words = SentenceFallback.wordOffsets("Moss's first rival was Tia Gray.")
        let mention = Mention(text: "Tia Gray", type: .entity(.person), provenance: Provenance(document: 0, sentence: 0, start: 23, end: 31))
        #expect(SentenceFallback.rankWeights(asked: 1, words: words, mentions: [mention], sentenceStart: 0).isEmpty)
    }
}

private func makeRankedRaceStory() -> FakeFactSource {
    let source = FakeFactSource()
    let stout = source.entity("Lena Stout", .person, aliases: ["Stout"])
    let marsh = source.entity("Ivo Marsh", .person, aliases: ["Marsh"])
    let lakonia = source.entity("Lakonia", .place)
    _ = source.sentence("Lena Stout came in second in the Lakonia race, with 12 points; Ivo Marsh, the former coach of Port Ely, came in first.", mentions: [
        ("Lena Stout", .entity(.person), stout), ("Lakonia", .entity(.place), lakonia), ("Ivo Marsh", .entity(.person), marsh)])
    return source
}
