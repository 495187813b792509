import Testing
import FactModel
@testable import TextPipeline

/// One named case per construction the extractor handles, over hand-built trees of our own
/// sentences, asserting the exact facts (compact form: `kind (subject; relation; object; marker: qualifier)`).
@Suite struct ExtractionConstructionTests {
    @Test func aNegatedAdjectiveComplementNegatesTheClause() {
        // "pleaded not guilty": the clause says she did not plead guilty.
        let facts = ExtractionTreeBuilder.facts("""
            1 Vik Vik PROPN NNP 2 nsubj
            2 pleaded plead VERB VBD 0 root
            3 not not PART RB 4 advmod
            4 guilty guilty ADJ JJ 2 xcomp
            5 to to ADP IN 7 case
            6 the the DET DT 7 det
            7 charges charge NOUN NNS 4 obl
            8 . . PUNCT . 2 punct
            """, entities: [("Vik", .person)])
        let pleaded = facts.filter { $0.predicate.canonical == "plead" }
        #expect(pleaded.map(\.predicate.surface) == ["pleaded not"], "\(facts.map(\.compact))")
        #expect(pleaded.allSatisfy { $0.predicate.negated })
    }

    @Test func twoNamesOfOneEntityMakeNoFact() {
        // "The Pacific Trade Council (PTC) met ...": the acronym in apposition is the same entity.
        var annotated = ExtractionTreeBuilder.document("""
            1 The the DET DT 4 det
            2 Pacific Pacific PROPN NNP 4 compound
            3 Trade Trade PROPN NNP 4 compound
            4 Council Council PROPN NNP 9 nsubj
            5 ( ( PUNCT -LRB- 6 punct
            6 PTC PTC PROPN NNP 4 appos
            7 ) ) PUNCT -RRB- 6 punct
            8 also also ADV RB 9 advmod
            9 met meet VERB VBD 0 root
            10 Ana Ana PROPN NNP 9 obj
            11 Reyes Reyes PROPN NNP 10 flat
            12 , , PUNCT , 15 punct
            13 the the DET DT 15 det
            14 trade trade NOUN NN 15 compound
            15 minister minister NOUN NN 10 appos
            16 . . PUNCT . 9 punct
            """, entities: [("Pacific Trade Council", .organization), ("PTC", .organization), ("Ana Reyes", .person)])
        // One entity for both names, as the entity stage links them.
        for index in annotated.spans.indices where annotated.spans[index].entity == EntityID(1) {
            annotated.spans[index].entity = EntityID(0)
        }
        let doc = Document(id: 0, path: "test.txt", title: "test", text: annotated.text)
        let facts = FactExtractor().extract(annotated, document: doc).facts
        #expect(!facts.contains { $0.object?.text == "PTC" }, "\(facts.map(\.compact))")
        #expect(facts.contains { $0.subject.text == "Ana Reyes" && $0.object?.text == "the trade minister" }, "a description stays")
    }

