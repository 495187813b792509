import FactModel
import Testing
@testable import TextPipeline

/// "described the river as "a shared inheritance"" parsed with "as" a subordinator of a noun
/// clause (`TreeRepairs.asPhraseTakenForAClause`).
@Suite struct AsPhraseRepairTests {
    @Test func anAsPhraseReadAsAClauseIsTheVerbsOblique() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 leaders leader NOUN NNS 3 nsubj
            3 described describe VERB VBD 0 root
            4 the the DET DT 5 det
            5 river river NOUN NN 3 obj
            6 as as SCONJ IN 9 mark
            7 a a DET DT 9 det
            8 shared share VERB VBN 9 amod
            9 inheritance inheritance NOUN NN 3 advcl SpaceAfter=No
            10 . . PUNCT . 3 punct
            """)
        #expect(facts.contains { $0.predicate.lemma == "describe" && $0.qualifiers.contains { $0.marker == "as" && $0.argument.text == "a shared inheritance" } },
                "\(facts.map(\.compact))")
    }
}
