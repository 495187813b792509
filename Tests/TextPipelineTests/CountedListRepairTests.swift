import Testing
import FactModel
@testable import TextPipeline

/// `TreeRepairs.countedListDetachedFromItsNoun` over hand-built trees of our own sentences, in the
/// shapes the parser gave them: names that spell out a counted plural noun hung as conjuncts of a
/// noun inside its phrase, or as a clause of their own.
@Suite struct CountedListRepairTests {
    @Test func namesHungOnANounInsideThePhraseListTheCountedNoun() {
        // "The talks were assisted by two mediators from the Mediation Service, Louise Caron and
        // Arjun Mehta." with the names made conjuncts of "Service".
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 talks talk NOUN NNS 4 nsubj:pass
            3 were be AUX VBD 4 aux:pass
            4 assisted assist VERB VBN 0 root
            5 by by ADP IN 7 case
            6 two two NUM CD 7 nummod
            7 mediators mediator NOUN NNS 4 obl:agent
            8 from from ADP IN 11 case
            9 the the DET DT 11 det
            10 Mediation Mediation PROPN NNP 11 compound
            11 Service Service PROPN NNP 7 nmod
            12 , , PUNCT , 13 punct
            13 Louise Louise PROPN NNP 11 conj
            14 Caron Caron PROPN NNP 13 flat
            15 and and CCONJ CC 16 cc
            16 Arjun Arjun PROPN NNP 11 conj
            17 Mehta Mehta PROPN NNP 16 flat SpaceAfter=No
            18 . . PUNCT . 4 punct
            """,
            entities: [("Louise Caron", .person), ("Arjun Mehta", .person), ("Mediation Service", .organization)])
        let assistants = Set(facts.filter { $0.predicate.lemma == "assist" }.map(\.subject.text))
        #expect(assistants.isSuperset(of: ["Louise Caron", "Arjun Mehta"]), "\(facts.map(\.compact))")
    }

    @Test func namesParsedAsAClauseListTheCountedNoun() {
        // "The ministry gave the contracts to three companies, Hric Stav, Tatra Cesty and Dorn
        // Bau, officials said." with the names made a clause of "said".
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 ministry ministry NOUN NN 3 nsubj
            3 gave give VERB VBD 20 ccomp
            4 the the DET DT 5 det
            5 contracts contract NOUN NNS 3 obj
            6 to to ADP IN 8 case
            7 three three NUM CD 8 nummod
            8 companies company NOUN NNS 3 obl
            9 , , PUNCT , 10 punct
            10 Hric Hric PROPN NNP 20 ccomp
            11 Stav Stav PROPN NNP 10 flat
            12 , , PUNCT , 13 punct
            13 Tatra Tatra PROPN NNP 10 conj
            14 Cesty Cesty PROPN NNP 13 flat
            15 and and CCONJ CC 16 cc
            16 Dorn Dorn PROPN NNP 10 conj
            17 Bau Bau PROPN NNP 16 flat
            18 , , PUNCT , 19 punct
            19 officials official NOUN NNS 20 nsubj
            20 said say VERB VBD 0 root SpaceAfter=No
            21 . . PUNCT . 20 punct
            """, entities: [("Hric Stav", .organization), ("Tatra Cesty", .organization), ("Dorn Bau", .organization)])
        // What was given to the companies was received by each of them (`Recipients`).
        let receivers = Set(facts.filter { $0.predicate.lemma == "receive" }.map(\.subject.text))
        #expect(receivers.isSuperset(of: ["Hric Stav", "Tatra Cesty", "Dorn Bau"]), "\(facts.map(\.compact))")
    }

    @Test func fewerNamesThanTheCountAreLeftAlone() {
        // "… to three companies, Hric Stav and Dorn Bau, …": two names do not spell out three.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 ministry ministry NOUN NN 3 nsubj
            3 gave give VERB VBD 17 ccomp
            4 the the DET DT 5 det
            5 contracts contract NOUN NNS 3 obj
            6 to to ADP IN 8 case
            7 three three NUM CD 8 nummod
            8 companies company NOUN NNS 3 obl
            9 , , PUNCT , 10 punct
            10 Hric Hric PROPN NNP 17 ccomp
            11 Stav Stav PROPN NNP 10 flat
            12 and and CCONJ CC 13 cc
            13 Dorn Dorn PROPN NNP 10 conj
            14 Bau Bau PROPN NNP 13 flat
            15 , , PUNCT , 16 punct
            16 officials official NOUN NNS 17 nsubj
            17 said say VERB VBD 0 root SpaceAfter=No
            18 . . PUNCT . 17 punct
            """, entities: [("Hric Stav", .organization), ("Dorn Bau", .organization)])
        #expect(!facts.contains { $0.predicate.lemma == "receive" && $0.subject.text == "Hric Stav" }, "\(facts.map(\.compact))")
    }
}
