import Testing
import FactModel
@testable import TextPipeline

/// `TreeRepairs.infinitiveOfTheChosenTakenForAPurpose` over hand-built trees of our own
/// sentences: the one chosen does what the infinitive says.
@Suite struct ChosenInfinitiveTests {
    @Test func theAppointedDoesWhatTheInfinitiveSays() {
        // "The governor appointed Ana Ruiz to replace Holm." parsed with "replace" a clause of purpose.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 governor governor NOUN NN 3 nsubj
            3 appointed appoint VERB VBD 0 root
            4 Ana Ana PROPN NNP 3 obj
            5 Ruiz Ruiz PROPN NNP 4 flat
            6 to to PART TO 7 mark
            7 replace replace VERB VB 3 advcl
            8 Holm Holm PROPN NNP 7 obj
            9 . . PUNCT . 3 punct
            """, entities: [("Ana Ruiz", .person), ("Holm", .person)])
        let keys = Set(facts.map(\.keys))
        #expect(keys.contains("(Ana Ruiz; replace; Holm)"), "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.subject.text == "The governor" && $0.predicate.lemma.contains("replace") }, "\(facts.map(\.compact))")
    }

    @Test func aPurposeOfAnotherVerbStaysTheSubjectsAct() {
        // "The governor visited Ana Ruiz to discuss the budget.": the visitor discusses.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 governor governor NOUN NN 3 nsubj
            3 visited visit VERB VBD 0 root
            4 Ana Ana PROPN NNP 3 obj
            5 Ruiz Ruiz PROPN NNP 4 flat
            6 to to PART TO 7 mark
            7 discuss discuss VERB VB 3 advcl
            8 the the DET DT 9 det
            9 budget budget NOUN NN 7 obj
            10 . . PUNCT . 3 punct
            """, entities: [("Ana Ruiz", .person)])
        #expect(!facts.contains { $0.subject.text == "Ana Ruiz" && $0.predicate.lemma == "discuss" }, "\(facts.map(\.compact))")
    }
}
