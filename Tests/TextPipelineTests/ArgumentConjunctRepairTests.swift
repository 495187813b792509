import Testing
import FactModel
@testable import TextPipeline

/// `TreeRepairs.nounConjunctHungOnTheVerb` over hand-built trees of our own sentences.
@Suite struct ArgumentConjunctRepairTests {
    @Test func aNounConjunctOfTheVerbJoinsTheAgentBeforeIt() {
        // "The suit was filed by the union and the tenants' association of the district." parsed
        // with "association" a conjunct of the verb.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 suit suit NOUN NN 4 nsubj:pass
            3 was be AUX VBD 4 aux:pass
            4 filed file VERB VBN 0 root
            5 by by ADP IN 7 case
            6 the the DET DT 7 det
            7 union union NOUN NN 4 obl:agent
            8 and and CCONJ CC 12 cc
            9 the the DET DT 10 det
            10 tenants tenant NOUN NNS 12 nmod:poss SpaceAfter=No
            11 ' ' PART POS 10 case
            12 association association NOUN NN 4 conj
            13 of of ADP IN 15 case
            14 the the DET DT 15 det
            15 district district NOUN NN 12 nmod SpaceAfter=No
            16 . . PUNCT . 4 punct
            """)
        let filers = facts.filter { $0.predicate.lemma == "file" }.map(\.subject.text)
        #expect(filers == ["the union", "the tenants' association of the district"], "\(facts.map(\.compact))")
    }

    @Test func aConjunctThatIsAClauseStaysTheVerbs() {
        // "The union filed the suit and the judge was angry." : "angry" has its own subject.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 union union NOUN NN 3 nsubj
            3 filed file VERB VBD 0 root
            4 the the DET DT 5 det
            5 suit suit NOUN NN 3 obj
            6 and and CCONJ CC 10 cc
            7 the the DET DT 8 det
            8 judge judge NOUN NN 10 nsubj
            9 was be AUX VBD 10 cop
            10 fury fury NOUN NN 3 conj SpaceAfter=No
            11 . . PUNCT . 3 punct
            """)
        #expect(!facts.contains { $0.predicate.lemma == "file" && $0.object?.text.contains("fury") == true }, "\(facts.map(\.compact))")
    }
}
