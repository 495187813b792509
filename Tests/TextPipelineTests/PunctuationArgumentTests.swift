import Testing
import FactModel
@testable import TextPipeline

/// A fact whose subject or object is only punctuation is left out (`FactRenderer`), over a
/// hand-built misparse of our own sentence.
@Suite struct PunctuationArgumentTests {
    @Test func aCommaIsNobody() {
        // "The mayor thanked the crews , who cleared the roads ." with the comma as the subject
        // of "cleared".
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 mayor mayor NOUN NN 3 nsubj
            3 thanked thank VERB VBD 0 root
            4 the the DET DT 5 det
            5 crews crew NOUN NNS 3 obj
            6 , , PUNCT , 8 nsubj
            7 who who PRON WP 8 dep
            8 cleared clear VERB VBD 3 parataxis
            9 the the DET DT 10 det
            10 roads road NOUN NNS 8 obj
            11 . . PUNCT . 3 punct
            """)
        #expect(!facts.contains { $0.subject.text == "," }, "\(facts.map(\.compact))")
        #expect(facts.contains { $0.compact == "(The mayor; thanked; the crews)" }, "\(facts.map(\.compact))")
    }

    @Test func aQuoteMarkIsNoRelation() {
        // "Ada left , but `` we stayed , '' she says ." with the opening quote mark tagged as the
        // verb conjoined to "left" and the quoted clause as its complement.
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 2 nsubj
            2 left leave VERB VBD 0 root
            3 , , PUNCT , 5 punct
            4 but but CCONJ CC 5 cc
            5 `` `` VERB VBD 2 conj
            6 we we PRON PRP 7 nsubj
            7 stayed stay VERB VBD 5 ccomp
            8 . . PUNCT . 2 punct
            """)
        #expect(!facts.contains { $0.predicate.surface == "``" }, "\(facts.map(\.compact))")
    }
}
