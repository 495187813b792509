import FactModel
import Testing
@testable import TextPipeline

/// "he plans on leaving the union": a gerund after "on" (or "upon") is done by the subject of
/// the verb it hangs on, as after "after" or "by".
@Suite struct GerundAfterOnTests {
    @Test func theGerundSharesTheSubject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Vance Vance PROPN NNP 2 nsubj
            2 plans plan VERB VBZ 0 root
            3 on on SCONJ IN 4 mark
            4 leaving leave VERB VBG 2 advcl
            5 the the DET DT 6 det
            6 union union NOUN NN 4 obj
            7 . . PUNCT . 2 punct
            """, entities: [("Vance", .person)])
        #expect(facts.contains { $0.predicate.lemma == "leave" && $0.subject.text == "Vance" && $0.object?.text == "the union" },
                "\(facts.map(\.compact))")
    }
}
