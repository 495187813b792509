import Testing
import FactModel
@testable import TextPipeline

/// A sentence that opens with its source ("According to the harbour board, ...") keeps its verb
/// as the root and the source as its "according to" oblique (`TreeRepairs+FrontedSources.swift`);
/// a negated conjunct ("by the board and not by the mayor") gives no fact (`conjuncts(of:)`).
/// Hand-built trees of our own sentences, shaped as the parser gives them.
@Suite struct FrontedSourceRepairTests {
    @Test func theVerbHungOnTheSourceIsTheRoot() {
        let facts = ExtractionTreeBuilder.facts("""
            1 According accord VERB VBG 4 case
            2 to to ADP IN 1 fixed
            3 the the DET DT 4 det
            4 board board NOUN NN 0 root
            5 , , PUNCT , 9 punct
            6 about about ADV RB 7 advmod
            7 200 200 NUM CD 8 nummod
            8 boats boat NOUN NNS 10 nsubj:pass
            9 were be AUX VBD 10 aux:pass
            10 moored moor VERB VBN 4 parataxis
            11 on on ADP IN 12 case
            12 Friday Friday PROPN NNP 10 obl
            13 . . PUNCT . 4 punct
            """)
        #expect(compact(facts).contains { $0.contains("moored") && $0.contains("according to: the board") }, "\(facts.map(\.compact))")
    }

    @Test func aSourceWithoutAClauseStaysAsItIs() {
        // A headline-like fragment: no verb with a subject hangs on the source.
        let facts = ExtractionTreeBuilder.facts("""
            1 According accord VERB VBG 4 case
            2 to to ADP IN 1 fixed
            3 the the DET DT 4 det
            4 board board NOUN NN 0 root
            5 . . PUNCT . 4 punct
            """)
        #expect(!compact(facts).contains { $0.contains("according to") }, "\(facts.map(\.compact))")
    }

    @Test func aNegatedConjunctGivesNoFact() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 prize prize NOUN NN 3 nsubj
            3 went go VERB VBD 0 root
            4 to to ADP IN 5 case
            5 Oslo Oslo PROPN NNP 3 obl
            6 , , PUNCT , 9 punct
            7 not not PART RB 9 advmod
            8 to to ADP IN 9 case
            9 Rome Rome PROPN NNP 5 conj
            10 . . PUNCT . 3 punct
            """, entities: [("Oslo", .place), ("Rome", .place)])
        #expect(compact(facts).contains { $0.contains("Oslo") }, "\(facts.map(\.compact))")
        #expect(!compact(facts).contains { $0.contains("Rome") }, "\(facts.map(\.compact))")
    }
}

/// A singular description set off after the last of two conjuncts describes that conjunct, not
/// the first the parser hung it on (`descriptionOfTheLastConjunctHungOnTheFirst`).
@Suite struct LastConjunctDescriptionTests {
    @Test func theDescriptionAfterTheLastConjunctIsItsOwn() {
        let described = ExtractionTreeBuilder.facts("""
            1 Ana Ana PROPN NNP 10 nsubj
            2 Ruiz Ruiz PROPN NNP 1 flat
            3 and and CCONJ CC 4 cc
            4 Ivo Ivo PROPN NNP 1 conj
            5 Lind Lind PROPN NNP 4 flat
            6 , , PUNCT , 8 punct
            7 the the DET DT 8 det
            8 mayor mayor NOUN NN 1 appos
            9 , , PUNCT , 8 punct
            10 resigned resign VERB VBD 0 root
            11 . . PUNCT . 10 punct
            """, entities: [("Ana Ruiz", .person), ("Ivo Lind", .person)])
        #expect(compact(described).contains("appositive (Ivo Lind; be; the mayor)"), "\(described.map(\.compact))")
        #expect(!compact(described).contains("appositive (Ana Ruiz; be; the mayor)"), "\(described.map(\.compact))")
    }

    @Test func aPluralDescriptionDescribesThemAll() {
        let described = ExtractionTreeBuilder.facts("""
            1 Ana Ana PROPN NNP 10 nsubj
            2 Ruiz Ruiz PROPN NNP 1 flat
            3 and and CCONJ CC 4 cc
            4 Ivo Ivo PROPN NNP 1 conj
            5 Lind Lind PROPN NNP 4 flat
            6 , , PUNCT , 8 punct
            7 both both DET DT 8 det
            8 mayors mayor NOUN NNS 1 appos
            9 , , PUNCT , 8 punct
            10 resigned resign VERB VBD 0 root
            11 . . PUNCT . 10 punct
            """, entities: [("Ana Ruiz", .person), ("Ivo Lind", .person)])
        #expect(compact(described).contains("appositive (Ana Ruiz; be; both mayors)"), "\(described.map(\.compact))")
    }
}

/// "Richard and Lisa Parry": two given names sharing the surname written after the second are
/// two people (`surnameSharedByCoordinatedGivenNames`).
@Suite struct SharedSurnameTests {
    @Test func theSurnameAfterTheSecondGivenNameIsItsOwn() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Omar Omar PROPN NNP 5 nsubj
            2 and and CCONJ CC 3 cc
            3 Nadia Nadia PROPN NNP 1 conj
            4 Haddad Haddad PROPN NNP 1 flat
            5 opened open VERB VBD 0 root
            6 a a DET DT 7 det
            7 bakery bakery NOUN NN 5 obj
            8 . . PUNCT . 5 punct
            """, entities: [("Omar", .person), ("Nadia Haddad", .person)])
        #expect(compact(facts).contains("(Omar; opened; a bakery)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("(Nadia Haddad; opened; a bakery)"), "\(facts.map(\.compact))")
    }
}

/// "from Turkey to Greece" with "to Greece" hung on "Turkey": both ends are the verb's
/// (`toPhraseHungOnTheFromPhrase`).
@Suite struct FromToRepairTests {
    @Test func theToPhraseIsTheVerbsOwn() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 ferry ferry NOUN NN 3 nsubj
            3 sailed sail VERB VBD 0 root
            4 from from ADP IN 5 case
            5 Kelp Kelp PROPN NNP 3 obl
            6 to to ADP IN 7 case
            7 Norland Norland PROPN NNP 5 nmod
            8 . . PUNCT . 3 punct
            """, entities: [("Kelp", .place), ("Norland", .place)])
        #expect(compact(facts).contains("(The ferry; sailed from; Kelp; to: Norland)"), "\(facts.map(\.compact))")
    }
}

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
