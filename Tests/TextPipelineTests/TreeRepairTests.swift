import Testing
import FactModel
@testable import TextPipeline

/// `TreeRepairs` and `AppositiveSubjects`, over hand-built trees of our own sentences in the
/// shapes the parser gets wrong: the extractor must read them as the treebank would.
@Suite struct TreeRepairTests {
    @Test func aSecondSubjectAfterACommaIsAnAppositiveAndDoesWhatTheGroupDid() {
        // "Two officers, Sergeant Ada Park and Luis Moreno, ended the patrol." parsed with both
        // "officers" and "Ada" as subjects of "ended".
        let facts = ExtractionTreeBuilder.facts("""
            1 Two two NUM CD 2 nummod
            2 officers officer NOUN NNS 10 nsubj
            3 , , PUNCT , 5 punct
            4 Sergeant Sergeant PROPN NNP 5 nmod:desc
            5 Ada Ada PROPN NNP 10 nsubj
            6 Park Park PROPN NNP 5 flat
            7 and and CCONJ CC 8 cc
            8 Luis Luis PROPN NNP 5 conj
            9 Moreno Moreno PROPN NNP 8 flat
            10 ended end VERB VBD 0 root
            11 the the DET DT 12 det
            12 patrol patrol NOUN NN 10 obj
            13 . . PUNCT . 10 punct
            """, entities: [("Ada Park", .person), ("Luis Moreno", .person)])
        let keys = Set(facts.map(\.keys))
        #expect(keys.contains("(Ada Park; end; patrol)"), "\(facts.map(\.compact))")
        #expect(keys.contains("(Luis Moreno; end; patrol)"), "\(facts.map(\.compact))")
        #expect(keys.contains("(officer; end; patrol)"))
        #expect(facts.contains { $0.kind == .derived && $0.subject.text == "Luis Moreno" })
    }

