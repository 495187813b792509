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

    @Test func aScoreTakenForTheObjectLeavesItToTheName() {
        // "Harbourside defeated Eastport 28–14." with "28" as the object and the name hung on it.
        let facts = ExtractionTreeBuilder.facts("""
            1 Harbourside Harbourside PROPN NNP 2 nsubj
            2 defeated defeat VERB VBD 0 root
            3 Eastport Eastport PROPN NNP 4 nmod:unmarked
            4 28 28 NUM CD 2 obj SpaceAfter=No
            5 – – SYM SYM 6 case SpaceAfter=No
            6 14 14 NUM CD 4 nmod
            7 . . PUNCT . 2 punct
            """, values: [("28 – 14", .score)])
        #expect(facts.contains { $0.predicate.lemma == "defeat" && $0.object?.text == "Eastport" }, "\(facts.map(\.compact))")
    }

    @Test func aNumberWithoutADashIsNoScore() {
        // "The fund bought Acme 500 yesterday": no score, so the parse's object stays.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 fund fund NOUN NN 3 nsubj
            3 bought buy VERB VBD 0 root
            4 Acme Acme PROPN NNP 5 nmod:unmarked
            5 500 500 NUM CD 3 obj
            6 yesterday yesterday NOUN NN 3 obl:tmod
            7 . . PUNCT . 3 punct
            """)
        #expect(!facts.contains { $0.predicate.lemma == "buy" && $0.object?.text == "Acme" }, "\(facts.map(\.compact))")
    }
}

/// "Maria Lopez, first elected to the council in 2004, was born in Lyon" parsed with the
/// participle as the root (`TreeRepairs.participleClauseTakenForTheMainVerb`).
@Suite struct ReducedRelativeRepairTests {
    static let tree = """
        1 Maria Maria PROPN NNP 5 nsubj
        2 Lopez Lopez PROPN NNP 1 flat
        3 , , PUNCT , 1 punct
        4 first first ADV RB 5 advmod
        5 elected elect VERB VBD 0 root
        6 to to ADP IN 8 case
        7 the the DET DT 8 det
        8 council council NOUN NN 5 obl
        9 , , PUNCT , 5 punct
        10 was be AUX VBD 11 aux:pass
        11 born bear VERB VBN 5 parataxis
        12 in in ADP IN 13 case
        13 Lyon Lyon PROPN NNP 11 obl
        14 . . PUNCT . 11 punct
        """

    @Test func theLaterClauseIsTheMainOneAndTheParticipleIsPassive() {
        let facts = ExtractionTreeBuilder.facts(Self.tree)
        #expect(facts.contains { $0.subject.text == "Maria Lopez" && $0.predicate.lemma == "bear" && $0.object?.text == "Lyon" },
                "\(facts.map(\.compact))")
        #expect(facts.contains { $0.subject.text == "Maria Lopez" && $0.predicate.lemma == "elect" && $0.predicate.voice == .passive },
                "\(facts.map(\.compact))")
    }

    /// "The first half of the cup, played at the Old Arena, produced few goals" parsed with the
    /// main verb hung on the participle phrase's last noun.
    @Test func aMainVerbHungInsideTheParticiplesPhraseIsTheMainOne() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 3 det
            2 first first ADJ JJ 3 amod
            3 half half NOUN NN 8 nsubj
            4 of of ADP IN 6 case
            5 the the DET DT 6 det
            6 cup cup NOUN NN 3 nmod
            7 , , PUNCT , 8 punct
            8 played play VERB VBN 0 root
            9 at at ADP IN 12 case
            10 the the DET DT 12 det
            11 Old Old PROPN NNP 12 compound
            12 Arena Arena PROPN NNP 8 obl
            13 , , PUNCT , 14 punct
            14 produced produce VERB VBN 12 acl
            15 few few ADJ JJ 16 amod
            16 goals goal NOUN NNS 14 obj
            17 . . PUNCT . 8 punct
            """)
        #expect(facts.contains { $0.subject.text == "The first half of the cup" && $0.predicate.lemma == "produce" && $0.object?.text == "few goals" },
                "\(facts.map(\.compact))")
        #expect(facts.contains { $0.subject.text == "The first half of the cup" && $0.predicate.lemma == "play" && $0.predicate.voice == .passive },
                "\(facts.map(\.compact))")
    }
}

