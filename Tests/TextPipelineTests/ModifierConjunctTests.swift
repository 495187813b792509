import Testing
import FactModel
@testable import TextPipeline

/// Coordinated adjectives before a subject's or object's head give one argument each
/// (`ModifierConjuncts.swift`), over hand-built trees of our own sentences.
@Suite struct ModifierConjunctTests {
    @Test func eachAdjectiveGivesItsOwnSubject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Dutch Dutch ADJ JJ 4 amod
            2 and and CCONJ CC 3 cc
            3 Belgian Belgian ADJ JJ 1 conj
            4 farmers farmer NOUN NNS 5 nsubj
            5 protested protest VERB VBD 0 root
            6 the the DET DT 7 det
            7 rules rule NOUN NNS 5 obj
            8 . . PUNCT . 5 punct
            """)
        #expect(compact(facts).contains("(Dutch farmers; protested; the rules)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("(Belgian farmers; protested; the rules)"), "\(facts.map(\.compact))")
    }

    @Test func bothGoesWithTheCoordination() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 storm storm NOUN NN 3 nsubj
            3 damaged damage VERB VBD 0 root
            4 both both CCONJ CC 5 cc:preconj
            5 old old ADJ JJ 8 amod
            6 and and CCONJ CC 7 cc
            7 new new ADJ JJ 5 conj
            8 houses house NOUN NNS 3 obj
            9 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(The storm; damaged; old houses)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("(The storm; damaged; new houses)"), "\(facts.map(\.compact))")
    }
}
