import Testing
import FactModel
@testable import TextPipeline

/// A noun phrase keeps the quote marks that pair with it (`SentenceTree.quoted`), over hand-built
/// trees of our own sentences.
@Suite struct QuotedArgumentTests {
    @Test func aQuotedTitleAtTheEndOfAPhraseKeepsItsClosingMark() {
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 2 nsubj
            2 starred star VERB VBD 0 root
            3 in in ADP IN 5 case
            4 the the DET DT 5 det
            5 film film NOUN NN 2 obl
            6 `` `` PUNCT `` 8 punct
            7 Red red PROPN NNP 8 compound
            8 Sky Sky PROPN NNP 5 appos
            9 '' '' PUNCT '' 8 punct
            10 in in ADP IN 11 case
            11 1990 1990 NUM CD 2 obl
            12 . . PUNCT . 2 punct
            """)
        #expect(compact(facts).contains("(She; starred in; the film; in: 1990)"), "\(facts.map(\.compact))")
        let title = facts.first { $0.kind == .appositive }
        #expect(title?.object?.text == "`` Red Sky ''" || title?.subject.text == "`` Red Sky ''", "\(facts.map(\.compact))")
    }

    @Test func aWholeQuotedObjectKeepsBothMarks() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 band band NOUN NN 3 nsubj
            3 recorded record VERB VBD 0 root
            4 `` `` PUNCT `` 3 punct
            5 Blue blue PROPN NNP 6 compound
            6 Water Water PROPN NNP 3 obj
            7 '' '' PUNCT '' 3 punct
            8 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(The band; recorded; `` Blue Water '')"), "\(facts.map(\.compact))")
    }

    @Test func aMarkOutsideThePhraseOnOneSideOnlyStaysOut() {
        let facts = ExtractionTreeBuilder.facts("""
            1 `` `` PUNCT `` 4 punct
            2 The the DET DT 3 det
            3 band band NOUN NN 4 nsubj
            4 recorded record VERB VBD 0 root
            5 it it PRON PRP 4 obj
            6 . . PUNCT . 4 punct
            7 '' '' PUNCT '' 4 punct
            """)
        #expect(compact(facts).contains("(The band; recorded; it)"), "\(facts.map(\.compact))")
    }
}
