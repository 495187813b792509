import Testing
import FactModel
@testable import TextPipeline

/// A noun with a subject-less infinitive says what it is for (`NounInfinitives.swift`), over
/// hand-built trees of our own sentences.
@Suite struct NounInfinitiveTests {
    @Test func aPlanToDoSomethingIsToDoIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 plan plan NOUN NN 7 nsubj:pass
            3 to to PART TO 4 mark
            4 widen widen VERB VB 2 acl
            5 the the DET DT 6 det
            6 canal canal NOUN NN 4 obj
            7 approved approve VERB VBN 0 root
            8 . . PUNCT . 7 punct
            """)
        #expect(compact(facts).contains("(The plan; be to widen; the canal)"), "\(facts.map(\.compact))")
    }

    @Test func aRankedNounDidWhatItsInfinitiveSays() {
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 5 nsubj
            2 was be AUX VBD 5 cop
            3 the the DET DT 5 det
            4 first first ADJ JJ 5 amod
            5 woman woman NOUN NN 0 root
            6 to to PART TO 7 mark
            7 climb climb VERB VB 5 acl
            8 it it PRON PRP 7 obj
            9 . . PUNCT . 5 punct
            """)
        #expect(!facts.contains { $0.predicate.surface.hasPrefix("be to") }, "\(facts.map(\.compact))")
    }
}
