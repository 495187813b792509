import Testing
import FactModel
@testable import TextPipeline

/// A sentence that opens with its source ("According to the harbour board, ...") keeps its verb
/// as the root and the source as its "according to" oblique (`TreeRepairs+FrontedSources.swift`);
/// a negated conjunct ("by the board and not by the mayor") gives no fact (`conjuncts(of:)`).
/// Hand-built trees of our own sentences, shaped as the parser gives them.
@Suite struct FrontedSourceRepairTests {
    @Test func theVerbHungOnTheSourceIsTheRoot() {
        let facts = ExtractionTreeBuilder.facts("""
            1 According accord VERB VBG 4 case
            2 to to ADP IN 1 fixed
            3 the the DET DT 4 det
            4 board board NOUN NN 0 root
            5 , , PUNCT , 9 punct
            6 about about ADV RB 7 advmod
            7 200 200 NUM CD 8 nummod
            8 boats boat NOUN NNS 10 nsubj:pass
            9 were be AUX VBD 10 aux:pass
            10 moored moor VERB VBN 4 parataxis
            11 on on ADP IN 12 case
            12 Friday Friday PROPN NNP 10 obl
            13 . . PUNCT . 4 punct
            """)
        #expect(compact(facts).contains { $0.contains("moored") && $0.contains("according to: the board") }, "\(facts.map(\.compact))")
    }

    @Test func theSubjectTakenForTheSourcesAppositionIsTheSubject() {
        // "According to the gazette, a spokesman for 10 Harbour expressed regret": the parser made
        // the gazette the subject and the spokesman its apposition.
        let facts = ExtractionTreeBuilder.facts("""
            1 According accord VERB VBG 4 case
            2 to to ADP IN 1 fixed
            3 the the DET DT 4 det
            4 gazette gazette NOUN NN 11 nsubj
            5 , , PUNCT , 7 punct
            6 a a DET DT 7 det
            7 spokesman spokesman NOUN NN 4 appos
            8 for for ADP IN 10 case
            9 10 10 NUM CD 10 nummod
            10 Harbour Harbour PROPN NNP 7 nmod
            11 expressed express VERB VBD 0 root
            12 regret regret NOUN NN 11 obj
            13 . . PUNCT . 11 punct
            """)
        // The number inside the name in its phrase is no value of the subject's.
        #expect(facts.contains { $0.predicate.lemma == "express" && $0.subject.text == "a spokesman for 10 Harbour" && $0.subject.value == nil
            && $0.qualifiers.contains { $0.marker == "according to" && $0.argument.text == "the gazette" } }, "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.predicate.lemma == "express" && $0.subject.text.contains("gazette") }, "\(facts.map(\.compact))")
    }

    @Test func aSourceWithoutAClauseStaysAsItIs() {
        // A headline-like fragment: no verb with a subject hangs on the source.
        let facts = ExtractionTreeBuilder.facts("""
            1 According accord VERB VBG 4 case
            2 to to ADP IN 1 fixed
            3 the the DET DT 4 det
            4 board board NOUN NN 0 root
            5 . . PUNCT . 4 punct
            """)
        #expect(!compact(facts).contains { $0.contains("according to") }, "\(facts.map(\.compact))")
    }

    @Test func aNegatedConjunctGivesNoFact() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 prize prize NOUN NN 3 nsubj
            3 went go VERB VBD 0 root
            4 to to ADP IN 5 case
            5 Oslo Oslo PROPN NNP 3 obl
            6 , , PUNCT , 9 punct
            7 not not PART RB 9 advmod
            8 to to ADP IN 9 case
            9 Rome Rome PROPN NNP 5 conj
            10 . . PUNCT . 3 punct
            """, entities: [("Oslo", .place), ("Rome", .place)])
        #expect(compact(facts).contains { $0.contains("Oslo") }, "\(facts.map(\.compact))")
        #expect(!compact(facts).contains { $0.contains("Rome") }, "\(facts.map(\.compact))")
    }
}
