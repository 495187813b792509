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

    @Test func aListAfterThePrepositionIsAllItsObjects() {
        let text = "The suit sought to void the votes in Ohio, Utah, and Iowa, said Lee."
        let words = SentenceFallback.wordOffsets(text)
        let mentions = ["Ohio", "Utah", "Iowa", "Lee"].map { name -> Mention in
            let start = text.utf8.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
            return Mention(text: name, type: .entity(.place), provenance: Provenance(document: 0, sentence: 0, start: Int32(start), end: Int32(start + name.utf8.count)))
        }
        let verb = text.utf8.distance(from: text.startIndex, to: text.range(of: "void")!.lowerBound)
        let found = SentenceFallback.strandedObjects(preposition: "in", verbOffsets: [verb], words: words, mentions: mentions, sentenceStart: 0)
        #expect(found == Set(mentions.prefix(3).map { Int($0.provenance.start) }), "\(found)")
    }

    @Test func withoutTheVerbThePrepositionAnywhereCounts() {
        // "on which network did he announce it": the sentence tells it with a noun.
        let text = "A member of the Alder Party, he spoke on KTV when he made the announcement."
        let words = SentenceFallback.wordOffsets(text)
        let mentions = ["Alder Party", "KTV"].map { name -> Mention in
            let start = text.utf8.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
            return Mention(text: name, type: .entity(.organization), provenance: Provenance(document: 0, sentence: 0, start: Int32(start), end: Int32(start + name.utf8.count)))
        }
        let found = SentenceFallback.strandedObjects(preposition: "on", verbOffsets: [], words: words, mentions: mentions, sentenceStart: 0)
        #expect(found == [Int(mentions[1].provenance.start)], "\(found)")
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
