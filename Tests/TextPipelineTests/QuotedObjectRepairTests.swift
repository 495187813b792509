import FactModel
import Testing
@testable import TextPipeline

/// "holding signs which read "closed" during the vote" parsed with the quoted word hung on the
/// noun (`TreeRepairs.quotationTakenFromItsVerb`).
@Suite struct QuotedObjectRepairTests {
    @Test func aQuotationAfterAQuotingVerbWithoutAnObjectIsItsObject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Workers worker NOUN NNS 2 nsubj
            2 held hold VERB VBD 0 root
            3 signs sign NOUN NNS 2 obj
            4 which which PRON WDT 5 nsubj
            5 read read VERB VBD 3 acl:relcl
            6 " " PUNCT `` 7 punct SpaceAfter=No
            7 closed close VERB VBN 3 acl SpaceAfter=No
            8 " " PUNCT '' 7 punct
            9 during during ADP IN 11 case
            10 the the DET DT 11 det
            11 vote vote NOUN NN 7 obl
            12 . . PUNCT . 2 punct
            """)
        #expect(facts.contains { $0.subject.text == "signs" && $0.predicate.lemma == "read" && $0.object?.text.contains("closed") == true },
                "\(facts.map(\.compact))")
    }

    @Test func aVerbWithItsOwnObjectKeepsIt() {
        // "read the statement "in full"": the quotation is no second object.
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 2 nsubj
            2 read read VERB VBD 0 root
            3 " " PUNCT `` 4 punct SpaceAfter=No
            4 aloud aloud ADV RB 2 advmod SpaceAfter=No
            5 " " PUNCT '' 4 punct
            6 the the DET DT 7 det
            7 statement statement NOUN NN 2 obj
            8 . . PUNCT . 2 punct
            """)
        #expect(facts.contains { $0.predicate.lemma == "read" && $0.object?.text == "the statement" }, "\(facts.map(\.compact))")
    }
}
