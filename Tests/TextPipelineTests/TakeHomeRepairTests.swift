import FactModel
import Testing
@testable import TextPipeline

/// "Sato takes home US$2.55 million": "home" is the particle of "take home", not a place.
@Suite struct TakeHomeRepairTests {
    @Test func homeAfterTakeWithAnObjectIsItsParticle() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Sato Sato PROPN NNP 2 nsubj
            2 takes take VERB VBZ 0 root
            3 home home ADV RB 2 advmod
            4 $ $ SYM $ 2 obj
            5 2 2 NUM CD 4 nummod SpaceAfter=No
            6 . . PUNCT . 2 punct
            """, entities: [("Sato", .person)])
        #expect(facts.contains { $0.predicate.lemma == "take home" && $0.subject.text == "Sato" }, "\(facts.map(\.compact))")
    }
}
