import Testing
import FactModel
@testable import TextPipeline

/// "X's killing of Y": an event noun with its doer as possessor and its undergoer after "of"
/// gives the derived fact (X; kill; Y).
@Suite struct PossessiveEventTests {
    @Test func aPossessedEventNounGivesItsDoerAndUndergoer() {
        // "The vote follows Ruritania's arrest of Ada Park."
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 vote vote NOUN NN 3 nsubj
            3 follows follow VERB VBZ 0 root
            4 Ruritania Ruritania PROPN NNP 6 nmod:poss
            5 's 's PART POS 4 case
            6 arrest arrest NOUN NN 3 obj
            7 of of ADP IN 8 case
            8 Ada Ada PROPN NNP 6 nmod
            9 Park Park PROPN NNP 8 flat
            10 . . PUNCT . 3 punct
            """, entities: [("Ruritania", .place), ("Ada Park", .person)])
        let derived = facts.filter { $0.kind == .derived }.map(\.keys)
        #expect(derived.contains("(Ruritania; arrest; Ada Park)"), "\(facts.map(\.compact))")
    }

    @Test func aNounThatNamesNoDoingGivesNothing() {
        // "Ruritania's president of ten years" is no event.
        let facts = ExtractionTreeBuilder.facts("""
            1 Ruritania Ruritania PROPN NNP 3 nmod:poss
            2 's 's PART POS 1 case
            3 president president NOUN NN 0 root
            4 of of ADP IN 6 case
            5 ten ten NUM CD 6 nummod
            6 years year NOUN NNS 3 nmod
            """, entities: [("Ruritania", .place)])
        #expect(facts.allSatisfy { $0.kind != .derived })
    }
}
