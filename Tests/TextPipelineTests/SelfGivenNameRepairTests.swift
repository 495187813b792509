import FactModel
import Testing
@testable import TextPipeline

/// "A criminal group calling itself BlackVeil claimed responsibility": the name is what the
/// participle calls the group, not a second subject (`TreeRepairs.selfGivenNameTakenForASubject`).
@Suite struct SelfGivenNameRepairTests {
    @Test func aNameAfterCallingItselfIsNoSecondSubject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 A a DET DT 2 det
            2 group group NOUN NN 7 nsubj
            3 calling call VERB VBG 2 acl
            4 itself itself PRON PRP 7 obl:unmarked
            5 Black Black PROPN NNP 6 compound
            6 Veil Veil PROPN NNP 7 nsubj
            7 claimed claim VERB VBD 0 root
            8 responsibility responsibility NOUN NN 7 obj SpaceAfter=No
            9 . . PUNCT . 7 punct
            """, entities: [("Black Veil", .organization)])
        #expect(facts.contains { $0.subject.text == "A group calling itself Black Veil" && $0.predicate.lemma == "claim" },
                "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.subject.text == "A group calling" })
    }
}
