import Testing
import FactModel
@testable import TextPipeline

/// "A couple from Kelp, Omar and Nadia Haddad, opened a bakery": each apposed name is one of the
/// couple, and did what the couple did.
@Suite struct CoupleAppositionTests {
    @Test func eachNameApposedToACoupleIsOneOfIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 A a DET DT 2 det
            2 couple couple NOUN NN 11 nsubj
            3 from from ADP IN 4 case
            4 Kelp Kelp PROPN NNP 2 nmod
            5 , , PUNCT , 6 punct
            6 Omar Omar PROPN NNP 2 appos
            7 and and CCONJ CC 8 cc
            8 Nadia Nadia PROPN NNP 6 conj
            9 Haddad Haddad PROPN NNP 6 flat
            10 , , PUNCT , 2 punct
            11 opened open VERB VBD 0 root
            12 a a DET DT 13 det
            13 bakery bakery NOUN NN 11 obj
            14 . . PUNCT . 11 punct
            """, entities: [("Omar", .person), ("Nadia Haddad", .person), ("Kelp", .place)])
        #expect(compact(facts).contains { $0.hasPrefix("derived (Omar; opened;") }, "\(facts.map(\.compact))")
        #expect(compact(facts).contains { $0.hasPrefix("derived (Nadia Haddad; opened;") }, "\(facts.map(\.compact))")
    }
}