    @Test func passiveWithAgentIsStoredActiveAndJoinAtEventMeansBothAttend() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Portland Portland PROPN NNP 2 compound
            2 Mayor Mayor PROPN NNP 3 nmod:desc
            3 Ann Ann PROPN NNP 7 nsubj:pass
            4 Rivera Rivera PROPN NNP 3 flat
            5 will will AUX MD 7 aux
            6 be be AUX VB 7 aux:pass
            7 joined join VERB VBN 0 root
            8 by by ADP IN 11 case
            9 Fire Fire PROPN NNP 10 compound
            10 Chief Chief PROPN NNP 11 nmod:desc
            11 Mark Mark PROPN NNP 7 obl:agent
            12 Olsen Olsen PROPN NNP 11 flat
            13 at at ADP IN 15 case
            14 the the DET DT 15 det
            15 summit summit NOUN NN 7 obl
            16 . . PUNCT . 7 punct
            """, entities: [("Ann Rivera", .person), ("Mark Olsen", .person)])
        #expect(compact(facts) == [
            "(Fire Chief Mark Olsen; will be joined by; Portland Mayor Ann Rivera; at: the summit)",
            "derived (Fire Chief Mark Olsen; attend; the summit)",
            "derived (Portland Mayor Ann Rivera; attend; the summit)",
            "title (Ann Rivera; Mayor; of: Portland)",
            "title (Mark Olsen; Fire Chief)",
        ])
        let join = facts.first { $0.kind == .event }!
        #expect(join.predicate.voice == .passive)
        #expect(join.predicate.lemma == "join")
        #expect(join.predicate.modality == "will")
        #expect(join.subject.head == "Mark Olsen" && join.subject.entity == 1)
        #expect(join.object?.head == "Ann Rivera" && join.object?.entity == 0)
        #expect(facts.filter { $0.predicate.canonical == "attend" }.compactMap(\.subject.entity).sorted() == [0, 1])
    }

    @Test func copulaWithPrepositionAtAnEventMeansAttend() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Boston Boston PROPN NNP 2 compound
            2 Mayor Mayor PROPN NNP 3 nmod:desc
            3 Kim Kim PROPN NNP 10 nsubj
            4 Lee Lee PROPN NNP 3 flat
            5 will will AUX MD 10 aux
            6 also also ADV RB 10 advmod
            7 be be AUX VB 10 cop
            8 at at ADP IN 10 case
            9 the the DET DT 10 det
            10 meeting meeting NOUN NN 0 root
            11 . . PUNCT . 10 punct
            """)
        #expect(compact(facts) == [
            "copula (Boston Mayor Kim Lee; will also be at; the meeting)",
            "title (Kim Lee; Mayor; of: Boston)",
        ])
        let attend = facts.first { $0.kind == .copula }!
        #expect(attend.predicate.canonical == "attend")
        #expect(attend.predicate.lemma == "be at")
        #expect(attend.object?.head == "meeting")
    }

    @Test func inAttendanceWithAsWellAsConjunctsTakesTheLastEvent() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Lee Lee PROPN NNP 6 nsubj
            2 will will AUX MD 6 aux
            3 be be AUX VB 6 cop
            4 at at ADP IN 6 case
            5 the the DET DT 6 det
            6 meeting meeting NOUN NN 0 root
            7 . . PUNCT . 6 punct

            1 The the DET DT 2 det
            2 head head NOUN NN 11 nsubj
            3 of of ADP IN 6 case
            4 the the DET DT 6 det
            5 fire fire NOUN NN 6 compound
            6 department department NOUN NN 2 nmod
            7 will will AUX MD 11 aux
            8 also also ADV RB 11 advmod
            9 be be AUX VB 11 cop
            10 in in ADP IN 11 case
            11 attendance attendance NOUN NN 0 root
            12 , , PUNCT , 17 punct
            13 as as ADP IN 17 cc
            14 well well ADV RB 13 fixed
            15 as as ADP IN 13 fixed
            16 Chief Chief PROPN NNP 17 nmod:desc
            17 Tom Tom PROPN NNP 11 conj
            18 Reyes Reyes PROPN NNP 17 flat
            19 and and CCONJ CC 20 cc
            20 Sara Sara PROPN NNP 17 conj
            21 Kline Kline PROPN NNP 20 flat
            22 . . PUNCT . 11 punct
            """)
        #expect(compact(facts) == [
            "copula (Lee; will be at; the meeting)",
            "copula (The head of the fire department; will also be in; attendance)",
            "copula (Chief Tom Reyes; will also be in; attendance)",
            "copula (Sara Kline; will also be in; attendance)",
            "derived (The head of the fire department; attend; the meeting)",
            "derived (Chief Tom Reyes; attend; the meeting)",
            "derived (Sara Kline; attend; the meeting)",
            "title (Tom Reyes; Chief)",
        ])
        #expect(facts.filter { $0.predicate.canonical == "attend" }.count == 7)
    }

    @Test func coordinatedSubjectsGiveOneFactEach() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Ana Ana PROPN NNP 6 nsubj
            2 , , PUNCT , 3 punct
            3 Ben Ben PROPN NNP 1 conj
            4 and and CCONJ CC 5 cc
            5 Carl Carl PROPN NNP 1 conj
            6 signed sign VERB VBD 0 root
            7 the the DET DT 8 det
            8 letter letter NOUN NN 6 obj
            9 . . PUNCT . 6 punct
            """)
        #expect(compact(facts) == ["(Ana; signed; the letter)", "(Ben; signed; the letter)", "(Carl; signed; the letter)"])
    }

    @Test func verbConjunctInheritsTheSubject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 council council NOUN NN 3 nsubj
            3 approved approve VERB VBD 0 root
            4 the the DET DT 5 det
            5 plan plan NOUN NN 3 obj
            6 and and CCONJ CC 7 cc
            7 rejected reject VERB VBD 3 conj
            8 the the DET DT 9 det
            9 budget budget NOUN NN 7 obj
            10 . . PUNCT . 3 punct
            """)
        #expect(compact(facts) == ["(The council; approved; the plan)", "(The council; rejected; the budget)"])
    }

    @Test func coordinatedObjectsGiveOneFactEach() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Sanders Sanders PROPN NNP 2 nsubj
            2 won win VERB VBD 0 root
            3 Vermont Vermont PROPN NNP 2 obj
            4 , , PUNCT , 5 punct
            5 Utah Utah PROPN NNP 3 conj
            6 and and CCONJ CC 7 cc
            7 Maine Maine PROPN NNP 3 conj
            8 . . PUNCT . 2 punct
            """)
        #expect(compact(facts) == ["(Sanders; won; Vermont)", "(Sanders; won; Utah)", "(Sanders; won; Maine)"])
    }

    @Test func sayVerbWithThatClauseAttributesTheContent() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Lee Lee PROPN NNP 2 nsubj
            2 said say VERB VBD 0 root
            3 that that SCONJ IN 7 mark
            4 the the DET DT 5 det
            5 city city NOUN NN 7 nsubj
            6 would would AUX MD 7 aux
            7 sue sue VERB VB 2 ccomp
            8 the the DET DT 9 det
            9 state state NOUN NN 7 obj
            10 . . PUNCT . 2 punct
            """)
        #expect(compact(facts) == [
            "attribution (Lee; said that; the city would sue the state)",
            "(the city; would sue; the state)",
        ])
        let sue = facts.first { $0.kind == .event }!
        #expect(sue.attribution?.speaker.text == "Lee")
        #expect(sue.attribution?.verb == "say")
        #expect(facts.first { $0.kind == .attribution }?.attribution == nil)
    }

    @Test func quoteBeforeTheSpeakerByParataxisExcludesQuoteMarks() {
        let facts = ExtractionTreeBuilder.facts("""
            1 “ “ PUNCT `` 4 punct SpaceAfter=No
            2 We we PRON PRP 4 nsubj
            3 will will AUX MD 4 aux
            4 win win VERB VB 0 root
            5 this this DET DT 6 det
            6 fight fight NOUN NN 4 obj SpaceAfter=No
            7 , , PUNCT , 4 punct
            8 ” ” PUNCT '' 4 punct
            9 Lee Lee PROPN NNP 10 nsubj
            10 said say VERB VBD 4 parataxis
            11 . . PUNCT . 4 punct
            """)
        #expect(compact(facts) == [
            "(We; will win; this fight)",
            "attribution (Lee; said; We will win this fight)",
        ])
        #expect(facts.first { $0.kind == .event }?.attribution?.speaker.text == "Lee")
    }

    @Test func infinitiveChainMergesIntoTheRelationAndIsKeptAsTheGovernorsObject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 senator senator NOUN NN 3 nsubj
            3 threatened threaten VERB VBD 0 root
            4 to to PART TO 5 mark
            5 cut cut VERB VB 3 xcomp
            6 funding funding NOUN NN 5 obj
            7 for for ADP IN 9 case
            8 the the DET DT 9 det
            9 program program NOUN NN 6 nmod
            10 . . PUNCT . 3 punct
            """)
        #expect(compact(facts) == [
            "(The senator; threatened to cut; funding for the program)",
            "derived (The senator; threatened; to cut funding for the program)",
        ])
        let cut = facts.first { $0.kind == .event }!
        #expect(cut.predicate.lemma == "cut")
        #expect(cut.predicate.modality == "threatened to")
        #expect(facts.first { $0.kind == .derived }?.predicate.lemma == "threaten")
    }

    @Test func anInfinitiveAfterAnIndirectObjectIsThatPersonsDoing() {
        // "The mayor asked Beck to join the panel.", with "Beck" labelled `iobj` as a parser may.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 mayor mayor NOUN NN 3 nsubj
            3 asked ask VERB VBD 0 root
            4 Beck Beck PROPN NNP 3 iobj
            5 to to PART TO 6 mark
            6 join join VERB VB 3 xcomp
            7 the the DET DT 8 det
            8 panel panel NOUN NN 6 obj
            9 . . PUNCT . 3 punct
            """, entities: [("Beck", .person)])
        #expect(facts.map(\.keys).contains("(Beck; join; panel)"), "\(compact(facts))")
        #expect(!facts.contains { $0.subject.text == "The mayor" && $0.predicate.lemma == "join" }, "\(compact(facts))")
        // A request says what Beck is to do, not that he did it.
        #expect(facts.first { $0.predicate.lemma == "join" }?.predicate.modality == "asked to", "\(compact(facts))")
    }

    @Test func relativeClauseTakesItsAntecedentAsSubject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 mayor mayor NOUN NN 3 nsubj
            3 praised praise VERB VBD 0 root
            4 the the DET DT 5 det
            5 officers officer NOUN NNS 3 obj
            6 who who PRON WP 7 nsubj
            7 stopped stop VERB VBD 5 acl:relcl
            8 the the DET DT 9 det
            9 attack attack NOUN NN 7 obj
            10 . . PUNCT . 3 punct
            """)
        #expect(compact(facts) == ["(The mayor; praised; the officers)", "(the officers; stopped; the attack)"])
    }

    @Test func objectRelativeClauseTakesItsAntecedentAsObject() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Critics critic NOUN NNS 2 nsubj
            2 read read VERB VBD 0 root
            3 the the DET DT 4 det
            4 report report NOUN NN 2 obj
            5 that that PRON WDT 8 obj
            6 the the DET DT 7 det
            7 panel panel NOUN NN 8 nsubj
            8 published publish VERB VBD 4 acl:relcl
            9 . . PUNCT . 2 punct
            """)
        #expect(compact(facts) == ["(Critics; read; the report)", "(the panel; published; the report)"])
    }

    @Test func participlesModifyingANounTakeItAsSubjectAndPastParticiplesReadPassive() {
        let facts = ExtractionTreeBuilder.facts("""
            1 He he PRON PRP 2 nsubj
            2 criticized criticize VERB VBD 0 root
            3 states state NOUN NNS 2 obj
            4 refusing refuse VERB VBG 3 acl
            5 to to PART TO 6 mark
            6 comply comply VERB VB 4 xcomp
            7 with with ADP IN 9 case
            8 the the DET DT 9 det
            9 law law NOUN NN 6 obl
            10 and and CCONJ CC 11 cc
            11 cities city NOUN NNS 3 conj
            12 deemed deem VERB VBN 11 acl
            13 unsafe unsafe ADJ JJ 12 xcomp
            14 . . PUNCT . 2 punct
            """)
        #expect(compact(facts) == [
            "(He; criticized; states refusing to comply with the law)",
            "(He; criticized; cities deemed unsafe)",
            "(states; be refusing to comply with; the law)",
            "derived (states; refusing; to comply with the law)",
            "(cities; be deemed; unsafe)",
        ])
    }

    @Test func appositiveNameComesFirstAndAnAgeIsTyped() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Howard Howard PROPN NNP 8 nsubj
            2 Kim Kim PROPN NNP 1 flat
            3 , , PUNCT , 5 punct
            4 a a DET DT 5 det
            5 lawyer lawyer NOUN NN 1 appos
            6 , , PUNCT , 5 punct
            7 then then ADV RB 8 advmod
            8 spoke speak VERB VBD 0 root
            9 . . PUNCT . 8 punct

            1 Maria Maria PROPN NNP 6 nsubj
            2 Lopez Lopez PROPN NNP 1 flat
            3 , , PUNCT , 4 punct
            4 41 41 NUM CD 1 appos
            5 , , PUNCT , 4 punct
            6 testified testify VERB VBD 0 root
            7 on on ADP IN 8 case
            8 Friday Friday PROPN NNP 6 obl
            9 . . PUNCT . 6 punct
            """)
        #expect(compact(facts) == [
            "appositive (Howard Kim; be; a lawyer)",
            "(Howard Kim; spoke; time: then)",
            "(Maria Lopez; testified; on: Friday)",
            "appositive (Maria Lopez; be; 41)",
        ])
        #expect(facts.first { $0.object?.text == "41" }?.predicate.canonical == "age")
    }

    @Test func possessiveAppositivePutsTheNameFirst() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 senator senator NOUN NN 4 nmod:poss
            3 's 's PART POS 2 case
            4 spokesman spokesman NOUN NN 10 nsubj
            5 , , PUNCT , 6 punct
            6 Dan Dan PROPN NNP 4 appos
            7 Ford Ford PROPN NNP 6 flat
            8 , , PUNCT , 6 punct
            9 had have AUX VBD 10 aux
            10 declined decline VERB VBN 0 root
            11 comment comment NOUN NN 10 obj
            12 . . PUNCT . 10 punct
            """)
        #expect(compact(facts) == [
            "(The senator 's spokesman; had declined; comment)",
            "appositive (Dan Ford; be; The senator 's spokesman)",
            "title (Dan Ford; spokesman; of: The senator)",
            "possession (The senator; has; spokesman)",
        ])
    }

    @Test func aSubjectDeniedByNoDeniesTheClause() {
        // "No evidence has been reported."
        let facts = ExtractionTreeBuilder.facts("""
            1 No no DET DT 2 det
            2 evidence evidence NOUN NN 5 nsubj:pass
            3 has have AUX VBZ 5 aux
            4 been be AUX VBN 5 aux:pass
            5 reported report VERB VBN 0 root
            6 . . PUNCT . 5 punct
            """)
        let report = facts.first { $0.predicate.lemma == "report" }
        #expect(report?.predicate.negated == true, "\(facts.map(\.compact))")
        #expect(report?.subject.text == "No evidence")
    }

    @Test func aSubjectOpenedByNotDeniesTheClause() {
        // "Not even one candidate ran unopposed." -- but "Not only the mayor came." affirms.
        let facts = ExtractionTreeBuilder.facts("""
            1 Not not PART RB 4 advmod
            2 even even ADV RB 4 advmod
            3 one one NUM CD 4 nummod
            4 candidate candidate NOUN NN 5 nsubj
            5 ran run VERB VBD 0 root
            6 unopposed unopposed ADJ JJ 5 xcomp
            7 . . PUNCT . 5 punct
            """)
        let ran = facts.first { $0.predicate.lemma == "run" }
        #expect(ran?.predicate.negated == true, "\(facts.map(\.compact))")
        let affirmed = ExtractionTreeBuilder.facts("""
            1 Not not PART RB 4 advmod
            2 only only ADV RB 4 advmod
            3 the the DET DT 4 det
            4 mayor mayor NOUN NN 5 nsubj
            5 came come VERB VBD 0 root
            6 . . PUNCT . 5 punct
            """)
        #expect(affirmed.first { $0.predicate.lemma == "come" }?.predicate.negated == false, "\(affirmed.map(\.compact))")
    }

    @Test func yetToSaysTheVerbHasNotHappened() {
        // "The council has yet to approve the plan." is no obligation: the council has not approved it.
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 council council NOUN NN 3 nsubj
            3 has have VERB VBZ 0 root
            4 yet yet ADV RB 3 advmod
            5 to to PART TO 6 mark
            6 approve approve VERB VB 3 xcomp
            7 the the DET DT 8 det
            8 plan plan NOUN NN 6 obj
            9 . . PUNCT . 3 punct
            """)
        let approve = facts.first { $0.predicate.lemma == "approve" }
        #expect(approve?.predicate.negated == true, "\(facts.map(\.compact))")
        #expect(approve?.predicate.modality == nil)
        #expect(approve?.predicate.surface == "has yet to approve")
    }

    @Test func whatTheObjectIsToDoCompletesTheVerb() {
        // "Lee instructed the agencies to investigate the leak."
        let facts = ExtractionTreeBuilder.facts("""
            1 Lee Lee PROPN NNP 2 nsubj
            2 instructed instruct VERB VBD 0 root
            3 the the DET DT 4 det
            4 agencies agency NOUN NNS 2 obj
            5 to to PART TO 6 mark
            6 investigate investigate VERB VB 2 xcomp
            7 the the DET DT 8 det
            8 leak leak NOUN NN 6 obj
            9 . . PUNCT . 2 punct
            """, entities: [("Lee", .person)])
        let compacts = facts.map(\.compact)
        #expect(compacts.contains("(Lee; instructed; the agencies; to: investigate the leak)"), "\(compacts)")
        #expect(compacts.contains("(the agencies; investigate; the leak)"), "\(compacts)")
    }

    @Test func eachItemOfAListInAppositionDescribesTheCountedNoun() {
        // "She faces two charges: arson and theft."
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 2 nsubj
            2 faces face VERB VBZ 0 root
            3 two two NUM CD 4 nummod
            4 charges charge NOUN NNS 2 obj
            5 : : PUNCT : 6 punct
            6 arson arson NOUN NN 4 appos
            7 and and CCONJ CC 8 cc
            8 theft theft NOUN NN 6 conj
            9 . . PUNCT . 2 punct
            """)
        let described = facts.filter { $0.kind == .appositive && $0.subject.text == "two charges" }.compactMap { $0.object?.text }
        #expect(Set(described) == ["arson", "theft"], "\(facts.map(\.compact))")
    }

    @Test func appositiveOfTheWrongTypeMovesToTheNearestPlace() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Denver Denver PROPN NNP 2 compound
            2 Mayor Mayor PROPN NNP 3 nmod:desc
            3 Kim Kim PROPN NNP 5 nsubj
            4 Lee Lee PROPN NNP 3 flat
            5 attended attend VERB VBD 0 root
            6 the the DET DT 7 det
            7 summit summit NOUN NN 5 obj
            8 , , PUNCT , 10 punct
            9 a a DET DT 10 det
            10 city city NOUN NN 7 appos
            11 that that PRON WDT 13 nsubj
            12 has have AUX VBZ 13 aux
            13 led lead VERB VBN 10 acl:relcl
            14 the the DET DT 15 det
            15 debate debate NOUN NN 13 obj
            16 . . PUNCT . 5 punct
            """)
        #expect(compact(facts) == [
            "(Denver Mayor Kim Lee; attended; the summit)",
            "(Denver; has led; the debate)",
            "appositive (Denver; be; a city)",
            "title (Kim Lee; Mayor; of: Denver)",
        ])
    }

    @Test func lightVerbsHoldTalksAndTakePartNormalize() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 governor governor NOUN NN 3 nsubj
            3 held hold VERB VBD 0 root
            4 talks talk NOUN NNS 3 obj
            5 with with ADP IN 7 case
            6 union union NOUN NN 7 compound
            7 leaders leader NOUN NNS 3 obl
            8 . . PUNCT . 3 punct

            1 Ten ten NUM CD 2 nummod
            2 nations nation NOUN NNS 3 nsubj
            3 took take VERB VBD 0 root
            4 part part NOUN NN 3 obj
            5 in in ADP IN 7 case
            6 the the DET DT 7 det
            7 summit summit NOUN NN 3 obl
            8 . . PUNCT . 3 punct
            """)
        #expect(compact(facts) == [
            "(The governor; held; talks; with: union leaders)",
            "derived (The governor; attend; talks)",
            "derived (union leaders; attend; talks)",
            "(Ten nations; took; part; in: the summit)",
            "derived (Ten nations; participate in; the summit)",
            "derived (Ten nations; attend; the summit)",
        ])
        #expect(facts.first { $0.predicate.lemma == "hold" }?.predicate.canonical == "meet")
        #expect(facts.first { $0.predicate.lemma == "take" }?.predicate.canonical == "participate")
    }

    @Test func meetingADemandIsNoMeeting() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Bakers baker NOUN NNS 2 nsubj
            2 struggled struggle VERB VBD 0 root
            3 to to PART TO 4 mark
            4 meet meet VERB VB 2 xcomp
            5 the the DET DT 6 det
            6 demand demand NOUN NN 4 obj
            7 . . PUNCT . 2 punct
            """)
        #expect(!compact(facts).contains { $0.contains("attend") }, "\(compact(facts))")
        #expect(compact(facts).contains("(Bakers; struggled to meet; the demand)"))
    }

    @Test func meetWithMeansBothTakePartInAMeetingAndTimeIsResolved() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 mayors mayor NOUN NNS 5 nsubj:pass
            3 are be AUX VBP 5 aux:pass
            4 scheduled schedule VERB VBN 5 root
            5 to to PART TO 6 mark
            6 meet meet VERB VB 4 xcomp
            7 with with ADP IN 9 case
            8 the the DET DT 9 det
            9 secretary secretary NOUN NN 6 obl
            10 on on ADP IN 11 case
            11 Wednesday Wednesday PROPN NNP 6 obl
            12 . . PUNCT . 4 punct
            """.replacingOccurrences(of: "2 mayors mayor NOUN NNS 5 nsubj:pass", with: "2 mayors mayor NOUN NNS 4 nsubj:pass")
              .replacingOccurrences(of: "3 are be AUX VBP 5 aux:pass", with: "3 are be AUX VBP 4 aux:pass")
              .replacingOccurrences(of: "4 scheduled schedule VERB VBN 5 root", with: "4 scheduled schedule VERB VBN 0 root"),
            date: "2017-02-02")
        #expect(compact(facts) == [
            "(The mayors; are scheduled to meet with; the secretary; on: Wednesday)",
            "derived (The mayors; attend; meeting with the secretary; on: Wednesday)",
            "derived (the secretary; attend; meeting with The mayors; on: Wednesday)",
            "derived (The mayors; are scheduled; to meet with the secretary on Wednesday)",
        ])
        let meet = facts.first { $0.kind == .event }!
        #expect(meet.predicate.canonical == "meet")
        #expect(meet.predicate.voice == .active)
        #expect(meet.predicate.modality == "are scheduled to")
        #expect(meet.qualifiers.first?.argument.value?.normalized == "2017-02-01")
    }

    @Test func ditransitiveAndObjectComplement() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 city city NOUN NN 3 nsubj
            3 gave give VERB VBD 0 root
            4 the the DET DT 5 det
            5 school school NOUN NN 3 iobj
            6 $ $ SYM $ 3 obj
            7 2 2 NUM CD 8 compound
            8 million million NUM CD 6 nummod
            9 . . PUNCT . 3 punct

            1 Lee Lee PROPN NNP 2 nsubj
            2 called call VERB VBD 0 root
            3 the the DET DT 4 det
            4 plan plan NOUN NN 2 obj
            5 a a DET DT 6 det
            6 disaster disaster NOUN NN 2 xcomp
            7 . . PUNCT . 2 punct
            """, values: [("$ 2 million", .money)])
        #expect(compact(facts) == [
            "(The city; gave; the school; $ 2 million)",
            "(Lee; called; the plan; a disaster)",
            "copula (the plan; be; a disaster)",
        ])
        #expect(facts.first?.qualifiers.first?.argument.value?.kind == .money)
    }

    @Test func negationParticlesAndTimeQualifiers() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 governor governor NOUN NN 5 nsubj
            3 did do AUX VBD 5 aux
            4 not not PART RB 5 advmod
            5 cut cut VERB VB 0 root
            6 off off ADP RP 5 compound:prt
            7 state state NOUN NN 8 compound
            8 funding funding NOUN NN 5 obj
            9 to to ADP IN 11 case
            10 the the DET DT 11 det
            11 office office NOUN NN 5 obl
            12 last last ADJ JJ 13 amod
            13 year year NOUN NN 5 obl:unmarked
            14 . . PUNCT . 5 punct
            """, date: "2019-05-01")
        #expect(compact(facts) == ["(The governor; did not cut off; state funding; to: the office; time: last year)"])
        let cut = facts[0]
        #expect(cut.predicate.negated)
        #expect(cut.predicate.lemma == "cut off")
        #expect(cut.qualifiers[1].argument.value?.normalized == "2018")
    }

    @Test func becomeTakesItsComplementAsObjectAndPrepositionJoinsObjectlessRelation() {
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 2 nsubj
            2 became become VERB VBD 0 root
            3 president president NOUN NN 2 xcomp
            4 of of ADP IN 6 case
            5 the the DET DT 6 det
            6 club club NOUN NN 3 nmod
            7 . . PUNCT . 2 punct

            1 He he PRON PRP 3 nsubj:pass
            2 was be AUX VBD 3 aux:pass
            3 born bear VERB VBN 0 root
            4 in in ADP IN 5 case
            5 Baltimore Baltimore PROPN NNP 3 obl
            6 in in ADP IN 7 case
            7 1951 1951 NUM CD 3 obl
            8 . . PUNCT . 3 punct
            """)
        #expect(compact(facts) == [
            "(She; became; president of the club)",
            "(He; was born in; Baltimore; in: 1951)",
        ])
    }

    @Test func titlesSegmentStackedRolesAndTheirOfPhrases() {
        let segments = TitleWords.segment(["Major", "Chiefs", "Association", "President", "Police", "Chief"])
        #expect(segments.count == 2)
        #expect(segments[0].role == 3..<4 && segments[0].of == 0..<3)
        #expect(segments[1].role == 4..<6 && segments[1].of == nil)
        let minister = TitleWords.segment(["Prime", "Minister", "of", "Slovakia"])
        #expect(minister.count == 1 && minister[0].role == 0..<2 && minister[0].of == 3..<4)
        let former = TitleWords.segment(["former", "Texas", "Gov."])
        #expect(former.count == 1 && former[0].modifier == 0..<1 && former[0].of == 1..<2)
        let ambassador = TitleWords.segment(["US", "Ambassador", "to", "Germany"])
        #expect(ambassador.count == 1 && ambassador[0].role == 1..<4 && ambassador[0].of == 0..<1)
    }

    @Test func copulaAndAppositiveDescriptionsNamingARoleGiveTitleFacts() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Kim Kim PROPN NNP 4 nsubj
            2 is be AUX VBZ 4 cop
            3 the the DET DT 4 det
            4 mayor mayor NOUN NN 0 root
            5 of of ADP IN 6 case
            6 Denver Denver PROPN NNP 4 nmod
            7 . . PUNCT . 4 punct

            1 Ana Ana PROPN NNP 11 nsubj
            2 Ruiz Ruiz PROPN NNP 1 flat
            3 , , PUNCT , 6 punct
            4 the the DET DT 6 det
            5 current current ADJ JJ 6 amod
            6 president president NOUN NN 1 appos
            7 of of ADP IN 9 case
            8 the the DET DT 9 det
            9 council council NOUN NN 6 nmod
            10 , , PUNCT , 6 punct
            11 wrote write VERB VBD 0 root
            12 . . PUNCT . 11 punct
            """)
        #expect(compact(facts) == [
            "copula (Kim; is; the mayor of Denver)",
            "title (Kim; mayor; of: Denver)",
            "appositive (Ana Ruiz; be; the current president of the council)",
            "(Ana Ruiz; wrote)",
            "title (Ana Ruiz; president; of: the council)",
        ])
        #expect(facts.first { $0.subject.text == "Ana Ruiz" && $0.kind == .title }?.predicate.modality == "current")
    }

    @Test func nominalizationWithDoerAndInfinitiveAndANamesOfPhrase() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 king king NOUN NN 3 nsubj
            3 granted grant VERB VBD 0 root
            4 the the DET DT 5 det
            5 request request NOUN NN 3 obj
            6 of of ADP IN 7 case
            7 Ana Ana PROPN NNP 5 nmod
            8 Ruiz Ruiz PROPN NNP 7 flat
            9 of of ADP IN 12 case
            10 the the DET DT 12 det
            11 Green Green PROPN NNP 12 compound
            12 Party Party PROPN NNP 7 nmod
            13 to to PART TO 14 mark
            14 delay delay VERB VB 5 acl
            15 the the DET DT 16 det
            16 vote vote NOUN NN 14 obj
            17 . . PUNCT . 3 punct
            """)
        #expect(compact(facts) == [
            "(The king; granted; the request of Ana Ruiz of the Green Party to delay the vote)",
            // What the request is for (NounInfinitives.swift).
            "(the request of Ana Ruiz of the Green Party; be to delay; the vote)",
            "derived (Ana Ruiz; be of; the Green Party)",
            "derived (Ana Ruiz of the Green Party; request; to delay the vote)",
        ])
    }

    @Test func notUntilSaysWhenTheEventHappens() {
        // "The council will not vote until June 3."
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 council council NOUN NN 5 nsubj
            3 will will AUX MD 5 aux
            4 not not PART RB 5 advmod
            5 vote vote VERB VB 0 root
            6 until until ADP IN 7 case
            7 June June PROPN NNP 5 obl
            8 3 3 NUM CD 7 nummod
            9 . . PUNCT . 5 punct
            """)
        #expect(compact(facts) == [
            "(The council; will not vote; until: June 3)",
            "derived (The council; will vote; time: June 3)",
        ])
        #expect(facts.first { $0.kind == .derived }?.predicate.negated == false)
    }
}
