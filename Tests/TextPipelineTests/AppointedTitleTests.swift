import FactModel
import Testing
@testable import TextPipeline

/// "named X as its next governor": the one appointed holds the role the "as" phrase names
/// (`SentenceReader.appointingVerbs`), under the name in apposition to a description too
/// (`AppositiveSubjects`).
@Suite struct AppointedTitleTests {
    @Test func theOneNamedAsARoleHoldsIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 club club NOUN NN 3 nsubj
            3 appointed appoint VERB VBD 0 root
            4 Ivo Ivo PROPN NNP 3 obj
            5 Sand Sand PROPN NNP 4 flat
            6 as as ADP IN 7 case
            7 coach coach NOUN NN 3 obl SpaceAfter=No
            8 . . PUNCT . 3 punct

            1 Ada Ada PROPN NNP 4 nsubj:pass
            2 Lind Lind PROPN NNP 1 flat
            3 was be AUX VBD 4 aux:pass
            4 elected elect VERB VBN 0 root
            5 as as ADP IN 6 case
            6 chairwoman chairwoman NOUN NN 4 obl SpaceAfter=No
            7 . . PUNCT . 4 punct
            """, entities: [("Ivo Sand", .person), ("Ada Lind", .person)])
        let titles = facts.filter { $0.kind == .title }.map { "\($0.subject.text): \($0.predicate.lemma)" }
        #expect(titles.contains("Ivo Sand: coach"), "\(facts.map(\.compact))")
        #expect(titles.contains("Ada Lind: chairwoman"), "\(facts.map(\.compact))")
    }

    @Test func aDescriptionsRoleIsTheApposedNamesToo() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 board board NOUN NN 3 nsubj
            3 named name VERB VBD 0 root
            4 the the DET DT 5 det
            5 economist economist NOUN NN 3 obj
            6 Ana Ana PROPN NNP 5 appos
            7 Ruiz Ruiz PROPN NNP 6 flat
            8 as as ADP IN 11 case
            9 its its PRON PRP$ 11 nmod:poss
            10 next next ADJ JJ 11 amod
            11 governor governor NOUN NN 3 obl SpaceAfter=No
            12 . . PUNCT . 3 punct
            """, entities: [("Ana Ruiz", .person)])
        #expect(facts.contains { $0.kind == .title && $0.subject.text == "Ana Ruiz" && $0.predicate.lemma == "governor" },
                "\(facts.map(\.compact))")
    }
}

/// "Ivo Sand is the bank's deputy governor": the lower rank is part of the role the description
/// gives (`SentenceReader.titleFact`), so he is not found as the governor.
@Suite struct LowerRankTitleFactTests {
    @Test func aDescriptionsLowerRankIsPartOfItsRole() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Ivo Ivo PROPN NNP 6 nsubj
            2 Sand Sand PROPN NNP 1 flat
            3 is be AUX VBZ 6 cop
            4 the the DET DT 6 det
            5 deputy deputy ADJ JJ 6 amod
            6 governor governor NOUN NN 0 root SpaceAfter=No
            7 . . PUNCT . 6 punct
            """, entities: [("Ivo Sand", .person)])
        #expect(facts.filter { $0.kind == .title }.map(\.predicate.lemma) == ["deputy governor"], "\(facts.map(\.compact))")
    }
}

/// "Its president, Ana Ruiz, said ...": the parser hung the name on "president" as a modifier
/// without a preposition (`TreeRepairs.nameTakenForAListItem`); it is the apposition
/// that gives her the title, owned by what "Its" stands for.
@Suite struct PossessivePronounTitleTests {
    @Test func aNameAfterACommaIsTheAppositionAndItsPronounTheOwner() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Its its PRON PRP$ 2 nmod:poss
            2 president president NOUN NN 7 nsubj
            3 , , PUNCT , 4 punct
            4 Ana Ana PROPN NNP 2 nmod
            5 Ruiz Ruiz PROPN NNP 4 flat
            6 , , PUNCT , 2 punct
            7 said say VERB VBD 0 root
            8 no no INTJ UH 7 obj SpaceAfter=No
            9 . . PUNCT . 7 punct
            """, entities: [("Ana Ruiz", .person), ("Its", .organization)])
        let title = facts.first { $0.kind == .title && $0.subject.text == "Ana Ruiz" }
        #expect(title?.predicate.lemma == "president", "\(facts.map(\.compact))")
        #expect(title?.qualifiers.first?.argument.entity != nil, "\(facts.map(\.compact))")
    }
}
