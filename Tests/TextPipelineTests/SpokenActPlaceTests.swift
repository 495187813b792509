import FactModel
import Testing
@testable import TextPipeline

/// "issued a statement at his golf club": where a spoken act's object was made is where the verb
/// happened; and a saying participle after the place ("... saying, \"...\"") is no part of it.
@Suite struct SpokenActPlaceTests {
    @Test func theAtPhraseOfAStatementSaysWhereItWasIssued() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Vance Vance PROPN NNP 2 nsubj
            2 issued issue VERB VBD 0 root
            3 a a DET DT 4 det
            4 statement statement NOUN NN 2 obj
            5 at at ADP IN 8 case
            6 his his PRON PRP$ 8 nmod:poss
            7 golf golf NOUN NN 8 compound
            8 club club NOUN NN 4 nmod
            9 saying say VERB VBG 8 acl SpaceAfter=No
            10 , , PUNCT , 13 punct
            11 " " PUNCT `` 13 punct SpaceAfter=No
            12 we we PRON PRP 13 nsubj
            13 won win VERB VBD 9 ccomp SpaceAfter=No
            14 . . PUNCT . 2 punct
            """, entities: [("Vance", .person)])
        #expect(facts.contains { $0.predicate.lemma == "issue" && $0.object?.text == "a statement"
            && $0.qualifiers.contains { $0.marker == "at" && $0.argument.text == "his golf club" } }, "\(facts.map(\.compact))")
    }

    @Test func theAtPhraseOfAThingStaysWithIt() {
        // "bought a house at the lake": a house sits there.
        let facts = ExtractionTreeBuilder.facts("""
            1 Vance Vance PROPN NNP 2 nsubj
            2 bought buy VERB VBD 0 root
            3 a a DET DT 4 det
            4 house house NOUN NN 2 obj
            5 at at ADP IN 7 case
            6 the the DET DT 7 det
            7 lake lake NOUN NN 4 nmod SpaceAfter=No
            8 . . PUNCT . 2 punct
            """, entities: [("Vance", .person)])
        #expect(facts.contains { $0.predicate.lemma == "buy" && $0.object?.text == "a house at the lake" }, "\(facts.map(\.compact))")
    }
}
