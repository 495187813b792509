import Testing
import FactModel
@testable import TextPipeline

/// An adverb between a verb and the preposition that joins its relation goes with them
/// ("relies heavily on"), over hand-built trees of our own sentences.
@Suite struct RelationAdverbTests {
    func compact(_ facts: [Fact]) -> Set<String> { Set(facts.map(\.compact)) }

    @Test func theAdverbJoinsTheVerbAndItsPreposition() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 town town NOUN NN 3 nsubj
            3 depends depend VERB VBZ 0 root
            4 heavily heavily ADV RB 3 advmod
            5 on on ADP IN 6 case
            6 tourism tourism NOUN NN 3 obl
            7 . . PUNCT . 3 punct
            """)
        #expect(compact(facts).contains("(The town; depends heavily on; tourism)"), "\(facts.map(\.compact))")
    }
}
