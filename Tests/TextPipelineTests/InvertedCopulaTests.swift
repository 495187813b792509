import FactModel
import Testing
@testable import TextPipeline

/// "Among them is the team's leader, the Danish climber Ole Berg, 51, who has led ten expeditions",
/// parsed with "them" as the subject, the name an apposition of "climber" and the relative clause a
/// parataxis: the fronted predicate (`TreeRepairs.frontedPredicateTakenForTheSubject`), the name
/// as the leader's apposition (`nameAfterAnAppositiveNounTakenForItsApposition`) and "who" past
/// the age (`relativeClauseTakenForParataxis`).
@Suite struct InvertedCopulaTests {
    static let facts = ExtractionTreeBuilder.facts("""
        1 Among among ADP IN 2 case
        2 them they PRON PRP 7 nsubj
        3 is be AUX VBZ 7 cop
        4 the the DET DT 5 det
        5 team team NOUN NN 7 nmod:poss
        6 's 's PART POS 5 case
        7 leader leader NOUN NN 0 root
        8 , , PUNCT , 11 punct
        9 the the DET DT 11 det
        10 Danish Danish ADJ JJ 11 amod
        11 climber climber NOUN NN 7 appos
        12 Ole Ole PROPN NNP 11 appos
        13 Berg Berg PROPN NNP 12 flat
        14 , , PUNCT , 15 punct
        15 51 51 NUM CD 12 amod
        16 , , PUNCT , 19 punct
        17 who who PRON WP 19 nsubj
        18 has have AUX VBZ 19 aux
        19 led lead VERB VBN 7 parataxis
        20 ten ten NUM CD 21 nummod
        21 expeditions expedition NOUN NNS 19 obj SpaceAfter=No
        22 . . PUNCT . 7 punct
        """, entities: [("Ole Berg", .person)])

    @Test func theNominalAfterTheCopulaIsTheSubject() {
        #expect(!Self.facts.contains { $0.subject.text == "them" }, "\(Self.facts.map(\.compact))")
    }

    @Test func theNameAfterTheDescriptionHoldsTheTitle() {
        #expect(Self.facts.contains { $0.kind == .title && $0.subject.text.hasSuffix("Ole Berg") && $0.predicate.lemma == "leader" },
                "\(Self.facts.map(\.compact))")
    }

    @Test func whoAfterAnAgeStandsForTheName() {
        #expect(Self.facts.contains { $0.subject.text.hasSuffix("Ole Berg") && $0.predicate.lemma == "lead" && $0.object?.text == "ten expeditions" },
                "\(Self.facts.map(\.compact))")
    }
}

/// "survived by Clara and his son, the drummer Davi Monteiro", with "drummer" misparsed as Clara's
/// apposition: the description is the son's, and the name after it the drummer's own apposition
/// (`TreeRepairs.nameAfterAnAppositiveNounTakenForItsApposition`).
@Suite struct AppositionChainAfterANameTests {
    @Test func aNameAfterADescriptionOfAnotherNameKeepsItsDescription() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Ana Ana PROPN NNP 2 nsubj
            2 thanked thank VERB VBD 0 root
            3 Clara Clara PROPN NNP 2 obj
            4 and and CCONJ CC 6 cc
            5 his his PRON PRP$ 6 nmod:poss
            6 son son NOUN NN 3 conj
            7 , , PUNCT , 9 punct
            8 the the DET DT 9 det
            9 drummer drummer NOUN NN 3 appos
            10 Davi Davi PROPN NNP 9 appos
            11 Monteiro Monteiro PROPN NNP 10 flat SpaceAfter=No
            12 . . PUNCT . 2 punct
            """, entities: [("Clara", .person), ("Davi Monteiro", .person), ("Ana", .person)])
        // Clara is not the drummer; the son is (`descriptionOfTheLastConjunctHungOnTheFirst`).
        #expect(!facts.contains { $0.subject.text == "Clara" && ($0.object?.text.contains("drummer") ?? false) }, "\(facts.map(\.compact))")
        #expect(facts.contains { $0.kind == .appositive && [$0.subject.text, $0.object?.text ?? ""].contains("his son")
                    && [$0.subject.text, $0.object?.text ?? ""].contains { $0.contains("Davi Monteiro") } }, "\(facts.map(\.compact))")
    }
}

/// "About a quarter of the staff is not at work": "About" before the subject is no fronted place.
@Suite struct ApproximateSubjectTests {
    @Test func anApproximatedSubjectStaysTheSubject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 About about ADP IN 3 case
            2 a a DET DT 3 det
            3 quarter quarter NOUN NN 10 nsubj
            4 of of ADP IN 6 case
            5 the the DET DT 6 det
            6 staff staff NOUN NN 3 nmod
            7 is be AUX VBZ 10 cop
            8 not not PART RB 10 advmod
            9 at at ADP IN 10 case
            10 work work NOUN NN 0 root SpaceAfter=No
            11 . . PUNCT . 10 punct
            """)
        #expect(facts.contains { $0.subject.text.hasSuffix("a quarter of the staff") && $0.object?.text == "work" }, "\(facts.map(\.compact))")
    }
}
