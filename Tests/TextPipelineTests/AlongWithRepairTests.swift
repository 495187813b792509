import Testing
import FactModel
@testable import TextPipeline

/// "X, along with Y, did Z": both did it (`TreeRepairs.alongWithTakenForAModifier`), over
/// hand-built trees of our own sentences shaped as the bundled parser parses them.
@Suite struct AlongWithRepairTests {
    @Test func bothSubjectsDoWhatTheVerbSays() {
        // "The mayor, along with two aides, visited the site."
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 mayor mayor NOUN NN 9 nsubj
            3 , , PUNCT , 7 punct
            4 along along ADP IN 7 case
            5 with with ADP IN 7 case
            6 two two NUM CD 7 nummod
            7 aides aide NOUN NNS 2 nmod
            8 , , PUNCT , 2 punct
            9 visited visit VERB VBD 0 root
            10 the the DET DT 11 det
            11 site site NOUN NN 9 obj
            12 . . PUNCT . 9 punct
            """)
        let found = compact(facts)
        #expect(found.contains("(The mayor; visited; the site)"), "\(facts.map(\.compact))")
        #expect(found.contains("(two aides; visited; the site)"), "\(facts.map(\.compact))")
    }

    @Test func alongWithAfterTheVerbStaysAModifier() {
        // "The letter along with a check arrived.": no comma sets the phrase off, so it stays a modifier.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 letter letter NOUN NN 7 nsubj:pass
            3 along along ADP IN 6 case
            4 with with ADP IN 6 case
            5 a a DET DT 6 det
            6 check check NOUN NN 2 nmod
            7 arrived arrive VERB VBD 0 root
            8 . . PUNCT . 7 punct
            """)
        #expect(!compact(facts).contains { $0.hasPrefix("(a check;") }, "\(facts.map(\.compact))")
    }
}
