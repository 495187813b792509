import FactModel
import Testing
@testable import TextPipeline

/// "forced 62,000 residents to leave their homes", "forcing 9,400 people from their homes": who was
/// evacuated, without the verb (`Evacuations`), and the object of "force" as the one who leaves.
@Suite struct EvacuationTests {
    func evacuated(_ facts: [Fact]) -> [String] {
        facts.filter { $0.predicate.canonical == "evacuate" && $0.predicate.voice == .passive && $0.kind == .derived }.map(\.subject.text)
    }

    @Test func theObjectOfForceLeavesItsHomesAndWasEvacuated() {
        // The parser read the infinitive as a purpose clause (`advcl`): the object still does it.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 floods flood NOUN NNS 3 nsubj
            3 forced force VERB VBD 0 root
            4 9,000 9,000 NUM CD 5 nummod
            5 residents resident NOUN NNS 3 obj
            6 to to PART TO 7 mark
            7 leave leave VERB VB 3 advcl
            8 their their PRON PRP$ 9 nmod:poss
            9 homes home NOUN NNS 7 obj SpaceAfter=No
            10 . . PUNCT . 3 punct
            """)
        #expect(facts.contains { $0.subject.text == "9,000 residents" && $0.predicate.lemma == "leave" }, "\(facts.map(\.compact))")
        #expect(evacuated(facts) == ["9,000 residents"])
    }

    @Test func peopleForcedFromTheirHomesWereEvacuated() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 eruption eruption NOUN NN 3 nsubj
            3 forced force VERB VBD 0 root
            4 400 400 NUM CD 5 nummod
            5 people people NOUN NNS 3 obj
            6 from from ADP IN 8 case
            7 their their PRON PRP$ 8 nmod:poss
            8 homes home NOUN NNS 3 obl SpaceAfter=No
            9 . . PUNCT . 3 punct
            """)
        #expect(evacuated(facts) == ["400 people"], "\(facts.map(\.compact))")
        // Forced from a meeting is no evacuation.
        let meeting = ExtractionTreeBuilder.facts("""
            1 Police police NOUN NNS 2 nsubj
            2 forced force VERB VBD 0 root
            3 protesters protester NOUN NNS 2 obj
            4 from from ADP IN 6 case
            5 the the DET DT 6 det
            6 square square NOUN NN 2 obl SpaceAfter=No
            7 . . PUNCT . 2 punct
            """)
        #expect(evacuated(meeting).isEmpty)
    }

    @Test func aPurposeClauseAfterAnotherVerbKeepsItsSubject() {
        // "sent boats to reach villages": "send" makes no object act; the senders reach them.
        let facts = ExtractionTreeBuilder.facts("""
            1 Soldiers soldier NOUN NNS 2 nsubj
            2 sent send VERB VBD 0 root
            3 boats boat NOUN NNS 2 obj
            4 to to PART TO 5 mark
            5 reach reach VERB VB 2 advcl
            6 villages village NOUN NNS 5 obj SpaceAfter=No
            7 . . PUNCT . 2 punct
            """)
        #expect(facts.contains { $0.subject.text == "Soldiers" && $0.predicate.lemma == "reach" }, "\(facts.map(\.compact))")
        #expect(evacuated(facts).isEmpty)
    }
}
