import Testing
import FactModel
@testable import TextPipeline

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
