import Testing
import FactModel
@testable import TextPipeline

/// `TreeRepairs.listAfterAColonOfACountedSubject` over a hand-built tree of our own sentence:
/// items after the colon that are nouns with a name in apposition, the first one made the verb's
/// phrase by the parser, are the counted subject's members by their names.
@Suite struct ColonListRepairTests {
    @Test func nounItemsWithNamesAfterAColonAreTheMembersByName() {
        // "Two aides were also charged: her former driver, Ana Ruiz, and the Lisbon lawyer Rui
        // Costa." parsed with the first item an agent of the verb and the second hung on "and".
        let facts = ExtractionTreeBuilder.facts("""
            1 Two two NUM CD 2 nummod
            2 aides aide NOUN NNS 5 nsubj:pass
            3 were be AUX VBD 5 aux:pass
            4 also also ADV RB 5 advmod
            5 charged charge VERB VBN 0 root
            6 : : PUNCT : 9 punct
            7 her her PRON PRP$ 9 nmod:poss
            8 former former ADJ JJ 9 amod
            9 driver driver NOUN NN 5 obl:agent
            10 , , PUNCT , 11 punct
            11 Ana Ana PROPN NNP 9 appos
            12 Ruiz Ruiz PROPN NNP 11 flat
            13 , , PUNCT , 20 punct
            14 and and CCONJ CC 20 cc
            15 the the DET DT 17 det
            16 Lisbon Lisbon PROPN NNP 17 compound
            17 lawyer lawyer NOUN NN 14 appos
            18 Rui Rui PROPN NNP 17 appos
            19 Costa Costa PROPN NNP 18 flat
            20 . . PUNCT . 5 punct
            """, entities: [("Ana Ruiz", .person), ("Rui Costa", .person), ("Lisbon", .place)])
        let charged = Set(facts.filter { $0.predicate.lemma == "charge" }.map(\.subject.text))
        #expect(charged.isSuperset(of: ["Ana Ruiz", "Rui Costa"]), "\(facts.map(\.compact))")
        // The driver is no agent of the charging.
        #expect(!facts.contains { $0.predicate.lemma == "charge" && $0.predicate.voice == .passive && $0.subject.text.contains("driver") },
                "\(facts.map(\.compact))")
        #expect(facts.contains { $0.kind == .appositive && $0.subject.text == "Ana Ruiz" && $0.object?.text == "her former driver" },
                "\(facts.map(\.compact))")
    }
}
