import Testing
import FactModel
@testable import TextPipeline

/// A clause headed by a bare present participle reads as the progressive, with "be" inserted in
/// its relation (`ProgressiveParticiples`), over hand-built trees of our own sentences.
@Suite struct ProgressiveParticipleTests {
    @Test func aParticipleModifyingANounIsItsProgressive() {
        // "Two bridges spanning the river were closed ."
        let facts = ExtractionTreeBuilder.facts("""
            1 Two two NUM CD 2 nummod
            2 bridges bridge NOUN NNS 7 nsubj:pass
            3 spanning span VERB VBG 2 acl
            4 the the DET DT 5 det
            5 river river NOUN NN 3 obj
            6 were be AUX VBD 7 aux:pass
            7 closed close VERB VBN 0 root
            8 . . PUNCT . 7 punct
            """)
        let spanning = facts.first { $0.predicate.lemma == "span" }
        #expect(spanning?.compact == "(Two bridges; be spanning; the river)", "\(facts.map(\.compact))")
    }

    @Test func anAdverbialParticipleIsItsSubjectsProgressive() {
        // "The storm hit the coast , leaving thousands without power ."
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 storm storm NOUN NN 3 nsubj
            3 hit hit VERB VBD 0 root
            4 the the DET DT 5 det
            5 coast coast NOUN NN 3 obj
            6 , , PUNCT , 7 punct
            7 leaving leave VERB VBG 3 advcl
            8 thousands thousand NOUN NNS 7 obj
            9 without without ADP IN 10 case
            10 power power NOUN NN 7 obl
            11 . . PUNCT . 3 punct
            """)
        let leaving = facts.first { $0.predicate.lemma == "leave" }
        #expect(leaving?.predicate.surface == "be leaving", "\(facts.map(\.compact))")
        #expect(facts.contains { $0.predicate.surface == "hit" })
    }

    @Test func aLeadingBeingReadsAsBe() {
        // "After being appointed by the board , Lee resigned ."
        let facts = ExtractionTreeBuilder.facts("""
            1 After after SCONJ IN 3 mark
            2 being be AUX VBG 3 aux:pass
            3 appointed appoint VERB VBN 9 advcl
            4 by by ADP IN 6 case
            5 the the DET DT 6 det
            6 board board NOUN NN 3 obl:agent
            7 , , PUNCT , 3 punct
            8 Lee Lee PROPN NNP 9 nsubj
            9 resigned resign VERB VBD 0 root
            10 . . PUNCT . 9 punct
            """)
        let appointed = facts.first { $0.predicate.lemma == "appoint" }
        #expect(appointed?.predicate.surface == "be appointed by", "\(facts.map(\.compact))")
    }

    @Test func aComplementGerundReadsAsWritten() {
        // "The crew began repairing the pump ."
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 crew crew NOUN NN 3 nsubj
            3 began begin VERB VBD 0 root
            4 repairing repair VERB VBG 3 xcomp
            5 the the DET DT 6 det
            6 pump pump NOUN NN 4 obj
            7 . . PUNCT . 3 punct
            """)
        #expect(!facts.contains { $0.predicate.surface.hasPrefix("be ") }, "\(facts.map(\.compact))")
    }
}