/// "Senator from Vermont Ada Lind spoke" parsed with the place, and the name hung flat on it, as a
/// second subject (`TreeRepairs.secondSubject`).
@Suite struct TitlePlaceSubjectRepairTests {
    @Test func theNameAfterATitlesPlaceIsTheSubjectAndTheTitleItsOwn() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Senator Senator PROPN NNP 6 nsubj
            2 from from ADP IN 6 mark
            3 Vermont Vermont PROPN NNP 6 nsubj
            4 Ada Ada PROPN NNP 3 flat
            5 Lind Lind PROPN NNP 3 flat
            6 spoke speak VERB VBD 0 root
            7 first first ADV RB 6 advmod
            8 . . PUNCT . 6 punct
            """, entities: [("Vermont", .place), ("Ada Lind", .person)])
        #expect(facts.contains { $0.subject.text.hasSuffix("Ada Lind") && $0.predicate.lemma == "speak" }, "\(facts.map(\.compact))")
        #expect(facts.contains { $0.kind == .title && $0.subject.text == "Ada Lind" && $0.predicate.surface.lowercased() == "senator from vermont" },
                "\(facts.map(\.compact))")
    }
}

/// "\"We won\", wrote Ada Lind on Twitter" parsed with the say-verb as a `parataxis` of the quoted
/// clause and the speaker as its object (`TreeRepairs.speakerAfterAQuotationTakenForTheObject`).
@Suite struct SpeakerAfterQuotationRepairTests {
    @Test func theNameAfterTheSayVerbIsTheSpeaker() {
        let facts = ExtractionTreeBuilder.facts("""
            1 " " PUNCT `` 3 punct SpaceAfter=No
            2 We we PRON PRP 3 nsubj
            3 won win VERB VBD 0 root SpaceAfter=No
            4 " " PUNCT '' 3 punct SpaceAfter=No
            5 , , PUNCT , 6 punct
            6 wrote write VERB VBD 3 parataxis
            7 Ada Ada PROPN NNP 6 obj
            8 Lind Lind PROPN NNP 7 flat
            9 on on ADP IN 10 case
            10 Twitter Twitter PROPN NNP 6 obl
            11 . . PUNCT . 3 punct
            """, entities: [("Ada Lind", .person)])
        #expect(facts.contains { $0.subject.text == "Ada Lind" && $0.predicate.lemma == "write" && $0.object?.text.contains("We won") == true },
                "\(facts.map(\.compact))")
    }

    @Test func aVerbHungOnItsFirstSubjectTakesBothSubjects() {
        // "The Greens and the Left planned to file a motion; Kivela spoke.": the parser gave
        // "spoke" two subjects and hung "planned" on the first (`verbTakenForAConjunctOfItsSubject`).
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 Greens Green PROPN NNPS 13 nsubj
            3 and and CCONJ CC 6 cc
            4 the the DET DT 5 det
            5 Left Left PROPN NNP 6 nsubj
            6 planned plan VERB VBD 2 conj
            7 to to PART TO 8 mark
            8 file file VERB VB 6 xcomp
            9 a a DET DT 10 det
            10 motion motion NOUN NN 8 obj SpaceAfter=No
            11 ; ; PUNCT , 13 punct
            12 Kivela Kivela PROPN NNP 13 nsubj
            13 spoke speak VERB VBD 0 root SpaceAfter=No
            14 . . PUNCT . 13 punct
            """, entities: [("Greens", .organization), ("Left", .organization), ("Kivela", .person)])
        let planners = Set(facts.filter { $0.predicate.surface.hasPrefix("planned") }.map(\.subject.text))
        #expect(planners == ["The Greens", "the Left"], "\(facts.map(\.compact))")
        #expect(facts.contains { $0.predicate.lemma == "speak" && $0.subject.text == "Kivela" })
        #expect(!facts.contains { $0.predicate.lemma == "speak" && $0.subject.text == "The Greens" })
    }

    @Test func aVerbHungOnASubjectThatIsTheRootTakesBothSubjects() {
        // "The Greens and the Left planned to file a motion.": the first subject was the root.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 Greens Green PROPN NNPS 0 root
            3 and and CCONJ CC 6 cc
            4 the the DET DT 5 det
            5 Left Left PROPN NNP 6 nsubj
            6 planned plan VERB VBD 2 conj
            7 to to PART TO 8 mark
            8 file file VERB VB 6 xcomp
            9 a a DET DT 10 det
            10 motion motion NOUN NN 8 obj SpaceAfter=No
            11 . . PUNCT . 2 punct
            """, entities: [("Greens", .organization), ("Left", .organization)])
        let planners = Set(facts.filter { $0.predicate.surface.hasPrefix("planned") }.map(\.subject.text))
        #expect(planners == ["The Greens", "the Left"], "\(facts.map(\.compact))")
        // What both planned, as its own fact for each ("who planned a motion").
        let plans = Set(facts.filter { $0.predicate.lemma == "plan" && $0.kind == .derived }.map(\.subject.text))
        #expect(plans == ["The Greens", "the Left"], "\(facts.map(\.compact))")
    }
}
