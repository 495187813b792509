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
}
