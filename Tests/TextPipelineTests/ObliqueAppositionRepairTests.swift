import Testing
import FactModel
@testable import TextPipeline

/// A determined noun phrase after a comma closing the object, hung on the verb as an oblique, is
/// the object's appositive (`TreeRepairs+ObliqueAppositions.swift`), over hand-built trees of our
/// own sentences.
@Suite struct ObliqueAppositionRepairTests {
    @Test func theDescriptionMovesFromTheVerbToTheObject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 museum museum NOUN NN 3 nsubj
            3 bought buy VERB VBD 0 root
            4 the the DET DT 6 det
            5 Harlow Harlow PROPN NNP 6 compound
            6 Clock Clock PROPN NNP 3 obj
            7 , , PUNCT , 10 punct
            8 a a DET DT 10 det
            9 brass brass NOUN NN 10 compound
            10 timepiece timepiece NOUN NN 3 obl
            11 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(The museum; bought; the Harlow Clock)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("appositive (the Harlow Clock; be; a brass timepiece)"), "\(facts.map(\.compact))")
    }

    @Test func aBareMeasureAfterTheCommaStaysOnTheVerb() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 museum museum NOUN NN 3 nsubj
            3 bought buy VERB VBD 0 root
            4 the the DET DT 5 det
            5 clock clock NOUN NN 3 obj
            6 , , PUNCT , 8 punct
            7 ten ten NUM CD 8 nummod
            8 years year NOUN NNS 10 obl:npmod
            9 too too ADV RB 10 advmod
            10 late late ADV RB 3 advmod
            11 . . PUNCT . 3 punct
            """)
        #expect(!facts.contains { $0.kind == .appositive }, "\(facts.map(\.compact))")
    }
}
