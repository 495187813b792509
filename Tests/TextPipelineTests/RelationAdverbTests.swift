import Testing
import FactModel
@testable import TextPipeline

/// An adverb between a verb and the preposition that joins its relation goes with them
/// ("relies heavily on"), over hand-built trees of our own sentences.
@Suite struct RelationAdverbTests {
    @Test func theAdverbJoinsTheVerbAndItsPreposition() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 town town NOUN NN 3 nsubj
            3 depends depend VERB VBZ 0 root
            4 heavily heavily ADV RB 3 advmod
            5 on on ADP IN 6 case
            6 tourism tourism NOUN NN 3 obl
            7 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(The town; depends heavily on; tourism)"), "\(facts.map(\.compact))")
    }
}

/// A prepositional phrase hung on an adverb after the verb is the verb's, with the adverb before
/// its preposition ("were called back to duty").
@Suite struct AdverbPrepositionTests {
    @Test func thePhraseUnderTheAdverbCompletesTheVerb() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 reservists reservist NOUN NNS 4 nsubj:pass
            3 were be AUX VBD 4 aux:pass
            4 called call VERB VBN 0 root
            5 back back ADV RB 4 advmod
            6 to to ADP IN 7 case
            7 duty duty NOUN NN 5 obl
            8 . . PUNCT . 4 punct
            """)
        #expect(compact(facts).contains("(The reservists; were called back to; duty)"), "\(facts.map(\.compact))")
    }

    @Test func withAnObjectItIsAQualifierLedByTheAdverb() {
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 2 nsubj
            2 sent send VERB VBD 0 root
            3 the the DET DT 4 det
            4 parcel parcel NOUN NN 2 obj
            5 back back ADV RB 2 advmod
            6 to to ADP IN 8 case
            7 the the DET DT 8 det
            8 shop shop NOUN NN 5 obl
            9 . . PUNCT . 2 punct
            """)
        #expect(compact(facts).contains("(She; sent; the parcel; back to: the shop)"), "\(facts.map(\.compact))")
    }
}
