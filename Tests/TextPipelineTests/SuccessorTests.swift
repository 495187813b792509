import FactModel
import Testing
@testable import TextPipeline

/// "named Riikka Salmela as his successor": the one named replaces the successor's owner
/// (`SentenceReader.readFrame`).
@Suite struct SuccessorTests {
    @Test func theOneNamedAsSomeonesSuccessorReplacesThem() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Lehtovaara Lehtovaara PROPN NNP 2 nsubj
            2 named name VERB VBD 0 root
            3 Salmela Salmela PROPN NNP 2 obj
            4 as as ADP IN 7 case
            5 Vell Vell PROPN NNP 7 nmod:poss SpaceAfter=No
            6 's 's PART POS 5 case
            7 successor successor NOUN NN 2 obl SpaceAfter=No
            8 . . PUNCT . 2 punct
            """, entities: [("Lehtovaara", .person), ("Salmela", .person), ("Vell", .person)])
        #expect(facts.contains { $0.predicate.lemma == "replace" && $0.subject.text == "Salmela" && $0.object?.text == "Vell" },
                "\(facts.map(\.compact))")
    }
}
