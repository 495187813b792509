import Testing
import FactModel
@testable import TextPipeline

/// Repairs that let "respectively" pair what the parser split apart, over hand-built trees of our
/// own sentences in the shapes the parser gave them (`TreeRepairs.ordinalConjunctHungOnTheVerb`,
/// `currencyLettersTakenForTheHead`, `phraseHungOnRespectively`).
@Suite struct RespectivelyRepairTests {
    @Test func ordinalsCoordinatedAcrossTheVerbPairWithTheSubjects() {
        // "Coles and Whaanga finished second and third respectively." with "third" a conjunct of the verb.
        let facts = ExtractionTreeBuilder.facts("""
            1 Coles Coles PROPN NNP 4 nsubj
            2 and and CCONJ CC 3 cc
            3 Whaanga Whaanga PROPN NNP 1 conj
            4 finished finish VERB VBD 0 root
            5 second second ADV RB 4 advmod
            6 and and CCONJ CC 7 cc
            7 third third ADJ JJ 4 conj
            8 respectively respectively ADV RB 7 advmod SpaceAfter=No
            9 . . PUNCT . 4 punct
            """, entities: [("Coles", .person), ("Whaanga", .person)])
        let places = Set(facts.filter { $0.predicate.lemma == "finish" }.map { "\($0.subject.text) \($0.object?.text ?? "-")" })
        #expect(places == ["Coles second", "Whaanga third"], "\(facts.map(\.compact))")
    }

    @Test func countryLettersOnTheDollarSignDoNotHeadTheAmount() {
        // "Holt and Berg raised C$120,000 and C$95,000, respectively." with the letters made heads.
        let facts = ExtractionTreeBuilder.facts("""
            1 Holt Holt PROPN NNP 4 nsubj
            2 and and CCONJ CC 3 cc
            3 Berg Berg PROPN NNP 1 conj
            4 raised raise VERB VBD 0 root
            5 C C PROPN NNP 4 obj SpaceAfter=No
            6 $ $ SYM $ 5 obj SpaceAfter=No
            7 120,000 120,000 NUM CD 6 nummod
            8 and and CCONJ CC 9 cc
            9 C C PROPN NNP 6 conj SpaceAfter=No
            10 $ $ SYM $ 9 obj SpaceAfter=No
            11 95,000 95,000 NUM CD 10 nummod SpaceAfter=No
            12 , , PUNCT , 13 punct
            13 respectively respectively ADV RB 10 advmod SpaceAfter=No
            14 . . PUNCT . 4 punct
            """, entities: [("Holt", .person), ("Berg", .person)])
        let amounts = Set(facts.filter { $0.predicate.lemma == "raise" }.map { "\($0.subject.text) \($0.object?.text ?? "-")" })
        #expect(amounts == ["Holt C$120,000", "Berg C$95,000"], "\(facts.map(\.compact))")
    }

    @Test func aPlaceAfterRespectivelyIsTheVerbsAndPairsToo() {
        // "Shares in Tallis and Brenna fell 4 percent and 2 percent, respectively, in Oslo and
        // Copenhagen." with the places hung on the adverb.
        let facts = ExtractionTreeBuilder.facts("""
            1 Shares share NOUN NNS 6 nsubj
            2 in in ADP IN 3 case
            3 Tallis Tallis PROPN NNP 1 nmod
            4 and and CCONJ CC 5 cc
            5 Brenna Brenna PROPN NNP 3 conj
            6 fell fall VERB VBD 0 root
            7 4 4 NUM CD 8 nummod
            8 percent percent NOUN NN 6 obj
            9 and and CCONJ CC 11 cc
            10 2 2 NUM CD 11 nummod
            11 percent percent NOUN NN 8 conj SpaceAfter=No
            12 , , PUNCT , 13 punct
            13 respectively respectively ADV RB 6 advmod SpaceAfter=No
            14 , , PUNCT , 16 punct
            15 in in ADP IN 16 case
            16 Oslo Oslo PROPN NNP 13 obl
            17 and and CCONJ CC 18 cc
            18 Copenhagen Copenhagen PROPN NNP 16 conj SpaceAfter=No
            19 . . PUNCT . 6 punct
            """, entities: [("Tallis", .organization), ("Brenna", .organization), ("Oslo", .place), ("Copenhagen", .place)])
        let falls = Set(facts.filter { $0.predicate.lemma == "fall" }.map {
            "\($0.subject.text) \($0.object?.text ?? "-") \($0.qualifiers.map { "\($0.marker) \($0.argument.text)" }.joined())"
        })
        #expect(falls == ["Shares in Tallis 4 percent in Oslo", "Shares in Brenna 2 percent in Copenhagen"], "\(facts.map(\.compact))")
    }
}
