import Testing
import FactModel
@testable import TextPipeline

/// Constructions as a statistical parser often gets them wrong, over hand-built trees of our own
/// sentences: the extractor must still recover who did what.
@Suite struct ExtractionMisparseTests {
    @Test func aDescriptionAfterANameAndCommaIsNoSecondObject() {
        // "tried to extort Velora, an athletic equipment company", parsed with "Velora" as the
        // indirect object and "company" as the direct one.
        let facts = ExtractionTreeBuilder.facts("""
            1 Lee Lee PROPN NNP 2 nsubj
            2 tried try VERB VBD 0 root
            3 to to PART TO 4 mark
            4 extort extort VERB VB 2 xcomp
            5 Velora Velora PROPN NNP 4 iobj
            6 , , PUNCT , 10 punct
            7 an a DET DT 10 det
            8 athletic athletic ADJ JJ 10 amod
            9 equipment equipment NOUN NN 10 compound
            10 company company NOUN NN 4 obj
            11 . . PUNCT . 2 punct
            """, entities: [("Lee", .person), ("Velora", .organization)])
        let compact = Set(facts.map(\.compact))
        #expect(compact.contains("appositive (Velora; be; an athletic equipment company)"), "\(compact)")
        #expect(facts.contains { $0.predicate.canonical == "extort" && $0.object?.text == "Velora" }, "\(compact)")
    }

    @Test func aTitleLeftAloneAsSubjectStandsForTheNameAfterItsOwner() {
        // "President of Norway Ostap Varenko said ...", parsed with "President" and "Norway ...
        // Varenko" as two subjects: the statement is Varenko's, and the title his.
        let facts = ExtractionTreeBuilder.facts("""
            1 President President PROPN NNP 6 nsubj
            2 of of ADP IN 6 mark
            3 Norway Norway PROPN NNP 6 nsubj
            4 Ostap Ostap PROPN NNP 3 flat
            5 Varenko Varenko PROPN NNP 3 flat
            6 said say VERB VBD 0 root
            7 the the DET DT 8 det
            8 talks talk NOUN NNS 10 nsubj
            9 would would AUX MD 10 aux
            10 continue continue VERB VB 6 ccomp
            11 . . PUNCT . 6 punct
            """, entities: [("Norway", .place), ("Ostap Varenko", .person)])
        let said = facts.filter { $0.predicate.canonical == "say" }
        #expect(said.count == 1 && said.first?.subject.text.hasSuffix("Ostap Varenko") == true, "\(said.map(\.compact))")
        #expect(said.first?.subject.entity == EntityID(1), "\(said.map(\.compact))")
        #expect(facts.contains { $0.kind == .title && $0.predicate.surface == "President" }, "\(facts.map(\.compact))")
    }