    @Test func aNameAfterACommaThatHangsElsewhereIsStillInApposition() {
        // "The chair of the dock union (Harbor Workers), Ana Ruiz, said the plan was late." parsed
        // with "Ana" as a second subject and the comma before it hung inside the parenthesis.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 chair chair NOUN NN 15 nsubj
            3 of of ADP IN 6 case
            4 the the DET DT 6 det
            5 dock dock NOUN NN 6 compound
            6 union union NOUN NN 2 nmod
            7 ( ( PUNCT -LRB- 9 punct
            8 Harbor Harbor PROPN NNP 9 compound
            9 Workers Workers PROPN NNPS 2 appos
            10 ) ) PUNCT -RRB- 9 punct
            11 , , PUNCT , 9 punct
            12 Ana Ana PROPN NNP 15 nsubj
            13 Ruiz Ruiz PROPN NNP 12 flat
            14 , , PUNCT , 12 punct
            15 said say VERB VBD 0 root
            16 the the DET DT 17 det
            17 plan plan NOUN NN 19 nsubj
            18 was be AUX VBD 19 cop
            19 late late ADJ JJ 15 ccomp
            20 . . PUNCT . 15 punct
            """, entities: [("Ana Ruiz", .person), ("Harbor Workers", .organization)])
        let compact = facts.map(\.compact)
        #expect(compact.contains("appositive (Ana Ruiz; be; The chair of the dock union)"), "\(compact)")
        #expect(compact.contains("derived (Ana Ruiz; said; the plan was late)"), "\(compact)")
    }

    @Test func aPlaceNameHungOnABareObjectSaysWhereTheVerbHappened() {
        // "Ada Park studied medicine at Lakeside University." with the university hung on "medicine";
        // "Police dispersed the crowds in Riverton." keeps its phrase (the object has a determiner).
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 3 nsubj
            2 Park Park PROPN NNP 1 flat
            3 studied study VERB VBD 0 root
            4 medicine medicine NOUN NN 3 obj
            5 at at ADP IN 7 case
            6 Lakeside Lakeside PROPN NNP 7 compound
            7 University University PROPN NNP 4 nmod
            8 . . PUNCT . 3 punct

            1 Police police NOUN NNS 2 nsubj
            2 dispersed disperse VERB VBD 0 root
            3 the the DET DT 4 det
            4 crowds crowd NOUN NNS 2 obj
            5 in in ADP IN 6 case
            6 Riverton Riverton PROPN NNP 4 nmod
            7 . . PUNCT . 2 punct
            """, entities: [("Ada Park", .person), ("Lakeside University", .organization), ("Riverton", .place)])
        let study = facts.first { $0.predicate.lemma == "study" }
        #expect(study?.object?.text == "medicine", "\(facts.map(\.compact))")
        #expect(study?.qualifiers.contains { $0.marker == "at" && $0.argument.text == "Lakeside University" } == true)
        let disperse = facts.first { $0.predicate.lemma == "disperse" }
        #expect(disperse?.object?.text == "the crowds in Riverton", "\(facts.map(\.compact))")
    }

    @Test func whileTakenForAPrepositionStartsAClauseWithItsOwnSubject() {
        // "The Greens gained 6 seats, while the largest party, Labour, lost 4." with "while" the
        // case of "party", "party" hung on "seats" and "lost" a subjectless conjunct of "gained".
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 Greens Greens PROPN NNPS 3 nsubj
            3 gained gain VERB VBD 0 root
            4 6 6 NUM CD 5 nummod
            5 seats seat NOUN NNS 3 obj
            6 , , PUNCT , 10 punct
            7 while while SCONJ IN 10 case
            8 the the DET DT 10 det
            9 largest large ADJ JJS 10 amod
            10 party party NOUN NN 5 nmod
            11 , , PUNCT , 12 punct
            12 Labour Labour PROPN NNP 10 appos
            13 , , PUNCT , 14 punct
            14 lost lose VERB VBD 3 conj
            15 4 4 NUM CD 14 obj
            16 . . PUNCT . 3 punct
            """, entities: [("Labour", .organization)])
        let lost = facts.first { $0.predicate.lemma == "lose" }
        #expect(lost?.subject.text == "the largest party", "\(facts.map(\.compact))")
        #expect(facts.contains { $0.predicate.lemma == "gain" && $0.object?.text == "6 seats" }, "\(facts.map(\.compact))")
    }

    @Test func aSecondObjectOfANamingVerbIsWhatTheFirstIsCalled() {
        // "Lee called the plan a disaster." parsed with two objects of "called".
        let facts = ExtractionTreeBuilder.facts("""
            1 Lee Lee PROPN NNP 2 nsubj
            2 called call VERB VBD 0 root
            3 the the DET DT 4 det
            4 plan plan NOUN NN 2 obj
            5 a a DET DT 6 det
            6 disaster disaster NOUN NN 2 obj
            7 . . PUNCT . 2 punct
            """, entities: [("Lee", .person)])
        #expect(!facts.contains { $0.predicate.lemma == "call" && $0.object?.text == "a disaster" }, "\(facts.map(\.compact))")
        #expect(facts.contains { $0.predicate.lemma == "call" && $0.object?.text == "the plan"
            && $0.qualifiers.contains { $0.argument.text == "a disaster" } }, "\(facts.map(\.compact))")
    }

    @Test func aDayIsNeverInAppositionToAName() {
        // "On Sunday, the mayor Ada Park spoke." parsed with "Park" in apposition to "Sunday".
        let facts = ExtractionTreeBuilder.facts("""
            1 On on ADP IN 2 case
            2 Sunday Sunday PROPN NNP 7 obl
            3 , , PUNCT , 6 punct
            4 the the DET DT 6 det
            5 mayor mayor NOUN NN 6 compound
            6 Ada Ada PROPN NNP 2 appos
            7 spoke speak VERB VBD 0 root
            8 . . PUNCT . 7 punct
            """, entities: [("Ada", .person)])
        #expect(!facts.contains { $0.kind == .appositive }, "\(facts.map(\.compact))")
    }

    @Test func anOfComplementHungOnTheObjectCompletesTheVerb() {
        // "Lee accused the council of hiding the report." and "A jury convicted Park of fraud."
        // with the "of" phrases hung on the objects.
        let facts = ExtractionTreeBuilder.facts("""
            1 Lee Lee PROPN NNP 2 nsubj
            2 accused accuse VERB VBD 0 root
            3 the the DET DT 4 det
            4 council council NOUN NN 2 obj
            5 of of SCONJ IN 6 mark
            6 hiding hide VERB VBG 4 acl
            7 the the DET DT 8 det
            8 report report NOUN NN 6 obj
            9 . . PUNCT . 2 punct

            1 A a DET DT 2 det
            2 jury jury NOUN NN 3 nsubj
            3 convicted convict VERB VBD 0 root
            4 Park Park PROPN NNP 3 obj
            5 of of ADP IN 6 case
            6 fraud fraud NOUN NN 4 nmod
            7 . . PUNCT . 3 punct
            """, entities: [("Lee", .person), ("Park", .person)])
        let accused = facts.first { $0.predicate.lemma == "accuse" }
        #expect(accused?.object?.text == "the council", "\(facts.map(\.compact))")
        #expect(accused?.qualifiers.contains { $0.marker == "of" && $0.argument.text == "hiding the report" } == true, "\(facts.map(\.compact))")
        let convicted = facts.first { $0.predicate.lemma == "convict" }
        #expect(convicted?.object?.text == "Park", "\(facts.map(\.compact))")
        #expect(convicted?.qualifiers.contains { $0.marker == "of" && $0.argument.text == "fraud" } == true)
    }

    @Test func aPrepositionalPhraseIsNoAppositiveHolder() {
        // "Ada Park, widow of pilot Luis Moreno, spoke." parsed with "Luis" in apposition to
        // "widow" and "of" hung on "pilot".
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 10 nsubj
            2 Park Park PROPN NNP 1 flat
            3 , , PUNCT , 4 punct
            4 widow widow NOUN NN 1 appos
            5 of of ADP IN 6 case
            6 pilot pilot NOUN NN 7 nmod:desc
            7 Luis Luis PROPN NNP 4 appos
            8 Moreno Moreno PROPN NNP 7 flat
            9 , , PUNCT , 1 punct
            10 spoke speak VERB VBD 0 root
            11 . . PUNCT . 10 punct
            """, entities: [("Ada Park", .person), ("Luis Moreno", .person)])
        let appositives = facts.filter { $0.kind == .appositive }
        #expect(appositives.contains { $0.subject.text == "Ada Park" }, "\(facts.map(\.compact))")
        #expect(!appositives.contains { $0.subject.text.hasPrefix("of ") }, "\(facts.map(\.compact))")
    }

    @Test func anAppositionHungOnAVerbDescribesTheNameAfterIt() {
        // "Speaking to reporters, the head of the club, Ada Park, said it would close." parsed with
        // "head" in apposition to "Speaking".
        let facts = ExtractionTreeBuilder.facts("""
            1 Speaking speak VERB VBG 13 advcl
            2 to to ADP IN 3 case
            3 reporters reporter NOUN NNS 1 obl
            4 , , PUNCT , 6 punct
            5 the the DET DT 6 det
            6 head head NOUN NN 1 appos
            7 of of ADP IN 9 case
            8 the the DET DT 9 det
            9 club club NOUN NN 6 nmod
            10 , , PUNCT , 11 punct
            11 Ada Ada PROPN NNP 13 nsubj
            12 Park Park PROPN NNP 11 flat
            13 said say VERB VBD 0 root
            14 it it PRON PRP 16 nsubj
            15 would would AUX MD 16 aux
            16 close close VERB VB 13 ccomp
            17 . . PUNCT . 13 punct
            """, entities: [("Ada Park", .person)])
        let appositives = facts.filter { $0.kind == .appositive }
        #expect(appositives.contains { $0.subject.text == "Ada Park" && $0.object?.text == "the head of the club" }, "\(facts.map(\.compact))")
        #expect(!appositives.contains { $0.subject.text.hasPrefix("Speaking") }, "\(facts.map(\.compact))")
    }

    @Test func anAdverbialNounIsNoAppositiveHolder() {
        // "By extension, his lawyer, Ada Park, was exempt." parsed with "lawyer" in apposition to
        // "extension".
        let facts = ExtractionTreeBuilder.facts("""
            1 By by ADP IN 2 case
            2 extension extension NOUN NN 10 obl
            3 , , PUNCT , 5 punct
            4 his his PRON PRP$ 5 nmod:poss
            5 lawyer lawyer NOUN NN 2 appos
            6 , , PUNCT , 7 punct
            7 Ada Ada PROPN NNP 5 appos
            8 Park Park PROPN NNP 7 flat
            9 was be AUX VBD 10 cop
            10 exempt exempt ADJ JJ 0 root
            11 . . PUNCT . 10 punct
            """, entities: [("Ada Park", .person)])
        #expect(!facts.contains { $0.kind == .appositive && $0.subject.text == "extension" }, "\(facts.map(\.compact))")
    }

    @Test func isToBeDoneHeadsItsClauseWithTheVerb() {
        // "The vote is to be counted by Ada Park." parsed with "vote" as the root, "is" its
        // copula and "counted" hung on "is".
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 vote vote NOUN NN 0 root
            3 is be AUX VBZ 2 cop
            4 to to PART TO 6 mark
            5 be be AUX VB 6 aux:pass
            6 counted count VERB VBN 3 xcomp
            7 by by ADP IN 8 case
            8 Ada Ada PROPN NNP 6 obl:agent
            9 Park Park PROPN NNP 8 flat
            10 . . PUNCT . 6 punct
            """, entities: [("Ada Park", .person)])
        #expect(facts.contains { $0.predicate.lemma == "count" && $0.subject.text == "Ada Park" && $0.object?.text == "The vote" },
                "\(facts.map(\.compact))")
    }

    @Test func aGappedConjunctRepeatsTheVerbWithItsOwnPhrase() {
        // "Ada Park was elected in 2010, and Luis Moreno in 2014." with the gapped conjunct hung
        // on the verb and its year under it.
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 4 nsubj:pass
            2 Park Park PROPN NNP 1 flat
            3 was be AUX VBD 4 aux:pass
            4 elected elect VERB VBN 0 root
            5 in in ADP IN 6 case
            6 2010 2010 NUM CD 4 obl
            7 , , PUNCT , 10 punct
            8 and and CCONJ CC 10 cc
            9 Luis Luis PROPN NNP 10 compound
            10 Moreno Moreno PROPN NNP 4 conj
            11 in in ADP IN 12 case
            12 2014 2014 NUM CD 10 nmod
            13 . . PUNCT . 4 punct
            """, entities: [("Ada Park", .person), ("Luis Moreno", .person)])
        let moreno = facts.filter { $0.predicate.lemma == "elect" && $0.subject.text.contains("Moreno") }
        #expect(!moreno.isEmpty, "\(facts.map(\.compact))")
        #expect(moreno.allSatisfy { fact in fact.qualifiers.contains { $0.argument.text == "2014" }
            && !fact.qualifiers.contains { $0.argument.text == "2010" } && !fact.subject.text.contains("2014") },
                "\(facts.map(\.compact))")
    }

    @Test func aSecondSubjectAfterItsVerbIsTheObject() {
        // "A jury convicted Ada Park, the lawyer." parsed with "Ada" a second subject of "convicted".
        let facts = ExtractionTreeBuilder.facts("""
            1 A a DET DT 2 det
            2 jury jury NOUN NN 3 nsubj
            3 convicted convict VERB VBD 0 root
            4 Ada Ada PROPN NNP 3 nsubj
            5 Park Park PROPN NNP 4 flat
            6 , , PUNCT , 8 punct
            7 the the DET DT 8 det
            8 lawyer lawyer NOUN NN 4 appos
            9 . . PUNCT . 3 punct
            """, entities: [("Ada Park", .person)])
        #expect(facts.contains { $0.keys == "(jury; convict; Ada Park)" }, "\(facts.map(\.compact))")
    }

    @Test func aSecondSubjectAfterAndIsAConjunct() {
        // "Senator Ada Park and Governor Luis Moreno won the primaries." with "and" hung under
        // "Governor" and "Luis" a second subject of "won".
        let facts = ExtractionTreeBuilder.facts("""
            1 Senator Senator PROPN NNP 2 nmod:desc
            2 Ada Ada PROPN NNP 8 nsubj
            3 Park Park PROPN NNP 2 flat
            4 and and CCONJ CC 5 cc
            5 Governor Governor PROPN NNP 6 nmod:desc
            6 Luis Luis PROPN NNP 8 nsubj
            7 Moreno Moreno PROPN NNP 6 flat
            8 won win VERB VBD 0 root
            9 the the DET DT 10 det
            10 primaries primary NOUN NNS 8 obj
            11 . . PUNCT . 8 punct
            """, entities: [("Ada Park", .person), ("Luis Moreno", .person)])
        let keys = Set(facts.map(\.keys))
        #expect(keys.contains("(Ada Park; win; primary)"), "\(facts.map(\.compact))")
        #expect(keys.contains("(Luis Moreno; win; primary)"), "\(facts.map(\.compact))")
    }

    @Test func aPrepositionHeadingItsNounGivesWayToIt() {
        // "Lee argued with Mike Pompeo." parsed with "with" as the oblique and "Mike" hung on it.
        let facts = ExtractionTreeBuilder.facts("""
            1 Lee Lee PROPN NNP 2 nsubj
            2 argued argue VERB VBD 0 root
            3 with with ADP IN 2 obl
            4 Mike Mike PROPN NNP 3 compound
            5 Pompeo Pompeo PROPN NNP 4 flat
            6 . . PUNCT . 2 punct
            """, entities: [("Mike Pompeo", .person)])
        // Pompeo is an argument of "argue" (the object of "argued with", or a "with" qualifier).
        #expect(facts.contains { fact in
            fact.predicate.lemma == "argue"
                && (fact.object?.text == "Mike Pompeo" || fact.qualifiers.contains { $0.argument.text == "Mike Pompeo" })
        }, "\(facts.map(\.compact))")
    }

    @Test func timeWordsInsideASubjectModifyTheVerb() {
        // "Ada Park yesterday resumed the office." with "yesterday" heading the subject, and
        // "Yesterday afternoon Luis Moreno landed." with the time words as compounds of the name.
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 2 compound
            2 Park Park PROPN NNP 3 compound
            3 yesterday yesterday NOUN NN 4 nsubj
            4 resumed resume VERB VBD 0 root
            5 the the DET DT 6 det
            6 office office NOUN NN 4 obj
            7 . . PUNCT . 4 punct

            1 Yesterday yesterday NOUN NN 2 compound
            2 afternoon afternoon NOUN NN 4 compound
            3 Luis Luis PROPN NNP 4 compound
            4 Moreno Moreno PROPN NNP 5 nsubj
            5 landed land VERB VBD 0 root
            6 . . PUNCT . 5 punct
            """, entities: [("Ada Park", .person), ("Luis Moreno", .person)])
        let subjects = Set(facts.filter { $0.kind == .event }.map(\.subject.text))
        #expect(subjects == ["Ada Park", "Luis Moreno"], "\(facts.map(\.compact))")
    }

    @Test func theAndAParticipleNamePeople() {
        // "Police arrested the accused." parsed with "the" as the object and "accused" hung on it.
        let facts = ExtractionTreeBuilder.facts("""
            1 Police police NOUN NNS 2 nsubj
            2 arrested arrest VERB VBD 0 root
            3 the the DET DT 2 obj
            4 accused accuse VERB VBN 3 acl
            5 . . PUNCT . 2 punct
            """)
        #expect(facts.contains { $0.predicate.lemma == "arrest" && $0.object?.text == "the accused" && $0.object?.head == "accused" },
                "\(facts.map(\.compact))")
    }

    @Test func aPastFormInTheHeadlineIsAPassive() {
        // The headline "Ada Park elected Speaker" (no auxiliary, no full stop), then a sentence.
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 3 nsubj
            2 Park Park PROPN NNP 1 flat
            3 elected elect VERB VBD 0 root
            4 Speaker Speaker PROPN NNP 3 obj

            1 Members member NOUN NNS 2 nsubj
            2 elected elect VERB VBD 0 root
            3 Park Park PROPN NNP 2 obj
            4 . . PUNCT . 2 punct
            """, entities: [("Ada Park", .person)])
        let headline = facts.first { $0.provenance.sentence == 0 && $0.predicate.canonical == "elect" }
        #expect(headline?.predicate.voice == .passive, "\(facts.map(\.compact))")
        #expect(headline?.subject.text == "Ada Park")
        // A past form in a sentence with a full stop stays active.
        let body = facts.first { $0.provenance.sentence == 1 && $0.predicate.canonical == "elect" }
        #expect(body?.predicate.voice == .active)
    }

    @Test func aClauseAfterAfterTakenForAModifierOfTheObjectIsPutBack() {
        // "Lena Sorg quit her post after the report was leaked Friday on a forum." parsed with
        // "after the report" hung on "post", "post" the subject of "leaked" and "Friday" its object.
        let facts = ExtractionTreeBuilder.facts("""
            1 Lena Lena PROPN NNP 3 nsubj
            2 Sorg Sorg PROPN NNP 1 flat
            3 quit quit VERB VBD 0 root
            4 her her PRON PRP$ 5 nmod:poss
            5 post post NOUN NN 10 nsubj:pass
            6 after after ADP IN 8 case
            7 the the DET DT 8 det
            8 report report NOUN NN 5 nmod
            9 was be AUX VBD 10 aux:pass
            10 leaked leak VERB VBN 3 ccomp
            11 Friday Friday PROPN NNP 10 obj
            12 on on ADP IN 14 case
            13 a a DET DT 14 det
            14 forum forum NOUN NN 10 obl
            15 . . PUNCT . 3 punct
            """, entities: [("Lena Sorg", .person)])
        let quit = facts.first { $0.predicate.lemma == "quit" }
        #expect(quit?.object?.text == "her post", "\(facts.map(\.compact))")
        let leak = facts.first { $0.predicate.lemma == "leak" }
        #expect(leak?.subject.text == "the report", "\(facts.map(\.compact))")
        #expect(leak?.object == nil || leak?.object?.text != "Friday", "\(facts.map(\.compact))")
        #expect(leak?.qualifiers.contains { $0.argument.text == "Friday" } == true, "\(facts.map(\.compact))")
    }

    @Test func aQuotationHungOnTheMainVerbBelongsToTheSayVerbBeforeIt() {
        // "Ruiz quit, saying in the morning, "I am done."" parsed with the quotation as a
        // complement of "quit" and "the morning" as what "saying" says.
        let facts = ExtractionTreeBuilder.facts("""
            1 Ruiz Ruiz PROPN NNP 2 nsubj
            2 quit quit VERB VBD 0 root
            3 , , PUNCT , 4 punct
            4 saying say VERB VBG 2 advcl
            5 in in ADP IN 7 case
            6 the the DET DT 7 det
            7 morning morning NOUN NN 4 ccomp
            8 , , PUNCT , 2 punct
            9 " " PUNCT `` 12 punct
            10 I I PRON PRP 12 nsubj
            11 am be AUX VBP 12 cop
            12 done done ADJ JJ 2 ccomp
            13 . . PUNCT . 12 punct
            14 " " PUNCT '' 12 punct
            """, entities: [("Ruiz", .person)])
        let quote = facts.first { $0.kind == .attribution }
        #expect(quote?.subject.text == "Ruiz", "\(facts.map(\.compact))")
        #expect(quote?.object?.text == "I am done", "\(facts.map(\.compact))")
    }

    @Test func namesAfterAColonHungOnPunctuationAreTheCountedSubjectsMembers() {
        // "Two officers left the unit: Ada Park and Leo Moreno." with the names hung on the colon
        // and the final stop, as the parser does.
        let facts = ExtractionTreeBuilder.facts("""
            1 Two two NUM CD 2 nummod
            2 officers officer NOUN NNS 3 nsubj
            3 left leave VERB VBD 0 root
            4 the the DET DT 5 det
            5 unit unit NOUN NN 3 obj
            6 : : PUNCT : 12 punct
            7 Ada Ada PROPN NNP 6 appos
            8 Park Park PROPN NNP 7 flat
            9 and and CCONJ CC 12 cc
            10 Leo Leo PROPN NNP 9 conj
            11 Moreno Moreno PROPN NNP 10 flat
            12 . . PUNCT . 3 punct
            """, entities: [("Ada Park", .person), ("Leo Moreno", .person)])
        let keys = Set(facts.map(\.keys))
        #expect(keys.contains("(Ada Park; leave; unit)"), "\(facts.map(\.compact))")
        #expect(keys.contains("(Leo Moreno; leave; unit)"), "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aVerbConjunctHungOnTheObjectCoordinatesWithTheVerb() {
        // "He missed the vote and stayed at home." parsed with "stayed" a conjunct of "vote".
        let facts = ExtractionTreeBuilder.facts("""
            1 He he PRON PRP 2 nsubj
            2 missed miss VERB VBD 0 root
            3 the the DET DT 4 det
            4 vote vote NOUN NN 2 obj
            5 and and CCONJ CC 6 cc
            6 stayed stay VERB VBD 4 conj
            7 at at ADP IN 8 case
            8 home home NOUN NN 6 obl
            9 . . PUNCT . 2 punct
            """)
        #expect(Set(facts.map(\.compact)).isSuperset(of: ["(He; missed; the vote)", "(He; stayed at; home)"]), "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aWhoClauseTakenForParataxisModifiesTheNameBeforeItsComma() {
        // "She was greeted by Omar Reyes, who was also honoured at the gala." parsed with the
        // "who" clause as a parataxis of "greeted".
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 4 nsubj:pass
            2 was be AUX VBD 4 aux
            3 also also ADV RB 4 advmod
            4 greeted greet VERB VBN 0 root
            5 by by ADP IN 6 case
            6 Omar Omar PROPN NNP 4 obl:agent
            7 Reyes Reyes PROPN NNP 6 flat
            8 , , PUNCT , 12 punct
            9 who who PRON WP 12 nsubj:pass
            10 was be AUX VBD 12 aux:pass
            11 also also ADV RB 12 advmod
            12 honoured honour VERB VBN 4 parataxis
            13 at at ADP IN 15 case
            14 the the DET DT 15 det
            15 gala gala NOUN NN 12 obl
            16 . . PUNCT . 4 punct
            """, entities: [("Omar Reyes", .person)])
        let honoured = facts.first { $0.predicate.lemma == "honour" }
        #expect(honoured?.subject.text == "Omar Reyes", "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    /// "The club has hired COUNT coaches in the history of the league, Ana Ruiz and Omar Reyes."
    /// parsed with the names in apposition to "history".
    private func coachesHired(_ count: String) -> [Fact] {
        ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 club club NOUN NN 4 nsubj
            3 has have AUX VBZ 4 aux
            4 hired hire VERB VBN 0 root
            5 \(count) \(count) NUM CD 6 nummod
            6 coaches coach NOUN NNS 4 obj
            7 in in ADP IN 9 case
            8 the the DET DT 9 det
            9 history history NOUN NN 4 obl
            10 of of ADP IN 12 case
            11 the the DET DT 12 det
            12 league league NOUN NN 9 nmod
            13 , , PUNCT , 14 punct
            14 Ana Ana PROPN NNP 9 appos
            15 Ruiz Ruiz PROPN NNP 14 flat
            16 and and CCONJ CC 17 cc
            17 Omar Omar PROPN NNP 14 conj
            18 Reyes Reyes PROPN NNP 17 flat
            19 . . PUNCT . 4 punct
            """, entities: [("Ana Ruiz", .person), ("Omar Reyes", .person)])
    }

    @Test func aListAsLongAsTheCountListsTheCountedNoun() {
        let facts = coachesHired("two")
        let listed = facts.filter { $0.kind == .appositive }.map(\.compact)
        #expect(listed.contains("appositive (Ana Ruiz; be; two coaches)"), "\(facts.map(\.compact))")
        #expect(listed.contains("appositive (Omar Reyes; be; two coaches)"), "\(facts.map(\.compact))")
    }

    @Test func aListOfAnotherLengthStaysWhereItIs() {
        // Three coaches, two names: the names are not the list of coaches.
        let facts = coachesHired("three")
        #expect(!facts.map(\.compact).contains { $0.contains("Ana Ruiz; be; three coaches") }, "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func anAgeBeforeANameModifiesTheName() {
        // "The winner was 40-year-old Ana Ruiz, a teacher." parsed with "old" as the head of the
        // clause and the name as its object.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 winner winner NOUN NN 8 nsubj
            3 was be AUX VBD 8 cop
            4 40 40 NUM CD 6 nummod
            5 - - PUNCT HYPH 4 punct
            6 year year NOUN NN 8 obl:unmarked
            7 - - PUNCT HYPH 6 punct
            8 old old ADJ JJ 0 root
            9 Ana Ana PROPN NNP 8 obj
            10 Ruiz Ruiz PROPN NNP 9 flat
            11 , , PUNCT , 13 punct
            12 a a DET DT 13 det
            13 teacher teacher NOUN NN 9 appos
            14 . . PUNCT . 8 punct
            """, entities: [("Ana Ruiz", .person)])
        #expect(facts.map(\.keys).contains("(winner; be; Ana Ruiz)"), "\(facts.map(\.compact))")
        #expect(facts.map(\.keys).contains("(Ana Ruiz; be; teacher)"), "\(facts.map(\.compact))")
    }

    @Test func anAgeBeforeTheObjectNameLeavesTheVerbItsObject() {
        // "Police arrested 25-year-old Omar Reyes." parsed with "old" a conjunct of "arrested".
        let facts = ExtractionTreeBuilder.facts("""
            1 Police police NOUN NNS 2 nsubj
            2 arrested arrest VERB VBD 0 root
            3 25 25 NUM CD 5 nummod
            4 - - PUNCT HYPH 3 punct
            5 year year NOUN NN 7 obl:unmarked
            6 - - PUNCT HYPH 5 punct
            7 old old ADJ JJ 2 conj
            8 Omar Omar PROPN NNP 7 obj
            9 Reyes Reyes PROPN NNP 8 flat
            10 . . PUNCT . 2 punct
            """, entities: [("Omar Reyes", .person)])
        #expect(facts.map(\.keys).contains("(police; arrest; Omar Reyes)"), "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aSubjectHungOnAFrontedTimeIsTheVerbsSubject() {
        // "On Friday the council, the town board, voted to close the pier." parsed with "council"
        // an appositive of "Friday" and "voted" without a subject.
        let facts = ExtractionTreeBuilder.facts("""
            1 On on ADP IN 2 case
            2 Friday Friday PROPN NNP 10 obl
            3 the the DET DT 4 det
            4 council council NOUN NN 2 appos
            5 , , PUNCT , 8 punct
            6 the the DET DT 8 det
            7 town town NOUN NN 8 compound
            8 board board NOUN NN 4 appos
            9 , , PUNCT , 4 punct
            10 voted vote VERB VBD 0 root
            11 to to PART TO 12 mark
            12 close close VERB VB 10 xcomp
            13 the the DET DT 14 det
            14 pier pier NOUN NN 12 obj
            15 . . PUNCT . 10 punct
            """)
        #expect(facts.map(\.keys).contains { $0.hasPrefix("(council; vote") }, "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aNominalConjunctBeforeASubjectlessVerbIsItsSubject() {
        // "Two members opposed the plan, and a third, Ana Ruiz, voted for it." parsed with
        // "third" a conjunct of "opposed" and "voted" a conjunct without a subject.
        let facts = ExtractionTreeBuilder.facts("""
            1 Two two NUM CD 2 nummod
            2 members member NOUN NNS 3 nsubj
            3 opposed oppose VERB VBD 0 root
            4 the the DET DT 5 det
            5 plan plan NOUN NN 3 obj
            6 , , PUNCT , 9 punct
            7 and and CCONJ CC 9 cc
            8 a a DET DT 9 det
            9 third third ADJ JJ 3 conj
            10 , , PUNCT , 11 punct
            11 Ana Ana PROPN NNP 9 appos
            12 Ruiz Ruiz PROPN NNP 11 flat
            13 , , PUNCT , 14 punct
            14 voted vote VERB VBD 3 conj
            15 for for ADP IN 16 case
            16 it it PRON PRP 14 obl
            17 . . PUNCT . 3 punct
            """, entities: [("Ana Ruiz", .person)])
        let voters = facts.filter { $0.predicate.lemma.hasPrefix("vote") }.map(\.subject.text)
        #expect(!voters.contains("Two members"), "\(facts.map(\.compact))")
        #expect(voters.contains { $0.contains("third") || $0 == "Ana Ruiz" }, "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func theLastItemOfAListIsNoSubjectOfTheVerbAfterIt() {
        // "Local firms including Acme, Zenith, and Orbit have announced plans." parsed with "firms"
        // as the root, "announced" its conjunct and "Orbit" the subject of "announced".
        let facts = ExtractionTreeBuilder.facts("""
            1 Local local ADJ JJ 2 amod
            2 firms firm NOUN NNS 0 root
            3 including include VERB VBG 4 case
            4 Acme Acme PROPN NNP 2 nmod
            5 , , PUNCT , 6 punct
            6 Zenith Zenith PROPN NNP 4 conj
            7 , , PUNCT , 8 punct
            8 and and CCONJ CC 11 cc
            9 Orbit Orbit PROPN NNP 11 nsubj
            10 have have AUX VBP 11 aux
            11 announced announce VERB VBN 2 conj
            12 plans plan NOUN NNS 11 obj
            13 . . PUNCT . 2 punct
            """)
        let subjects = facts.filter { $0.predicate.lemma == "announce" }.map(\.subject.text)
        #expect(subjects.contains { $0.hasPrefix("Local firms") }, "\(facts.map(\.compact))")
        #expect(!subjects.contains("Orbit"), "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aLetterCodeAfterANounIsPartOfItsName() {
        // "The clinic stocks iron, vitamin D and aspirin." parsed with "D" an appositive of
        // "vitamin" holding the rest of the list.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 clinic clinic NOUN NN 3 nsubj
            3 stocks stock VERB VBZ 0 root
            4 iron iron NOUN NN 3 obj
            5 , , PUNCT , 6 punct
            6 vitamin vitamin NOUN NN 4 conj
            7 D D PROPN NNP 6 appos
            8 and and CCONJ CC 9 cc
            9 aspirin aspirin NOUN NN 7 conj
            10 . . PUNCT . 3 punct
            """)
        let stocked = facts.filter { $0.predicate.lemma == "stock" && $0.kind == .event }.compactMap(\.object?.text)
        #expect(Set(stocked) == ["iron", "vitamin D", "aspirin"], "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aNounWithASubjectAndAnAuxiliaryIsTheVerb() {
        // "The drones do not carry the cameras ." with "carry" tagged as a noun.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 drones drone NOUN NNS 5 nsubj
            3 do do AUX VBP 5 aux
            4 not not PART RB 5 advmod
            5 carry carry NOUN NN 0 root
            6 the the DET DT 7 det
            7 cameras camera NOUN NNS 5 obj
            8 . . PUNCT . 5 punct
            """)
        #expect(facts.map(\.compact).contains("(The drones; do not carry; the cameras)"), "\(facts.map(\.compact))")
    }

    @Test func aPredicateNounWithACopulaStaysANoun() {
        // "The drones are a threat ." : "threat" has a subject but also a copula.
        var document = ExtractionTreeBuilder.document("""
            1 The the DET DT 2 det
            2 drones drone NOUN NNS 5 nsubj
            3 are be AUX VBP 5 cop
            4 a a DET DT 5 det
            5 threat threat NOUN NN 0 root
            6 . . PUNCT . 5 punct
            """)
        TreeRepairs.apply(to: &document)
        #expect(document.tokens[4].upos == "NOUN")
    }
}

extension TreeRepairTests {
    @Test func anOpeningParticipleTakenForTheRootModifiesTheSubject() {
        // "Rising costs forced the mill to close ." parsed with "Rising" as the root verb, "costs"
        // its object and "forced" a parataxis without a subject.
        let facts = ExtractionTreeBuilder.facts("""
            1 Rising rise VERB VBG 0 root
            2 costs cost NOUN NNS 1 obj
            3 forced force VERB VBD 1 parataxis
            4 the the DET DT 5 det
            5 mill mill NOUN NN 3 obj
            6 to to PART TO 7 mark
            7 close close VERB VB 3 xcomp
            8 . . PUNCT . 1 punct
            """)
        #expect(facts.map(\.compact).contains { $0.hasPrefix("(Rising costs; forced") }, "\(facts.map(\.compact))")
    }

    @Test func anOpeningParticipleClauseKeepsItsOwnReading() {
        // "Joining the fleet , the ship sailed ." : a comma and a subject of its own.
        var document = ExtractionTreeBuilder.document("""
            1 Joining join VERB VBG 0 root
            2 the the DET DT 3 det
            3 fleet fleet NOUN NN 1 obj
            4 , , PUNCT , 1 punct
            5 the the DET DT 6 det
            6 ship ship NOUN NN 7 nsubj
            7 sailed sail VERB VBD 1 parataxis
            8 . . PUNCT . 1 punct
            """)
        TreeRepairs.apply(to: &document)
        #expect(document.tokens[0].deprel == "root")
    }
}

extension TreeRepairTests {
    @Test func aNounWithAnObjectAndACompoundBeforeItIsTheVerbOfThatSubject() {
        // "The new law bans smoking in bars ." with "bans" tagged and parsed as the head noun of
        // "The new law bans", holding an object.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 4 det
            2 new new ADJ JJ 4 amod
            3 law law NOUN NN 4 compound
            4 bans ban NOUN NNS 0 root
            5 smoking smoking NOUN NN 4 obj
            6 in in ADP IN 7 case
            7 bars bar NOUN NNS 4 obl
            8 . . PUNCT . 4 punct
            """)
        #expect(facts.map(\.compact).contains { $0.hasPrefix("(The new law; bans; smoking") }, "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aListTakenForAnAppositionIsPutBack() {
        // "The inn hired a chef , the head waiter and a new cashier ." parsed with "waiter" an
        // appositive of "chef" and "cashier" its conjunct.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 inn inn NOUN NN 3 nsubj
            3 hired hire VERB VBD 0 root
            4 a a DET DT 5 det
            5 chef chef NOUN NN 3 obj
            6 , , PUNCT , 9 punct
            7 the the DET DT 9 det
            8 head head NOUN NN 9 compound
            9 waiter waiter NOUN NN 5 appos
            10 and and CCONJ CC 13 cc
            11 a a DET DT 13 det
            12 new new ADJ JJ 13 amod
            13 cashier cashier NOUN NN 9 conj
            14 . . PUNCT . 3 punct
            """)
        let hired = facts.filter { $0.predicate.lemma == "hire" && $0.kind == .event }.compactMap(\.object?.text)
        #expect(Set(hired) == ["a chef", "the head waiter", "a new cashier"], "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.kind == .appositive }, "\(facts.map(\.compact))")
    }

    @Test func aCoordinatedDescriptionStaysAnApposition() {
        // "Ana Ruiz , a lawyer and author , spoke ." keeps "a lawyer and author" as what she is.
        let facts = ExtractionTreeBuilder.facts("""
            1 Ana Ana PROPN NNP 8 nsubj
            2 Ruiz Ruiz PROPN NNP 1 flat
            3 , , PUNCT , 5 punct
            4 a a DET DT 5 det
            5 lawyer lawyer NOUN NN 1 appos
            6 and and CCONJ CC 7 cc
            7 author author NOUN NN 5 conj
            8 spoke speak VERB VBD 0 root
            9 . . PUNCT . 8 punct
            """)
        #expect(facts.contains { $0.kind == .appositive && $0.subject.text == "Ana Ruiz" }, "\(facts.map(\.compact))")
    }

    @Test func aNamesDescriptionBeforeASecondNameStaysAnApposition() {
        // "Ana Ruiz , the mayor 's deputy , and Luis Ortiz resigned ." parsed with "Luis Ortiz" a
        // conjunct of the description "deputy".
        let facts = ExtractionTreeBuilder.facts("""
            1 Ana Ana PROPN NNP 12 nsubj
            2 Ruiz Ruiz PROPN NNP 1 flat
            3 , , PUNCT , 7 punct
            4 the the DET DT 5 det
            5 mayor mayor NOUN NN 7 nmod:poss
            6 's 's PART POS 5 case
            7 deputy deputy NOUN NN 1 appos
            8 , , PUNCT , 10 punct
            9 and and CCONJ CC 10 cc
            10 Luis Luis PROPN NNP 7 conj
            11 Ortiz Ortiz PROPN NNP 10 flat
            12 resigned resign VERB VBD 0 root
            13 . . PUNCT . 12 punct
            """, entities: [("Ana Ruiz", .person), ("Luis Ortiz", .person)])
        #expect(facts.contains { $0.kind == .appositive && $0.subject.text == "Ana Ruiz" }, "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aGerundCoordinatedAfterAnObjectIsASecondItemOfIt() {
        // "Her charges include fraud and illegally selling a car ." parsed with "selling" a
        // conjunct of "include": a gerund without a subject is no second clause.
        let facts = ExtractionTreeBuilder.facts("""
            1 Her she PRON PRP$ 2 nmod:poss
            2 charges charge NOUN NNS 3 nsubj
            3 include include VERB VBP 0 root
            4 fraud fraud NOUN NN 3 obj
            5 and and CCONJ CC 7 cc
            6 illegally illegally ADV RB 7 advmod
            7 selling sell VERB VBG 3 conj
            8 a a DET DT 9 det
            9 car car NOUN NN 7 obj
            10 . . PUNCT . 3 punct
            """)
        let keys = Set(facts.map(\.keys))
        #expect(keys.contains("(charge; include; fraud)"), "\(facts.map(\.compact))")
        #expect(facts.contains { $0.predicate.lemma == "include" && $0.object?.text == "illegally selling a car" }, "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.predicate.lemma == "sell" }, "\(facts.map(\.compact))")
    }
}

extension TreeRepairTests {
    @Test func aGappedClauseTakenForAListGetsItsOwnFact() {
        // "Mayors would be limited to two terms and clerks to four ." parsed with "clerks" a
        // conjunct of "terms" and "to four" a second argument of "limited".
        let facts = ExtractionTreeBuilder.facts("""
            1 Mayors mayor NOUN NNS 4 nsubj:pass
            2 would would AUX MD 4 aux
            3 be be AUX VB 4 aux:pass
            4 limited limit VERB VBN 0 root
            5 to to ADP IN 7 case
            6 two two NUM CD 7 nummod
            7 terms term NOUN NNS 4 obl
            8 and and CCONJ CC 9 cc
            9 clerks clerk NOUN NNS 7 conj
            10 to to ADP IN 11 case
            11 four four NUM CD 4 obl
            12 . . PUNCT . 4 punct
            """)
        let compact = facts.map(\.compact)
        #expect(facts.contains { $0.subject.text == "clerks" && $0.object?.text == "four" }, "\(compact)")
        #expect(facts.contains { $0.subject.text == "Mayors" && $0.object?.text == "two terms" }, "\(compact)")
        #expect(!facts.contains { $0.object?.text == "clerks" || $0.qualifiers.contains { $0.argument.text == "four" && $0.marker == "to" } }, "\(compact)")
    }

    /// "Ivo Stark, 34, and Lena Holm, 29, were charged." as the bundled parser reads it: the first
    /// age an unmarked modifier of its name, the second an adjective of the second name.
    @Test func anAgeBetweenCommasAfterANameIsItsAgeWhateverItHangsAs() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Ivo Ivo PROPN NNP 13 nsubj:pass
            2 Stark Stark PROPN NNP 1 flat
            3 , , PUNCT , 4 punct
            4 34 34 NUM CD 1 nmod:unmarked
            5 , , PUNCT , 8 punct
            6 and and CCONJ CC 8 cc
            7 Lena Lena PROPN NNP 8 compound
            8 Holm Holm PROPN NNP 1 conj
            9 , , PUNCT , 10 punct
            10 29 29 NUM CD 8 amod
            11 , , PUNCT , 1 punct
            12 were be AUX VBD 13 aux:pass
            13 charged charge VERB VBN 0 root
            14 . . PUNCT . 13 punct
            """, entities: [("Ivo Stark", .person), ("Lena Holm", .person)])
        let ages = facts.filter { $0.predicate.canonical == "age" }.map { "\($0.subject.text) \($0.object?.text ?? "")" }
        #expect(ages.sorted() == ["Ivo Stark 34", "Lena Holm 29"], "\(facts.map(\.compact))")
    }

    /// "Ada Reis, the singer whose songs reached a new audience, died on Sunday." with the main
    /// verb hung as a conjunct of the relative clause's verb and the name as the root.
    @Test func aMainVerbHungOnARelativeClauseAfterAnAppositiveIsTheRoot() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 0 root
            2 Reis Reis PROPN NNP 1 flat
            3 , , PUNCT , 5 punct
            4 the the DET DT 5 det
            5 singer singer NOUN NN 1 appos
            6 whose whose PRON WP$ 7 nmod:poss
            7 songs song NOUN NNS 8 nsubj
            8 reached reach VERB VBD 5 acl:relcl
            9 a a DET DT 11 det
            10 new new ADJ JJ 11 amod
            11 audience audience NOUN NN 8 obj
            12 , , PUNCT , 13 punct
            13 died die VERB VBD 8 conj
            14 on on ADP IN 15 case
            15 Sunday Sunday PROPN NNP 13 obl
            16 . . PUNCT . 1 punct
            """, entities: [("Ada Reis", .person)])
        #expect(facts.contains { $0.predicate.lemma == "die" && $0.subject.text == "Ada Reis" }, "\(facts.map(\.compact))")
        #expect(!facts.contains { $0.predicate.lemma == "die" && $0.subject.head == "song" }, "\(facts.map(\.compact))")
    }

    /// "Chile and Peru sent search-and-rescue teams." with "search" read as a verb and "teams" its object.
    @Test func aHyphenatedModifierIsNoVerb() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Chile Chile PROPN NNP 4 nsubj
            2 and and CCONJ CC 3 cc
            3 Peru Peru PROPN NNP 1 conj
            4 sent send VERB VBD 0 root
            5 search search VERB VB 4 xcomp SpaceAfter=No
            6 - - PUNCT HYPH 9 punct SpaceAfter=No
            7 and and CCONJ CC 9 cc SpaceAfter=No
            8 - - PUNCT HYPH 7 punct SpaceAfter=No
            9 rescue rescue NOUN NN 10 compound
            10 teams team NOUN NNS 5 obj
            11 . . PUNCT . 4 punct
            """, entities: [("Chile", .place), ("Peru", .place)])
        let sent = facts.filter { $0.predicate.lemma == "send" }
        #expect(Set(sent.map(\.subject.text)) == ["Chile", "Peru"], "\(facts.map(\.compact))")
        #expect(sent.allSatisfy { $0.object?.text == "search-and-rescue teams" }, "\(facts.map(\.compact))")
    }
}
