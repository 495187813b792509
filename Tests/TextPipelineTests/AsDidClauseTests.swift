import Testing
import FactModel
@testable import TextPipeline

/// "..., as did X": X did what the main clause says (`AsDidClauses`), over hand-built trees of our
/// own sentences in the two shapes the bundled parser gives them.
@Suite struct AsDidClauseTests {
    @Test func theSubjectHeadedClauseRepeatsTheMainFact() {
        // "The Daily Courier endorsed Ortiz, as did the Evening Star." with "did" read as an `amod`.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 3 det
            2 Daily Daily PROPN NNP 3 compound
            3 Courier Courier PROPN NNP 4 nsubj
            4 endorsed endorse VERB VBD 0 root
            5 Ortiz Ortiz PROPN NNP 4 obj
            6 , , PUNCT , 11 punct
            7 as as SCONJ IN 11 mark
            8 did do AUX VBD 11 amod
            9 the the DET DT 11 det
            10 Evening Evening PROPN NNP 11 compound
            11 Star Star PROPN NNP 4 advcl
            12 . . PUNCT . 4 punct
            """)
        #expect(compact(facts).contains("(the Evening Star; endorsed; Ortiz)"), "\(facts.map(\.compact))")
    }

    @Test func eachSubjectOfTheAuxiliaryClauseRepeatsIt() {
        // "Peru closed its border in March, as have Chile and Bolivia."
        let facts = ExtractionTreeBuilder.facts("""
            1 Peru Peru PROPN NNP 2 nsubj
            2 closed close VERB VBD 0 root
            3 its its PRON PRP$ 4 nmod:poss
            4 border border NOUN NN 2 obj
            5 in in ADP IN 6 case
            6 March March PROPN NNP 2 obl
            7 , , PUNCT , 9 punct
            8 as as SCONJ IN 9 mark
            9 have have VERB VBP 2 advcl
            10 Chile Chile PROPN NNP 9 obj
            11 and and CCONJ CC 12 cc
            12 Bolivia Bolivia PROPN NNP 10 conj
            13 . . PUNCT . 2 punct
            """)
        let found = compact(facts)
        #expect(found.contains("(Chile; closed; its border; in: March)"), "\(facts.map(\.compact))")
        #expect(found.contains("(Bolivia; closed; its border; in: March)"), "\(facts.map(\.compact))")
    }

    @Test func aClauseWithMoreThanASubjectIsNoRepetition() {
        // "Prices rose in May, as was expected by analysts."
        let facts = ExtractionTreeBuilder.facts("""
            1 Prices price NOUN NNS 2 nsubj
            2 rose rise VERB VBD 0 root
            3 in in ADP IN 4 case
            4 May May PROPN NNP 2 obl
            5 , , PUNCT , 8 punct
            6 as as SCONJ IN 8 mark
            7 was be AUX VBD 8 aux:pass
            8 expected expect VERB VBN 2 advcl
            9 by by ADP IN 10 case
            10 analysts analyst NOUN NNS 8 obl
            11 . . PUNCT . 2 punct
            """)
        #expect(!compact(facts).contains { $0.hasPrefix("(analysts; rose") }, "\(facts.map(\.compact))")
    }
}
