import FactModel
import Testing
@testable import TextPipeline

/// A quotation opened in an earlier sentence that ends in this one before "said X": what the
/// parser took for the say-verb's subject is the quotation, and X is the speaker.
@Suite struct ContinuedQuotationSpeakerTests {
    @Test func theNameAfterTheVerbSaidIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Every every DET DT 2 det
            2 child child NOUN NN 6 nsubj
            3 counts count VERB VBZ 2 acl:relcl SpaceAfter=No
            4 , , PUNCT , 2 punct SpaceAfter=No
            5 " " PUNCT '' 2 punct
            6 said say VERB VBD 0 root
            7 Vance Vance PROPN NNP 6 nsubj SpaceAfter=No
            8 . . PUNCT . 6 punct
            """, entities: [("Vance", .person)])
        #expect(facts.contains { $0.predicate.lemma == "say" && $0.subject.text == "Vance" && $0.object?.text.contains("Every child") == true },
                "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.predicate.lemma == "say" && $0.subject.text.contains("child") }, "\(facts.map(\.compact))")
    }
}
