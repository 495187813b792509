import Testing
import FactModel
@testable import TextPipeline

/// A subject the parser hung, after a comma, on a fronted oblique of a subject-less verb is the
/// verb's subject (`TreeRepairs+FrontedTime.swift`), over hand-built trees of our own sentences.
@Suite struct FrontedObliqueSubjectTests {
    @Test func theNameAfterTheCommaIsTheSubject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 In in ADP IN 2 case
            2 March March PROPN NNP 6 obl
            3 2011 2011 NUM CD 2 nmod:unmarked
            4 , , PUNCT , 5 punct
            5 Okafor Okafor PROPN NNP 2 nmod
            6 opened open VERB VBD 0 root
            7 a a DET DT 8 det
            8 bakery bakery NOUN NN 6 obj
            9 . . PUNCT . 6 punct
            """, entities: [("Okafor", .person)])
        #expect(compact(facts).contains("(Okafor; opened; a bakery; in: March 2011)"), "\(facts.map(\.compact))")
    }

    @Test func aVerbWithASubjectKeepsTheModifier() {
        let facts = ExtractionTreeBuilder.facts("""
            1 In in ADP IN 2 case
            2 Lagos Lagos PROPN NNP 7 obl
            3 , , PUNCT , 5 punct
            4 the the DET DT 5 det
            5 capital capital NOUN NN 2 appos
            6 she she PRON PRP 7 nsubj
            7 opened open VERB VBD 0 root
            8 a a DET DT 9 det
            9 bakery bakery NOUN NN 7 obj
            10 . . PUNCT . 7 punct
            """, entities: [("Lagos", .place)])
        #expect(compact(facts).contains("(she; opened; a bakery; in: Lagos)"), "\(facts.map(\.compact))")
    }
}
