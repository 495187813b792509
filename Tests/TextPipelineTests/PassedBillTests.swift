import FactModel
import Testing
@testable import TextPipeline

/// "The bill passed the Senate": the Senate passed the bill (`PassedBills`).
@Suite struct PassedBillTests {
    @Test func aBillThatPassesAChamberWasPassedByIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 bill bill NOUN NN 3 nsubj
            3 passed pass VERB VBD 0 root
            4 the the DET DT 5 det
            5 Senate Senate PROPN NNP 3 obj
            6 on on ADP IN 7 case
            7 Tuesday Tuesday PROPN NNP 3 obl SpaceAfter=No
            8 . . PUNCT . 3 punct
            """, entities: [("Senate", .organization)])
        #expect(facts.contains { $0.predicate.lemma == "pass" && $0.subject.text == "the Senate" && $0.object?.text == "The bill"
            && $0.kind == .derived && $0.qualifiers.contains { $0.argument.text == "Tuesday" } }, "\(facts.map(\.compact))")
    }

    @Test func aChamberThatPassesABillGivesNothingMore() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 Senate Senate PROPN NNP 3 nsubj
            3 passed pass VERB VBD 0 root
            4 the the DET DT 5 det
            5 bill bill NOUN NN 3 obj SpaceAfter=No
            6 . . PUNCT . 3 punct
            """, entities: [("Senate", .organization)])
        #expect(!facts.contains { $0.kind == .derived && $0.predicate.lemma == "pass" }, "\(facts.map(\.compact))")
    }
}
