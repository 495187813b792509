import Testing
import FactModel
@testable import TextPipeline

/// A verb conjunct shares its governor's auxiliaries when its form continues them
/// (`SharedAuxiliaries.swift`), over hand-built trees of our own sentences.
@Suite struct SharedAuxiliaryTests {
    @Test func aParticipleAfterAPassiveAuxiliaryIsPassiveToo() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 driver driver NOUN NN 4 nsubj:pass
            3 was be AUX VBD 4 aux:pass
            4 stopped stop VERB VBN 0 root
            5 and and CCONJ CC 6 cc
            6 fined fine VERB VBN 4 conj
            7 for for ADP IN 8 case
            8 speeding speeding NOUN NN 6 obl
            9 . . PUNCT . 4 punct
            """)
        let fined = facts.first { $0.predicate.lemma == "fine" }
        #expect(fined?.compact == "(The driver; was fined for; speeding)", "\(facts.map(\.compact))")
        #expect(fined?.predicate.voice == .passive)
    }

    @Test func aParticipleWithADirectObjectDoesNotShareAPassiveAuxiliary() {
        // "She was born in Leeds and studied law": she studied it, not "was studied".
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 3 nsubj:pass
            2 was be AUX VBD 3 aux:pass
            3 born bear VERB VBN 0 root
            4 in in ADP IN 5 case
            5 Leeds Leeds PROPN NNP 3 obl
            6 and and CCONJ CC 7 cc
            7 studied study VERB VBN 3 conj
            8 law law NOUN NN 7 obj
            9 . . PUNCT . 3 punct
            """)
        let studied = facts.first { $0.predicate.lemma == "study" }
        #expect(studied?.predicate.voice == .active, "\(facts.map(\.compact))")
        #expect(studied?.object?.text == "law", "\(facts.map(\.compact))")
    }

    @Test func aModalAndItsNegationCarryOverToABaseForm() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 governor governor NOUN NN 5 nsubj
            3 will will AUX MD 5 aux
            4 not not PART RB 5 advmod
            5 sign sign VERB VB 0 root
            6 the the DET DT 7 det
            7 bill bill NOUN NN 5 obj
            8 or or CCONJ CC 9 cc
            9 veto veto VERB VB 5 conj
            10 it it PRON PRP 9 obj
            11 . . PUNCT . 5 punct
            """)
        let veto = facts.first { $0.predicate.lemma == "veto" }
        #expect(veto?.compact == "(The governor; will not veto; it)", "\(facts.map(\.compact))")
        #expect(veto?.predicate.negated == true)
        #expect(veto?.predicate.modality == "will")
    }

    @Test func aPerfectAuxiliaryCarriesOverEvenToAParticipleTaggedAsPastTense() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 minister minister NOUN NN 4 nsubj
            3 has have AUX VBZ 4 aux
            4 resigned resign VERB VBN 0 root
            5 and and CCONJ CC 6 cc
            6 left leave VERB VBD 4 conj
            7 the the DET DT 8 det
            8 party party NOUN NN 6 obj
            9 . . PUNCT . 4 punct
            """)
        #expect(compact(facts).contains("(The minister; has left; the party)"), "\(facts.map(\.compact))")
    }

    @Test func aFinitePastAfterDoSharesNothing() {
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 4 nsubj
            2 did do AUX VBD 4 aux
            3 not not PART RB 4 advmod
            4 vote vote VERB VB 0 root
            5 and and CCONJ CC 6 cc
            6 went go VERB VBD 4 conj
            7 home home ADV RB 6 advmod
            8 . . PUNCT . 4 punct
            """)
        let went = facts.first { $0.predicate.lemma == "go" }
        #expect(went?.predicate.surface == "went", "\(facts.map(\.compact))")
        #expect(went?.predicate.negated == false)
    }

    @Test func aParticipleAfterACommaWithNoCoordinatorIsAClauseOfItsOwn() {
        // "The port was built in 1900, followed by a railway." parsed with "followed" a conjunct.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 port port NOUN NN 4 nsubj:pass
            3 was be AUX VBD 4 aux:pass
            4 built build VERB VBN 0 root
            5 in in ADP IN 6 case
            6 1900 1900 NUM CD 4 obl
            7 , , PUNCT , 8 punct
            8 followed follow VERB VBN 4 conj
            9 by by ADP IN 11 case
            10 a a DET DT 11 det
            11 railway railway NOUN NN 8 obl
            12 . . PUNCT . 4 punct
            """)
        let followed = facts.first { $0.predicate.lemma == "follow" }
        #expect(followed?.predicate.surface.hasPrefix("was") == false, "\(facts.map(\.compact))")
        #expect(followed?.predicate.voice != .passive)
    }
}
