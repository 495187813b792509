import Testing
import FactModel
@testable import TextPipeline

/// An infinitive of purpose is led by the verb it hangs on ("was built to carry"),
/// `PurposeInfinitives.swift`, over hand-built trees of our own sentences.
@Suite struct PurposeInfinitiveTests {
    @Test func theGoverningVerbLeadsTheRelation() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 bridge bridge NOUN NN 4 nsubj:pass
            3 was be AUX VBD 4 aux:pass
            4 built build VERB VBN 0 root
            5 to to PART TO 6 mark
            6 carry carry VERB VB 4 advcl
            7 the the DET DT 8 det
            8 railway railway NOUN NN 6 obj
            9 . . PUNCT . 4 punct
            """)
        let carry = facts.first { $0.predicate.lemma == "carry" }
        #expect(carry?.compact == "(The bridge; was built to carry; the railway)", "\(facts.map(\.compact))")
        #expect(carry?.predicate.modality == "was built to")
    }

    @Test func aCopularAdjectiveLeadsItToo() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Volunteers volunteer NOUN NNS 3 nsubj
            2 are be AUX VBP 3 cop
            3 available available ADJ JJ 0 root
            4 to to PART TO 5 mark
            5 help help VERB VB 3 advcl
            6 families family NOUN NNS 5 obj
            7 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(Volunteers; are available to help; families)"), "\(facts.map(\.compact))")
    }
}
