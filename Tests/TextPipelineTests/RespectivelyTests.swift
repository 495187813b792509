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

    @Test func aGerundConjunctOfAPrepositionalObjectPairsToo() {
        // "Ada and Ben were charged with theft and handling stolen goods respectively."
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 5 nsubj:pass
            2 and and CCONJ CC 3 cc
            3 Ben Ben PROPN NNP 1 conj
            4 were be AUX VBD 5 aux:pass
            5 charged charge VERB VBN 0 root
            6 with with ADP IN 7 case
            7 theft theft NOUN NN 5 obl
            8 and and CCONJ CC 9 cc
            9 handling handle VERB VBG 7 conj
            10 stolen steal VERB VBN 11 amod
            11 goods goods NOUN NNS 9 obj
            12 respectively respectively ADV RB 9 advmod
            13 . . PUNCT . 5 punct
            """, entities: [("Ada", .person), ("Ben", .person)])
        let charged = compact(facts.filter { $0.predicate.lemma == "charge" })
        #expect(charged == ["(Ada; were charged with; theft)", "(Ben; were charged with; handling stolen goods)"], "\(facts.map(\.compact))")
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

    /// "Blue Party and the centrist Harbour League won 14 and 12 seats respectively." as the
    /// bundled parser reads it: the numbers two modifiers of "seats", the "and"s on the verb and
    /// the noun, and the second subject a noun with the name apposed to it.
    @Test func numbersHungApartAndANamedSecondSubjectStillPair() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Blue Blue ADJ NNP 2 amod
            2 Party Party PROPN NNP 8 nsubj
            3 and and CCONJ CC 8 cc
            4 the the DET DT 5 det
            5 centrist centrist NOUN NN 8 nsubj
            6 Harbour Harbour PROPN NNP 7 compound
            7 League League PROPN NNP 5 appos
            8 won win VERB VBD 0 root
            9 14 14 NUM CD 12 nummod
            10 and and CCONJ CC 12 cc
            11 12 12 NUM CD 12 nummod
            12 seats seat NOUN NNS 8 obj
            13 respectively respectively ADV RB 8 advmod
            14 . . PUNCT . 8 punct
            """, entities: [("Blue Party", .organization), ("Harbour League", .organization)])
        let won = facts.filter { $0.predicate.lemma == "win" }
        #expect(won.contains { $0.subject.text == "Blue Party" && $0.object?.text == "14 seats" }, "\(facts.map(\.compact))")
        #expect(won.contains { $0.subject.head == "Harbour League" && $0.object?.text == "12 seats" }, "\(facts.map(\.compact))")
        #expect(!won.contains { $0.object?.text == "14 and 12 seats" }, "\(facts.map(\.compact))")
    }

    /// "Ferro and Holm, 61 and 48 respectively, will lead the commission." with the ages a second
    /// subject of the verb, and with them hung on the first name as an unmarked modifier.
    @Test func agesAfterCoordinatedNamesPairWithThem() {
        for (numberHead, relation) in [("10", "nsubj"), ("1", "nmod:unmarked")] {
            let facts = ExtractionTreeBuilder.facts("""
                1 Ferro Ferro PROPN NNP 10 nsubj
                2 and and CCONJ CC 3 cc
                3 Holm Holm PROPN NNP 1 conj
                4 , , PUNCT , 5 punct
                5 61 61 NUM CD \(numberHead) \(relation)
                6 and and CCONJ CC 7 cc
                7 48 48 NUM CD 5 conj
                8 respectively respectively ADV RB 5 advmod
                9 will will AUX MD 10 aux
                10 lead lead VERB VB 0 root
                11 the the DET DT 12 det
                12 commission commission NOUN NN 10 obj
                13 . . PUNCT . 10 punct
                """, entities: [("Ferro", .person), ("Holm", .person)])
            let ages = facts.filter { $0.predicate.canonical == "age" }.map { "\($0.subject.text) \($0.object?.text ?? "")" }
            #expect(ages.sorted() == ["Ferro 61", "Holm 48"], "\(relation): \(facts.map(\.compact))")
        }
    }

    @Test func withoutRespectivelyEverySubjectTakesEveryObject() {
        #expect(chairing(respectively: false).count == 4)
    }
}
