import FactModel
import Testing
@testable import TextPipeline

/// "The race itself was won by Ada Lind": the parser made "itself" the passive's subject, with
/// the verb a relative clause of "race" (`TreeRepairs.emphaticReflexiveTakenForTheSubject`).
@Suite struct ReflexiveRepairTests {
    @Test func anEmphaticReflexiveOnlyStressesTheNounBeforeIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 race race NOUN NN 0 root
            3 itself itself PRON PRP 5 nsubj:pass
            4 was be AUX VBD 5 aux:pass
            5 won win VERB VBN 2 acl
            6 by by ADP IN 7 case
            7 Ada Ada PROPN NNP 5 obl:agent
            8 Lind Lind PROPN NNP 7 flat SpaceAfter=No
            9 . . PUNCT . 2 punct
            """, entities: [("Ada Lind", .person)])
        #expect(facts.contains { $0.subject.text == "Ada Lind" && $0.predicate.lemma == "win" && $0.object?.text == "The race itself" },
                "\(facts.map(\.compact))")
    }
}