    @Test func asWellAsNamesHungInsideAParentheticalStillAttend() {
        // "... will also be in attendance — it is called a model agency — as well as Union
        // President Fire Captain Dana Ruiz and Guild Director Captain Omar Haddad.", with the names
        // hung as an apposition of "agency" inside the parenthetical.
        let facts = ExtractionTreeBuilder.facts("""
            1 Lee Lee PROPN NNP 6 nsubj
            2 will will AUX MD 6 aux
            3 be be AUX VB 6 cop
            4 at at ADP IN 6 case
            5 the the DET DT 6 det
            6 meeting meeting NOUN NN 0 root
            7 . . PUNCT . 6 punct

            1 The the DET DT 2 det
            2 chief chief NOUN NN 12 nsubj
            3 of of ADP IN 7 case
            4 the the DET DT 7 det
            5 county county NOUN NN 7 compound
            6 fire fire NOUN NN 7 compound
            7 service service NOUN NN 2 nmod
            8 will will AUX MD 12 aux
            9 also also ADV RB 12 advmod
            10 be be AUX VB 12 cop
            11 in in ADP IN 12 case
            12 attendance attendance NOUN NN 0 root
            13 — — PUNCT , 16 punct
            14 it it PRON PRP 16 nsubj:pass
            15 is be AUX VBZ 16 aux:pass
            16 called call VERB VBN 12 parataxis
            17 a a DET DT 19 det
            18 model model NOUN NN 19 compound
            19 agency agency NOUN NN 16 obj
            20 — — PUNCT , 25 punct
            21 as as ADV RB 25 cc
            22 well well ADV RB 21 fixed
            23 as as ADP IN 21 fixed
            24 Union Union PROPN NNP 25 compound
            25 President President PROPN NNP 19 appos
            26 Fire Fire PROPN NNP 27 compound
            27 Captain Captain PROPN NNP 28 compound
            28 Dana Dana PROPN NNP 25 conj
            29 Ruiz Ruiz PROPN NNP 28 flat
            30 and and CCONJ CC 33 cc
            31 Guild Guild PROPN NNP 32 compound
            32 Director Director PROPN NNP 33 nmod:desc
            33 Captain Captain PROPN NNP 25 conj
            34 Omar Omar PROPN NNP 33 flat
            35 Haddad Haddad PROPN NNP 33 flat
            36 . . PUNCT . 12 punct
            """, entities: [("Dana Ruiz", .person), ("Omar Haddad", .person), ("Union", .person)])
        let attending = facts.filter { $0.kind == .derived && $0.predicate.canonical == "attend" }.map(\.compact)
        #expect(Set(attending) == [
            "derived (The chief of the county fire service; attend; the meeting)",
            "derived (Dana Ruiz; attend; the meeting)",
            "derived (Omar Haddad; attend; the meeting)",
        ])
        let ruiz = facts.first { $0.kind == .derived && $0.subject.text == "Dana Ruiz" }
        #expect(ruiz?.subject.entity == 0)
    }

    @Test func titledNameHungAsAppositionIsTheArgument() {
        // "Mayors will meet with Ministry of Energy Minister Lena Holt on Friday.", the name an
        // apposition of "Ministry" with no comma between.
        let facts = ExtractionTreeBuilder.facts("""
            1 Mayors mayor NOUN NNS 3 nsubj
            2 will will AUX MD 3 aux
            3 meet meet VERB VB 0 root
            4 with with ADP IN 5 case
            5 Ministry Ministry PROPN NNP 3 obl
            6 of of ADP IN 7 case
            7 Energy Energy PROPN NNP 5 nmod
            8 Minister Minister PROPN NNP 9 compound
            9 Lena Lena PROPN NNP 5 appos
            10 Holt Holt PROPN NNP 9 flat
            11 . . PUNCT . 3 punct
            """, entities: [("Lena Holt", .person), ("Ministry of Energy", .organization)])
        let meet = facts.first { $0.kind == .event && $0.predicate.lemma == "meet" }
        #expect(meet?.compact == "(Mayors; will meet with; Ministry of Energy Minister Lena Holt)")
        #expect(meet?.object?.entity == 0)
        let attending = facts.filter { $0.predicate.canonical == "attend" }
        #expect(attending.compactMap(\.subject.entity) == [0])
        #expect(Set(attending.map(\.subject.text)) == ["Mayors", "Ministry of Energy Minister Lena Holt"])
    }

    @Test func titledNameHungAsAnAppositionOfTheTitleIsTheArgument() {
        // The same sentence with the title the apposition of "Ministry" and the name an
        // apposition of the title, and a place after the name hung on the title.
        let facts = ExtractionTreeBuilder.facts("""
            1 Mayors mayor NOUN NNS 3 nsubj
            2 will will AUX MD 3 aux
            3 meet meet VERB VB 0 root
            4 with with ADP IN 5 case
            5 Ministry Ministry PROPN NNP 3 obl
            6 of of ADP IN 7 case
            7 Energy Energy PROPN NNP 5 nmod
            8 Minister Minister PROPN NNP 5 appos
            9 Lena Lena PROPN NNP 8 appos
            10 Holt Holt PROPN NNP 9 flat
            11 in in ADP IN 12 case
            12 Oslo Oslo PROPN NNP 8 nmod
            13 . . PUNCT . 3 punct
            """, entities: [("Lena Holt", .person), ("Ministry of Energy", .organization), ("Oslo", .place)])
        let meet = facts.first { $0.kind == .event && $0.predicate.lemma == "meet" }
        #expect(meet?.object?.text == "Ministry of Energy Minister Lena Holt", "\(facts.map(\.compact))")
        #expect(meet?.object?.entity == 0)
    }

    @Test func nearestSubjectWinsWhenAnAdverbialClauseLostItsVerb() {
        // "As the strike drags on, a group of nurses is scheduled to meet with the governor.",
        // with "strike" left as a second subject of "scheduled".
        let facts = ExtractionTreeBuilder.facts("""
            1 As as SCONJ IN 12 mark
            2 the the DET DT 3 det
            3 strike strike NOUN NN 12 nsubj:pass
            4 drags drag NOUN NNS 3 conj
            5 on on ADV RB 4 advmod
            6 , , PUNCT , 8 punct
            7 a a DET DT 8 det
            8 group group NOUN NN 12 nsubj:pass
            9 of of ADP IN 10 case
            10 nurses nurse NOUN NNS 8 nmod
            11 is be AUX VBZ 12 aux:pass
            12 scheduled schedule VERB VBN 0 root
            13 to to PART TO 14 mark
            14 meet meet VERB VB 12 xcomp
            15 with with ADP IN 17 case
            16 the the DET DT 17 det
            17 governor governor NOUN NN 14 obl
            18 . . PUNCT . 12 punct
            """)
        #expect(compact(facts).contains("(a group of nurses; is scheduled to meet with; the governor)"))
        #expect(!facts.contains { $0.subject.text.contains("strike") })
    }

    @Test func coordinatedNamesAndAgesPairUpRespectively() {
        // "Ana Ruiz and Leo Park, 52 and 61, resigned."
        let facts = ExtractionTreeBuilder.facts("""
            1 Ana Ana PROPN NNP 11 nsubj
            2 Ruiz Ruiz PROPN NNP 1 flat
            3 and and CCONJ CC 4 cc
            4 Leo Leo PROPN NNP 1 conj
            5 Park Park PROPN NNP 4 flat
            6 , , PUNCT , 7 punct
            7 52 52 NUM CD 1 amod
            8 and and CCONJ CC 9 cc
            9 61 61 NUM CD 7 conj
            10 , , PUNCT , 7 punct
            11 resigned resign VERB VBD 0 root
            12 . . PUNCT . 11 punct
            """, entities: [("Ana Ruiz", .person), ("Leo Park", .person)])
        let ages = facts.filter { $0.predicate.canonical == "age" }.map(\.compact)
        #expect(Set(ages) == ["appositive (Ana Ruiz; be; 52)", "appositive (Leo Park; be; 61)"])
    }

    @Test func infinitiveHungOnTheAgentOfAPassiveReportingVerbTakesItsSubject() {
        // "Two senators were reported by local media to have visited the plant."
        let facts = ExtractionTreeBuilder.facts("""
            1 Two two NUM CD 2 nummod
            2 senators senator NOUN NNS 4 nsubj:pass
            3 were be AUX VBD 4 aux:pass
            4 reported report VERB VBN 0 root
            5 by by ADP IN 7 case
            6 local local ADJ JJ 7 amod
            7 media media NOUN NN 4 obl:agent
            8 to to PART TO 10 mark
            9 have have AUX VB 10 aux
            10 visited visit VERB VBN 7 acl
            11 the the DET DT 12 det
            12 plant plant NOUN NN 10 obj
            13 . . PUNCT . 4 punct
            """)
        let visit = facts.filter { $0.predicate.lemma == "visit" }
        #expect(visit.map(\.subject.text) == ["Two senators"])
        #expect(visit.first?.object?.text == "the plant")
    }

    @Test func nameCoordinatedUnderAnOfPhraseIsASubjectOfItsOwn() {
        // "Senator Ana Ruiz of Ohio and Leo Park ended their campaigns.", with "Leo Park" hung on "Ohio".
        let facts = ExtractionTreeBuilder.facts("""
            1 Senator Senator PROPN NNP 2 nmod:desc
            2 Ana Ana PROPN NNP 9 nsubj
            3 Ruiz Ruiz PROPN NNP 2 flat
            4 of of ADP IN 5 case
            5 Ohio Ohio PROPN NNP 3 nmod
            6 and and CCONJ CC 7 cc
            7 Leo Leo PROPN NNP 5 conj
            8 Park Park PROPN NNP 7 flat
            9 ended end VERB VBD 0 root
            10 their their PRON PRP$ 11 nmod:poss
            11 campaigns campaign NOUN NNS 9 obj
            12 . . PUNCT . 9 punct
            """, entities: [("Ana Ruiz", .person), ("Leo Park", .person), ("Ohio", .place)])
        let ended = facts.filter { $0.predicate.lemma == "end" }
        #expect(Set(ended.map(\.compact)) == ["(Senator Ana Ruiz of Ohio; ended; their campaigns)", "(Leo Park; ended; their campaigns)"])
        #expect(Set(ended.compactMap(\.subject.entity)) == [0, 1])
    }

    @Test func nameInAppositionToAPersonNounIsThatPersonWhateverItsType() {
        // "Kim's sister, Paris Hall, spoke.", with "Paris Hall" mistaken for a place.
        let facts = ExtractionTreeBuilder.facts("""
            1 Kim Kim PROPN NNP 3 nmod:poss SpaceAfter=No
            2 's 's PART POS 1 case
            3 sister sister NOUN NN 8 nsubj
            4 , , PUNCT , 6 punct
            5 Paris Paris PROPN NNP 6 compound
            6 Hall Hall PROPN NNP 3 appos
            7 , , PUNCT , 6 punct
            8 spoke speak VERB VBD 0 root
            9 . . PUNCT . 8 punct
            """, entities: [("Paris Hall", .place)])
        #expect(compact(facts).contains("appositive (Paris Hall; be; Kim's sister)"))
    }

    @Test func phrasesSplitIntoTwoSubjectsKeepTheNearestAndATitleHeadedPhraseIsItsPerson() {
        // "Yesterday, Union State Senator from Ohio Ana Ruiz won the vote.", parsed with two
        // subjects ("State" and "Senator") and the name hung under "Senator".
        let facts = ExtractionTreeBuilder.facts("""
            1 Yesterday yesterday NOUN NN 10 obl:unmarked
            2 , , PUNCT , 1 punct
            3 Union Union ADJ NNP 4 amod
            4 State State PROPN NNP 10 nsubj
            5 Senator Senator PROPN NNP 10 nsubj
            6 from from ADP IN 9 case
            7 Ohio Ohio PROPN NNP 9 compound
            8 Ana Ana PROPN NNP 9 compound
            9 Ruiz Ruiz PROPN NNP 5 nmod
            10 won win VERB VBD 0 root
            11 the the DET DT 12 det
            12 vote vote NOUN NN 10 obj
            13 . . PUNCT . 10 punct
            """, entities: [("Ana Ruiz", .person), ("Union State", .place)])
        let won = facts.filter { $0.predicate.lemma == "win" }
        #expect(won.map(\.subject.text) == ["Senator from Ohio Ana Ruiz"])
        #expect(won.first?.subject.entity == 0)
    }

    @Test func coordinatedNamesInAppositionEachGetTheDescription() {
        // "Her parents, Ana Ruiz and Leo Park, were teachers."
        let facts = ExtractionTreeBuilder.facts("""
            1 Her her PRON PRP$ 2 nmod:poss
            2 parents parent NOUN NNS 12 nsubj
            3 , , PUNCT , 4 punct
            4 Ana Ana PROPN NNP 2 appos
            5 Ruiz Ruiz PROPN NNP 4 flat
            6 and and CCONJ CC 7 cc
            7 Leo Leo PROPN NNP 4 conj
            8 Park Park PROPN NNP 7 flat
            9 , , PUNCT , 2 punct
            10 were be AUX VBD 12 cop
            11 all all DET DT 12 det
            12 teachers teacher NOUN NNS 0 root
            13 . . PUNCT . 12 punct
            """, entities: [("Ana Ruiz", .person), ("Leo Park", .person)])
        let appositives = facts.filter { $0.kind == .appositive }.map(\.compact)
        #expect(Set(appositives) == ["appositive (Ana Ruiz; be; Her parents)", "appositive (Leo Park; be; Her parents)"])
    }

    @Test func relativeClauseHungAsAnAppositionTakesTheNameAsSubject() {
        // "Berg, who is 30 years old, won the race.", with the relative clause as `appos` and
        // "won" coordinated under it.
        let facts = ExtractionTreeBuilder.facts("""
            1 Berg Berg PROPN NNP 0 root
            2 , , PUNCT , 7 punct
            3 who who PRON WP 7 nsubj
            4 is be AUX VBZ 7 cop
            5 30 30 NUM CD 6 nummod
            6 years year NOUN NNS 7 obl:unmarked
            7 old old ADJ JJ 1 appos
            8 , , PUNCT , 9 punct
            9 won win VERB VBD 7 conj
            10 the the DET DT 11 det
            11 race race NOUN NN 9 obj
            12 . . PUNCT . 1 punct
            """, entities: [("Berg", .person)])
        #expect(compact(facts).contains("(Berg; won; the race)"))
        #expect(!facts.contains { $0.subject.text == "who" })
    }
}
