import Testing
import FactModel
@testable import TextPipeline

/// Examples after "such as", "including" or "like" give one copula per item
/// (`ExampleLists.swift`), over hand-built trees of our own sentences.
@Suite struct ExampleListTests {
    @Test func eachExampleAfterSuchAsIsACopulaOfTheNoun() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 shop shop NOUN NN 3 nsubj
            3 sells sell VERB VBZ 0 root
            4 hardy hardy ADJ JJ 5 amod
            5 fruits fruit NOUN NNS 3 obj
            6 , , PUNCT , 9 punct
            7 such such ADJ JJ 9 case
            8 as as ADP IN 7 fixed
            9 plums plum NOUN NNS 5 nmod
            10 and and CCONJ CC 11 cc
            11 pears pear NOUN NNS 9 conj
            12 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("copula (hardy fruits; be such as; plums)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("copula (hardy fruits; be such as; pears)"), "\(facts.map(\.compact))")
    }

    @Test func itemsOfAListTakenForAnAppositionAreNotDescribedByEachOther() {
        let facts = ExtractionTreeBuilder.facts("""
            1 He he PRON PRP 2 nsubj
            2 visited visit VERB VBD 0 root
            3 three three NUM CD 4 nummod
            4 towns town NOUN NNS 2 obj
            5 , , PUNCT , 6 punct
            6 including include VERB VBG 7 case
            7 Arlon Arlon PROPN NNP 4 nmod
            8 , , PUNCT , 9 punct
            9 Namur Namur PROPN NNP 7 appos
            10 . . PUNCT . 2 punct
            """)
        #expect(compact(facts).contains("copula (three towns; be including; Arlon)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("copula (three towns; be including; Namur)"), "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.kind == .appositive }, "\(facts.map(\.compact))")
    }

    @Test func likeAfterAVerbIsNoExample() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 roof roof NOUN NN 4 nsubj:pass
            3 is be AUX VBZ 4 aux:pass
            4 shaped shape VERB VBN 0 root
            5 like like ADP IN 7 case
            6 a a DET DT 7 det
            7 wave wave NOUN NN 4 obl
            8 . . PUNCT . 4 punct
            """)
        #expect(!facts.contains { $0.predicate.lemma.hasPrefix("be like") }, "\(facts.map(\.compact))")
    }

    @Test func anExampleListMisparsedAsAnAppositionIsStillAList() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Traders traders NOUN NNS 2 nsubj
            2 crossed cross VERB VBD 0 root
            3 the the DET DT 4 det
            4 kingdoms kingdom NOUN NNS 2 obj
            5 , , PUNCT , 8 punct
            6 such such ADJ JJ 8 case
            7 as as ADP IN 6 fixed
            8 Aksum Aksum PROPN NNP 4 appos
            9 and and CCONJ CC 10 cc
            10 Kush Kush PROPN NNP 8 conj
            11 . . PUNCT . 2 punct
            """)
        #expect(compact(facts).contains("copula (the kingdoms; be such as; Aksum)"), "\(facts.map(\.compact))")
        #expect(compact(facts).contains("copula (the kingdoms; be such as; Kush)"), "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.kind == .appositive }, "\(facts.map(\.compact))")
    }
}
