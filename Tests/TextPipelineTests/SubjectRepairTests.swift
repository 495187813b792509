import Testing
import FactModel
@testable import TextPipeline

/// Subjects the parser got wrong (`TreeRepairs.passiveSubjectOfAnActiveVerb`,
/// `TreeRepairs.secondSubject`, `TreeRepairs.nameTakenForAListItem`), over hand-built trees of
/// our own sentences shaped as the bundled parser parses them.
@Suite struct SubjectRepairTests {
    /// "Both Norway and the United States have condemned the vote." with "Norway" a passive subject,
    /// the "and" on the verb and "States" a second subject.
    static let bothSubjects = """
        1 Both both DET DT 2 det
        2 Norway Norway PROPN NNP 8 nsubj:pass
        3 and and CCONJ CC 8 cc
        4 the the DET DT 6 det
        5 United United ADJ NNP 6 amod
        6 States States PROPN NNPS 8 nsubj
        7 have have AUX VBP 8 aux
        8 condemned condemn VERB VBN 0 root
        9 the the DET DT 10 det
        10 vote vote NOUN NN 8 obj
        11 . . PUNCT . 8 punct
        """

    @Test func aPassiveSubjectOfAPerfectIsItsSubjectAndTheSecondItsConjunct() {
        let facts = ExtractionTreeBuilder.facts(Self.bothSubjects, entities: [("Norway", .place), ("United States", .place)])
        let condemn = facts.filter { $0.predicate.lemma == "condemn" }
        #expect(condemn.allSatisfy { $0.predicate.voice == .active }, "\(facts.map(\.compact))")
        #expect(Set(condemn.map(\.subject.head)) == ["Norway", "United States"], "\(facts.map(\.compact))")
    }

    /// "The dock union Havnen criticised the plan." with the union and its name both read as subjects.
    @Test func aNameRightAfterASubjectNounIsItsName() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 3 det
            2 dock dock NOUN NN 3 compound
            3 union union NOUN NN 5 nsubj
            4 Havnen Havnen PROPN NNP 5 nsubj
            5 criticised criticise VERB VBD 0 root
            6 the the DET DT 7 det
            7 plan plan NOUN NN 5 obj
            8 . . PUNCT . 5 punct
            """, entities: [("Havnen", .organization)])
        let criticise = facts.filter { $0.predicate.lemma == "criticise" }
        #expect(criticise.contains { $0.subject.head == "Havnen" }, "\(facts.map(\.compact))")
        #expect(facts.contains { $0.kind == .appositive && $0.subject.head == "Havnen" }, "\(facts.map(\.compact))")
    }

    @Test func aPassiveWithItsBeStaysPassive() {
        // "The vote was condemned by Norway."
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 vote vote NOUN NN 4 nsubj:pass
            3 was be AUX VBD 4 aux:pass
            4 condemned condemn VERB VBN 0 root
            5 by by ADP IN 6 case
            6 Norway Norway PROPN NNP 4 obl:agent
            7 . . PUNCT . 4 punct
            """, entities: [("Norway", .place)])
        #expect(facts.contains { $0.predicate.lemma == "condemn" && $0.predicate.voice == .passive }, "\(facts.map(\.compact))")
    }

    /// "A Labour councillor, Jo Marsh, also commented on the plan." with the name hung on the
    /// role as a list item.
    @Test func aNameHungOnARoleAsAListItemIsItsApposition() {
        let facts = ExtractionTreeBuilder.facts("""
            1 A a DET DT 3 det
            2 Labour Labour PROPN NNP 3 compound
            3 councillor councillor NOUN NN 9 nsubj
            4 , , PUNCT , 6 punct
            5 Jo Jo PROPN NNP 6 compound
            6 Marsh Marsh PROPN NNP 3 list
            7 , , PUNCT , 6 punct
            8 also also ADV RB 9 advmod
            9 commented comment VERB VBD 0 root
            10 on on ADP IN 12 case
            11 the the DET DT 12 det
            12 plan plan NOUN NN 9 obl
            13 . . PUNCT . 9 punct
            """, entities: [("Jo Marsh", .person)])
        #expect(compact(facts).contains("appositive (Jo Marsh; be; A Labour councillor)"), "\(facts.map(\.compact))")
    }
}

/// "Maroochydore defeated Caboolture 43–5" parsed with the beaten side hung on the score
/// (`TreeRepairs.objectTakenForAScoreModifier`).
@Suite struct ScoreObjectRepairTests {
    @Test func theNameBeforeAScoreIsTheObject() {
        // "Harbourside defeated North Vale 21–14."
        let facts = ExtractionTreeBuilder.facts("""
            1 Harbourside Harbourside PROPN NNP 2 nsubj
            2 defeated defeat VERB VBD 0 root
            3 North North PROPN NNP 4 compound
            4 Vale Vale PROPN NNP 5 nmod:unmarked
            5 21 21 NUM CD 2 obl:unmarked
            6 – – SYM SYM 7 case
            7 14 14 NUM CD 5 nmod
            8 . . PUNCT . 2 punct
            """)
        #expect(facts.contains { $0.predicate.lemma == "defeat" && $0.object?.text == "North Vale" }, "\(facts.map(\.compact))")
    }
}
