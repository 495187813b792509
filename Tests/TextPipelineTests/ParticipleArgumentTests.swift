import Testing
import FactModel
@testable import TextPipeline

/// A participle set off by a comma is cut from the noun phrase it modifies, like an apposition,
/// and read as its own clause (`SentenceTree.argumentSpan`), over hand-built trees of our own sentences.
@Suite struct ParticipleArgumentTests {
    @Test func aParticipleAfterACommaIsNotPartOfTheObject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 agency agency NOUN NN 3 nsubj
            3 approved approve VERB VBD 0 root
            4 a a DET DT 5 det
            5 plan plan NOUN NN 3 obj
            6 , , PUNCT , 7 punct
            7 drafted draft VERB VBN 5 acl
            8 by by ADP IN 9 case
            9 engineers engineer NOUN NNS 7 obl:agent
            10 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(The agency; approved; a plan)"), "\(facts.map(\.compact))")
    }

    @Test func aParticipleWithoutACommaStays() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 agency agency NOUN NN 3 nsubj
            3 approved approve VERB VBD 0 root
            4 a a DET DT 5 det
            5 plan plan NOUN NN 3 obj
            6 drafted draft VERB VBN 5 acl
            7 by by ADP IN 8 case
            8 engineers engineer NOUN NNS 6 obl:agent
            9 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(The agency; approved; a plan drafted by engineers)"), "\(facts.map(\.compact))")
    }
}
