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

    @Test func anEventNounWithoutADoerGivesAPassiveWithItsTime() {
        // "Officials were involved in the kidnapping of Ada Park in March." The parser hangs
        // "in March" on the name; it is the time of the kidnapping.
        let facts = ExtractionTreeBuilder.facts("""
            1 Officials official NOUN NNS 3 nsubj:pass
            2 were be AUX VBD 3 aux:pass
            3 involved involve VERB VBN 0 root
            4 in in ADP IN 6 case
            5 the the DET DT 6 det
            6 kidnapping kidnapping NOUN NN 3 obl
            7 of of ADP IN 8 case
            8 Ada Ada PROPN NNP 6 nmod
            9 Park Park PROPN NNP 8 flat
            10 in in ADP IN 11 case
            11 March March PROPN NNP 8 nmod
            12 . . PUNCT . 3 punct
            """, entities: [("Ada Park", .person)])
        let derived = facts.filter { $0.kind == .derived }
        #expect(derived.map(\.keys) == ["(Ada Park; kidnap; -)"], "\(facts.map(\.compact))")
        #expect(derived.first?.predicate.voice == .passive)
        #expect(derived.first?.qualifiers.map { "\($0.marker): \($0.argument.text)" } == ["in: March"])
    }

    @Test func aDoerAfterByIsTheSubject() {
        // "The kidnapping of Ada Park by rebels shocked the town."
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 kidnapping kidnapping NOUN NN 8 nsubj
            3 of of ADP IN 4 case
            4 Ada Ada PROPN NNP 2 nmod
            5 Park Park PROPN NNP 4 flat
            6 by by ADP IN 7 case
            7 rebels rebel NOUN NNS 2 nmod
            8 shocked shock VERB VBD 0 root
            9 the the DET DT 10 det
            10 town town NOUN NN 8 obj
            11 . . PUNCT . 8 punct
            """, entities: [("Ada Park", .person)])
        let derived = facts.filter { $0.kind == .derived }
        #expect(derived.map(\.keys) == ["(rebel; kidnap; Ada Park)"], "\(facts.map(\.compact))")
        #expect(derived.first?.predicate.voice == .active)
    }
}
