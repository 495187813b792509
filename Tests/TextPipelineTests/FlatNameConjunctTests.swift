import FactModel
import Testing
@testable import TextPipeline

/// "Bolt Airways and Sky Bridge said ...": the parser hangs the second name on the last word of
/// the first (`TreeRepairs.conjunctHungOnAFlatName`); each name is a subject of its own. ("they"
/// after such names: `SubjectPronounTests`.)
@Suite struct FlatNameConjunctTests {
    static let sentence = """
        1 Bolt Bolt PROPN NNP 6 nsubj
        2 Airways Airways PROPN NNP 1 flat
        3 and and CCONJ CC 4 cc
        4 Sky Sky PROPN NNP 2 conj
        5 Bridge Bridge PROPN NNP 4 flat
        6 said say VERB VBD 0 root
        7 they they PRON PRP 10 nsubj
        8 had have AUX VBD 10 aux
        9 already already ADV RB 10 advmod
        10 cancelled cancel VERB VBN 6 ccomp
        11 all all DET DT 12 det
        12 flights flight NOUN NNS 10 obj SpaceAfter=No
        13 . . PUNCT . 6 punct
        """

    @Test func aNameHungOnTheFirstNamesLastWordIsItsOwnSubject() {
        let facts = ExtractionTreeBuilder.facts(Self.sentence, entities: [("Bolt Airways", .organization), ("Sky Bridge", .organization)])
        let speakers = facts.filter { $0.predicate.lemma == "say" }.map(\.subject.text)
        #expect(speakers.sorted() == ["Bolt Airways", "Sky Bridge"], "\(facts.map(\.compact))")
    }
}

/// "by Senators Ada Lind of Ohio, Ole Berg of Iowa, and Kim Ray of Utah" parsed with the
/// conjuncts and the places hung on a flat part: a garbled list, left as it is (moving the
/// conjuncts would leave "of Utah" on the first name).
@Suite struct GarbledNameListTests {
    @Test func aFlatPartWithPhrasesOfItsOwnKeepsItsConjuncts() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Senators Senators PROPN NNPS 5 nsubj
            2 Ada Ada PROPN NNP 1 flat
            3 of of ADP IN 4 case
            4 Ohio Ohio PROPN NNP 2 nmod
            5 spoke speak VERB VBD 0 root
            6 and and CCONJ CC 7 cc
            7 Kim Kim PROPN NNP 2 conj
            8 of of ADP IN 9 case
            9 Utah Utah PROPN NNP 2 nmod SpaceAfter=No
            10 . . PUNCT . 5 punct
            """)
        #expect(!facts.contains { $0.subject.text.hasSuffix("of Ohio of Utah") }, "\(facts.map(\.compact))")
    }
}
