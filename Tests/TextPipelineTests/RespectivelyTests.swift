import Testing
import FactModel
@testable import TextPipeline

/// "respectively" pairs coordinated subjects one to one with another coordination of the clause
/// (`Respectively.swift`), over hand-built trees of our own sentences.
@Suite struct RespectivelyTests {
    @Test func coordinatedModifiersOfTheObjectPairWithTheSubjects() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 4 nsubj
            2 and and CCONJ CC 3 cc
            3 Ben Ben PROPN NNP 1 conj
            4 won win VERB VBD 0 root
            5 the the DET DT 9 det
            6 junior junior ADJ JJ 9 amod
            7 and and CCONJ CC 8 cc
            8 senior senior ADJ JJ 6 conj
            9 titles title NOUN NNS 4 obj
            10 respectively respectively ADV RB 4 advmod
            11 . . PUNCT . 4 punct
            """, entities: [("Ada", .person), ("Ben", .person)])
        let won = compact(facts.filter { $0.predicate.lemma == "win" })
        #expect(won == ["(Ada; won; the junior titles)", "(Ben; won; the senior titles)"], "\(facts.map(\.compact))")
    }

    /// "Ada and Ben chair the board and the panel[ respectively]."
    func chairing(respectively: Bool) -> [Fact] {
        let last = respectively ? """
            10 respectively respectively ADV RB 4 advmod
            11 . . PUNCT . 4 punct
            """ : "10 . . PUNCT . 4 punct"
        return ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 4 nsubj
            2 and and CCONJ CC 3 cc
            3 Ben Ben PROPN NNP 1 conj
            4 chair chair VERB VBP 0 root
            5 the the DET DT 6 det
            6 board board NOUN NN 4 obj
            7 and and CCONJ CC 9 cc
            8 the the DET DT 9 det
            9 panel panel NOUN NN 6 conj
            """ + "\n" + last, entities: [("Ada", .person), ("Ben", .person)]).filter { $0.predicate.lemma == "chair" }
    }

    @Test func coordinatedObjectsPairWithTheSubjects() {
        let facts = chairing(respectively: true)
        #expect(compact(facts) == ["(Ada; chair; the board)", "(Ben; chair; the panel)"], "\(facts.map(\.compact))")
    }

    @Test func aCoordinatedQualifierPairsWithTheSubjectsWhenTheObjectHasNone() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 4 nsubj
            2 and and CCONJ CC 3 cc
            3 Ben Ben PROPN NNP 1 conj
            4 joined join VERB VBD 0 root
            5 the the DET DT 6 det
            6 club club NOUN NN 4 obj
            7 in in ADP IN 8 case
            8 2019 2019 NUM CD 4 obl
            9 and and CCONJ CC 10 cc
            10 2021 2021 NUM CD 8 conj
            11 respectively respectively ADV RB 4 advmod
            12 . . PUNCT . 4 punct
            """, entities: [("Ada", .person), ("Ben", .person)])
        let joined = compact(facts.filter { $0.predicate.lemma == "join" && $0.kind == .event })
        #expect(joined == ["(Ada; joined; the club; in: 2019)", "(Ben; joined; the club; in: 2021)"], "\(facts.map(\.compact))")
    }

    @Test func withoutRespectivelyEverySubjectTakesEveryObject() {
        #expect(chairing(respectively: false).count == 4)
    }
}
