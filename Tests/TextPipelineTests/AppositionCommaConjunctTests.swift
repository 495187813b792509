import Testing
import FactModel
@testable import TextPipeline

/// `TreeRepairs.conjunctHungOnItsConjunction` when a comma closes the first conjunct's
/// apposition, over a hand-built tree of our own sentence in the parser's shape.
@Suite struct AppositionCommaConjunctTests {
    @Test func aConjunctAfterTheApposedNamesCommaJoinsTheSubject() {
        // "Her deputy, Ana Ruiz, and the former treasurer, Rui Costa, left the bank." with the
        // second conjunct hung on "and", and "and" on the verb.
        let facts = ExtractionTreeBuilder.facts("""
            1 Her she PRON PRP$ 2 nmod:poss
            2 deputy deputy NOUN NN 16 nsubj
            3 , , PUNCT , 4 punct
            4 Ana Ana PROPN NNP 2 appos
            5 Ruiz Ruiz PROPN NNP 4 flat
            6 , , PUNCT , 16 punct
            7 and and CCONJ CC 16 cc
            8 the the DET DT 10 det
            9 former former ADJ JJ 10 amod
            10 treasurer treasurer NOUN NN 7 conj
            11 , , PUNCT , 12 punct
            12 Rui Rui PROPN NNP 10 appos
            13 Costa Costa PROPN NNP 12 flat
            14 , , PUNCT , 16 punct
            15 both both CCONJ CC 16 nsubj
            16 left leave VERB VBD 0 root
            17 the the DET DT 18 det
            18 bank bank NOUN NN 16 obj SpaceAfter=No
            19 . . PUNCT . 16 punct
            """, entities: [("Ana Ruiz", .person), ("Rui Costa", .person)])
        let leavers = Set(facts.filter { $0.predicate.lemma == "leave" }.map(\.subject.text))
        #expect(leavers.isSuperset(of: ["Ana Ruiz", "Rui Costa"]), "\(facts.map(\.compact))")
    }
}
