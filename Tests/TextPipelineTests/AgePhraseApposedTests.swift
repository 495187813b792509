import FactModel
import Testing
@testable import TextPipeline

/// "Vance, 36 years old, is married": an age phrase set off by commas after a name is its age,
/// as a bare "Vance, 36," is, though the parser hangs "old" on the name as a modifier.
@Suite struct AgePhraseApposedTests {
    @Test func anAgePhraseBetweenCommasIsTheNamesAge() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Vance Vance PROPN NNP 8 nsubj:pass
            2 , , PUNCT , 5 punct
            3 36 36 NUM CD 4 nummod
            4 years year NOUN NNS 5 obl:unmarked
            5 old old ADJ JJ 1 amod
            6 , , PUNCT , 5 punct
            7 is be AUX VBZ 8 aux:pass
            8 married marry VERB VBN 0 root
            9 . . PUNCT . 8 punct
            """, entities: [("Vance", .person)])
        #expect(facts.contains { $0.predicate.canonical == "age" && $0.subject.text == "Vance" && $0.object?.text.hasPrefix("36") == true },
                "\(facts.map(\.compact))")
    }

    @Test func anOldThingIsNoAge() {
        // "the bridge, 90 years old," has no person; "the old harbour" has no number.
        let facts = ExtractionTreeBuilder.facts("""
            1 They they PRON PRP 2 nsubj
            2 visited visit VERB VBD 0 root
            3 the the DET DT 5 det
            4 old old ADJ JJ 5 amod
            5 harbour harbour NOUN NN 2 obj
            6 . . PUNCT . 2 punct
            """)
        #expect(!facts.contains { $0.predicate.canonical == "age" }, "\(facts.map(\.compact))")
    }
}
