import Testing
import FactModel
@testable import TextPipeline

/// A light verb with the noun of an act states the act (`LightVerbNormalizer.act`): "made a visit
/// to Kyiv" is a visit to Kyiv, over hand-built trees of our own sentences.
@Suite struct LightVerbActTests {
    @Test func aVisitMadeIsAVisitWithTheLightVerbsQualifiers() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 envoy envoy NOUN NN 3 nsubj
            3 made make VERB VBD 0 root
            4 a a DET DT 5 det
            5 visit visit NOUN NN 3 obj
            6 to to ADP IN 7 case
            7 Kyiv Kyiv PROPN NNP 5 nmod
            8 on on ADP IN 9 case
            9 Monday Monday PROPN NNP 3 obl
            10 . . PUNCT . 3 punct
            """, entities: [("Kyiv", .place)])
        #expect(compact(facts).contains("derived (The envoy; visit; Kyiv; on: Monday)"), "\(facts.map(\.compact))")
    }

    @Test func whatASpeechIsAboutStaysAQualifier() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Lopez Lopez PROPN NNP 2 nsubj
            2 gave give VERB VBD 0 root
            3 a a DET DT 4 det
            4 speech speech NOUN NN 2 obj
            5 about about ADP IN 7 case
            6 energy energy NOUN NN 7 compound
            7 prices price NOUN NNS 4 nmod
            8 . . PUNCT . 2 punct
            """)
        #expect(compact(facts).contains("derived (Lopez; speak; about: energy prices)"), "\(facts.map(\.compact))")
    }

    @Test func anIdiomStatesNoAct() {
        // "made sense" is no act of sensing.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 plan plan NOUN NN 3 nsubj
            3 made make VERB VBD 0 root
            4 sense sense NOUN NN 3 obj
            5 to to ADP IN 6 case
            6 him he PRON PRP 3 obl
            7 . . PUNCT . 3 punct
            """)
        #expect(!facts.contains { $0.kind == .derived }, "\(facts.map(\.compact))")
    }
}
