import Testing
import FactModel
@testable import TextPipeline

/// A "which" clause after a comma that the parser hung on the main verb as an adverbial clause
/// is a relative clause of the noun before the comma (`TreeRepairs+Relatives.swift`), over a
/// hand-built tree of our own sentence.
@Suite struct RelativeAdverbialRepairTests {
    @Test func whichStandsForTheNounBeforeTheComma() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Monks monk NOUN NNS 2 nsubj
            2 built build VERB VBD 0 root
            3 a a DET DT 4 det
            4 chapel chapel NOUN NN 2 obj
            5 , , PUNCT , 8 punct
            6 which which PRON WDT 8 nsubj:pass
            7 was be AUX VBD 8 aux:pass
            8 enlarged enlarge VERB VBN 2 advcl
            9 in in ADP IN 10 case
            10 1850 1850 NUM CD 8 obl
            11 . . PUNCT . 2 punct
            """)
        let enlarged = facts.first { $0.predicate.lemma == "enlarge" }
        #expect(enlarged?.subject.text == "a chapel", "\(facts.map(\.compact))")
    }
}
