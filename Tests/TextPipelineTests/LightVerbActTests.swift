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

    @Test func anInvestigationOpenedIntoAThingInvestigatesIt() {
        // "The police have opened an investigation into the cause of the blaze."
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 police police NOUN NNS 4 nsubj
            3 have have AUX VBP 4 aux
            4 opened open VERB VBN 0 root
            5 an a DET DT 6 det
            6 investigation investigation NOUN NN 4 obj
            7 into into ADP IN 9 case
            8 the the DET DT 9 det
            9 cause cause NOUN NN 4 obl
            10 of of ADP IN 12 case
            11 the the DET DT 12 det
            12 blaze blaze NOUN NN 9 nmod
            13 . . PUNCT . 4 punct
            """)
        #expect(compact(facts).contains("derived (The police; investigate; the cause of the blaze)"), "\(facts.map(\.compact))")
    }

    @Test func anEducationReceivedIsAPassiveAct() {
        // "Omar received his education in Cairo."
        let facts = ExtractionTreeBuilder.facts("""
            1 Omar Omar PROPN NNP 2 nsubj
            2 received receive VERB VBD 0 root
            3 his his PRON PRP$ 4 nmod:poss
            4 education education NOUN NN 2 obj
            5 in in ADP IN 6 case
            6 Cairo Cairo PROPN NNP 2 obl
            7 . . PUNCT . 2 punct
            """, entities: [("Omar", .person), ("Cairo", .place)])
        let derived = facts.filter { $0.kind == .derived && $0.predicate.canonical == "educate" }
        #expect(derived.count == 1, "\(facts.map(\.compact))")
        #expect(derived.first?.subject.text == "Omar" && derived.first?.predicate.voice == .passive, "\(facts.map(\.compact))")
        #expect(derived.first?.qualifiers.contains { $0.marker == "in" && $0.argument.text == "Cairo" } == true, "\(facts.map(\.compact))")
    }

    @Test func supportReceivedFromAGiverIsTheGiversAct() {
        // "Ana Ruiz received support from the union."
        let facts = ExtractionTreeBuilder.facts("""
            1 Ana Ana PROPN NNP 3 nsubj
            2 Ruiz Ruiz PROPN NNP 1 flat
            3 received receive VERB VBD 0 root
            4 support support NOUN NN 3 obj
            5 from from ADP IN 7 case
            6 the the DET DT 7 det
            7 union union NOUN NN 4 nmod
            8 . . PUNCT . 3 punct
            """, entities: [("Ana Ruiz", .person)])
        #expect(compact(facts).contains("derived (the union; support; Ana Ruiz)"), "\(facts.map(\.compact))")
    }

    @Test func aNameAnnouncedAsOnesChoiceForAPostWasChosenForIt() {
        // "Mayor Ruiz named Tom Hale as her choice for police chief." with "for police chief"
        // read as a clause, as the parser does.
        let facts = ExtractionTreeBuilder.facts("""
            1 Mayor Mayor PROPN NNP 2 compound
            2 Ruiz Ruiz PROPN NNP 3 nsubj
            3 named name VERB VBD 0 root
            4 Tom Tom PROPN NNP 3 obj
            5 Hale Hale PROPN NNP 4 flat
            6 as as ADP IN 8 case
            7 her her PRON PRP$ 8 nmod:poss
            8 choice choice NOUN NN 3 obl
            9 for for ADP IN 11 case
            10 police police NOUN NN 11 compound
            11 chief chief NOUN NN 8 nmod
            12 . . PUNCT . 3 punct
            """, entities: [("Ruiz", .person), ("Tom Hale", .person)])
        #expect(compact(facts).contains("derived (Mayor Ruiz; choose; Tom Hale; as: police chief)"), "\(facts.map(\.compact))")
    }

    @Test func someoneElsesChoiceIsNotTheSubjects() {
        // "The paper described Tom Hale as the union's choice." names no choice of the paper.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 paper paper NOUN NN 3 nsubj
            3 described describe VERB VBD 0 root
            4 Tom Tom PROPN NNP 3 obj
            5 Hale Hale PROPN NNP 4 flat
            6 as as ADP IN 10 case
            7 the the DET DT 8 det
            8 union union NOUN NN 10 nmod:poss
            9 's 's PART POS 8 case
            10 choice choice NOUN NN 3 obl
            11 . . PUNCT . 3 punct
            """, entities: [("Tom Hale", .person)])
        #expect(!facts.contains { $0.predicate.canonical == "choose" }, "\(facts.map(\.compact))")
    }
}
