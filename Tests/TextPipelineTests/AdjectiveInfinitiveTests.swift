import Testing
import FactModel
@testable import TextPipeline

/// A copular adjective with an infinitive reads as the infinitive's clause ("was able to repair"),
/// `AdjectiveInfinitives.swift`, over hand-built trees of our own sentences.
@Suite struct AdjectiveInfinitiveTests {
    /// "The crew was able to repair the pump and restart it ."
    let repair = """
        1 The the DET DT 2 det
        2 crew crew NOUN NN 4 nsubj
        3 was be AUX VBD 4 cop
        4 able able ADJ JJ 0 root
        5 to to PART TO 6 mark
        6 repair repair VERB VB 4 xcomp
        7 the the DET DT 8 det
        8 pump pump NOUN NN 6 obj
        9 and and CCONJ CC 10 cc
        10 restart restart VERB VB 6 conj
        11 it it PRON PRP 10 obj
        12 . . PUNCT . 4 punct
        """

    @Test func theInfinitiveIsTheClausesVerb() {
        let facts = ExtractionTreeBuilder.facts(repair)
        let repaired = facts.first { $0.predicate.lemma == "repair" }
        #expect(repaired?.compact == "(The crew; was able to repair; the pump)", "\(facts.map(\.compact))")
        #expect(repaired?.predicate.modality == "was able to")
        #expect(!compact(facts).contains("copula (The crew; was; able)"), "\(facts.map(\.compact))")
    }

    @Test func aCoordinatedInfinitiveKeepsTheAdjective() {
        let facts = ExtractionTreeBuilder.facts(repair)
        #expect(compact(facts).contains("(The crew; was able to restart; it)"), "\(facts.map(\.compact))")
    }

    @Test func unableDeniesTheAct() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Rescuers rescuer NOUN NNS 3 nsubj
            2 were be AUX VBD 3 cop
            3 unable unable ADJ JJ 0 root
            4 to to PART TO 5 mark
            5 reach reach VERB VB 3 xcomp
            6 the the DET DT 7 det
            7 village village NOUN NN 5 obj
            8 . . PUNCT . 3 punct
            """)
        let reach = facts.first { $0.predicate.lemma == "reach" }
        #expect(reach?.compact == "(Rescuers; were unable to reach; the village)", "\(facts.map(\.compact))")
        #expect(reach?.predicate.negated == true)
    }
}
