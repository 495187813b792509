import FactModel
import Testing
@testable import TextPipeline

/// "Finland's Minister of Transport and Communications, Harri Vesterinen, resigned on Wednesday"
/// and "by Norvance, the Swiss company": a title and its holder's name as the subject, and a name
/// with its description, as the greedy parser misreads them (`TreeRepairs+TitledSubjects`,
/// `TreeRepairs.compoundAcrossACommaIsAnApposition`).
@Suite struct TitledSubjectRepairTests {
    @Test func aVerbAfterATitleAndNameIsTheMainVerb() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 city city NOUN NN 5 nmod:poss SpaceAfter=No
            3 's 's PART POS 2 case
            4 police police NOUN NN 5 compound
            5 chief chief NOUN NN 0 root SpaceAfter=No
            6 , , PUNCT , 5 punct
            7 Charlie Charlie PROPN NNP 6 appos
            8 Beck Beck PROPN NNP 7 flat SpaceAfter=No
            9 , , PUNCT , 10 punct
            10 resigned resign VERB VBN 7 acl
            11 on on ADP IN 12 case
            12 Monday Monday PROPN NNP 10 obl SpaceAfter=No
            13 . . PUNCT . 5 punct
            """, entities: [("Charlie Beck", .person)])
        #expect(facts.contains { $0.predicate.lemma == "resign" && $0.subject.text.hasSuffix("Charlie Beck") && $0.predicate.voice == .active },
                "\(facts.map(\.compact))")
    }

    @Test func aNameAfterAClosedListIsTheTitlesApposition() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Finland Finland PROPN NNP 3 nmod:poss SpaceAfter=No
            2 's 's PART POS 1 case
            3 Minister Minister PROPN NNP 0 root
            4 of of ADP IN 5 case
            5 Transport Transport PROPN NNP 3 nmod
            6 and and CCONJ CC 7 cc
            7 Communications Communication PROPN NNPS 5 conj SpaceAfter=No
            8 , , PUNCT , 9 punct
            9 Harri Harri PROPN NNP 5 conj
            10 Vesterinen Vesterinen PROPN NNP 9 flat SpaceAfter=No
            11 , , PUNCT , 12 punct
            12 resigned resign VERB VBN 3 acl:relcl
            13 on on ADP IN 14 case
            14 Wednesday Wednesday PROPN NNP 12 obl SpaceAfter=No
            15 . . PUNCT . 3 punct
            """, entities: [("Finland", .place), ("Harri Vesterinen", .person)])
        #expect(facts.contains { $0.predicate.lemma == "resign" && $0.subject.head == "Harri Vesterinen" }, "\(facts.map(\.compact))")
    }

    @Test func aNameHungAsACompoundAcrossACommaHeadsItsPhrase() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 trial trial NOUN NN 4 nsubj:pass
            3 was be AUX VBD 4 aux:pass
            4 funded fund VERB VBN 0 root
            5 by by ADP IN 6 case
            6 Norvance Norvance PROPN NNP 10 compound SpaceAfter=No
            7 , , PUNCT , 10 punct
            8 the the DET DT 10 det
            9 Swiss Swiss ADJ JJ 10 amod
            10 company company NOUN NN 4 obj SpaceAfter=No
            11 . . PUNCT . 4 punct
            """, entities: [("Norvance", .organization)])
        // The agent of the passive is the fact's subject.
        #expect(facts.contains { $0.predicate.lemma == "fund" && $0.subject.text == "Norvance" && $0.object?.text == "The trial" },
                "\(facts.map(\.compact))")
    }

    @Test func aCapitalisedTitleKeepsItsAppositiveFact() {
        // "A Republican Assemblywoman, Jill Tolles, also commented": the title is the subject of
        // the comment, as her; and the appositive fact still says who the Assemblywoman is.
        let facts = ExtractionTreeBuilder.facts("""
            1 A a DET DT 3 det
            2 Republican Republican ADJ NNP 3 amod
            3 Assemblywoman Assemblywoman PROPN NNP 9 nsubj SpaceAfter=No
            4 , , PUNCT , 6 punct
            5 Jill Jill PROPN NNP 6 compound
            6 Tolles Tolles PROPN NNP 3 list SpaceAfter=No
            7 , , PUNCT , 9 punct
            8 also also ADV RB 9 advmod
            9 commented comment VERB VBD 0 root
            10 on on ADP IN 11 case
            11 disparity disparity NOUN NN 9 obl SpaceAfter=No
            12 . . PUNCT . 9 punct
            """, entities: [("Jill Tolles", .person)])
        #expect(facts.contains { $0.predicate.lemma == "comment" && $0.subject.head == "Jill Tolles" }, "\(facts.map(\.compact))")
        #expect(facts.contains { $0.kind == .appositive && $0.subject.text == "A Republican Assemblywoman" && $0.object?.text == "Jill Tolles" },
                "\(facts.map(\.compact))")
    }
}
