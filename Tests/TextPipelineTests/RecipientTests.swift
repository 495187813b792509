import FactModel
import Testing
@testable import TextPipeline

/// "The contract was awarded to Saaristo Lines": the recipient won it (`Recipients`).
@Suite struct AwardRecipientTests {
    @Test func theOneItWasAwardedToWonIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 contract contract NOUN NN 4 nsubj:pass
            3 was be AUX VBD 4 aux:pass
            4 awarded award VERB VBN 0 root
            5 to to ADP IN 7 case
            6 Saaristo Saaristo PROPN NNP 7 compound
            7 Lines Lines PROPN NNPS 4 obl SpaceAfter=No
            8 . . PUNCT . 4 punct
            """, entities: [("Saaristo Lines", .organization)])
        #expect(facts.contains { $0.predicate.lemma == "win" && $0.subject.text == "Saaristo Lines" && $0.object?.text == "The contract"
            && $0.kind == .derived }, "\(facts.map(\.compact))")
    }

    @Test func theSubjectOfAPassiveWithAnObjectWonTheObject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Raman Raman PROPN NNP 3 nsubj:pass
            2 was be AUX VBD 3 aux:pass
            3 awarded award VERB VBN 0 root
            4 the the DET DT 5 det
            5 prize prize NOUN NN 3 obj SpaceAfter=No
            6 . . PUNCT . 3 punct
            """, entities: [("Raman", .person)])
        #expect(facts.contains { $0.predicate.lemma == "win" && $0.subject.text == "Raman" && $0.object?.text == "the prize" },
                "\(facts.map(\.compact))")
        // Not awarded: no winner.
        let refused = ExtractionTreeBuilder.facts("""
            1 Raman Raman PROPN NNP 4 nsubj:pass
            2 was be AUX VBD 4 aux:pass
            3 not not PART RB 4 advmod
            4 awarded award VERB VBN 0 root
            5 the the DET DT 6 det
            6 prize prize NOUN NN 4 obj SpaceAfter=No
            7 . . PUNCT . 4 punct
            """, entities: [("Raman", .person)])
        #expect(!refused.contains { $0.predicate.lemma == "win" })
    }
}
