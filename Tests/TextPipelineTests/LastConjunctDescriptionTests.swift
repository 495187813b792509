import Testing
import FactModel
@testable import TextPipeline

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
