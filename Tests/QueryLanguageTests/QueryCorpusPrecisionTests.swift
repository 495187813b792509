import Testing
import FactModel
@testable import QueryLanguage

/// Precision when many articles are loaded at once, over a story whose facts come from unrelated
/// events: a question's stated part (a place, an owner) keeps out answers from the other events.
@Suite struct QueryCorpusPrecisionTests: AsksQuestions {
    let engine = QueryEngine(source: makeTwoEventsStory(), lexicon: FakeLexicon())

    @Test func factsLeavingOutAStatedPartAreNotAnswersWhenOthersStateIt() {
        // The collision is the subject of the killing that was "in the collision"; the airstrike's
        // killing has no collision at all and must not answer.
        #expect(answers("who was killed in the collision") == ["Ann Lee"])
        // Without the stated part both killings answer.
        #expect(Set(answers("who was killed")) == ["Ann Lee", "Bob Stone", "Gil Park"])
    }

    @Test func aDescriptionNamingAnotherOwnerIsAnotherRelation() {
        #expect(answers("who is Ann Lee's mother") == ["Carla Lee"])
        #expect(answers("who is Bob Stone's mother") == ["Dora Stone"])
        // Nobody is said to be Eve Hart's mother: no one else's mother answers for her.
        let hart = answers("who is Eve Hart's mother")
        #expect(!hart.contains("Carla Lee") && !hart.contains("Dora Stone"), "\(hart)")
    }

    @Test func aValueOfTheAskedKindInTheSentencesBeatsAToleratedOneInTheFacts() {
        // The facts give only a year (when she became a member); a sentence gives her age.
        #expect(answers("how old was Ann Lee") == ["34"])
    }

    @Test func aRoleTheQuestionNamesDoesNotKeepItsHolderOut() {
        // "Speaker" is Fay Moss's title, but "who was elected Speaker" asks who holds it.
        #expect(answers("who was elected Speaker") == ["Fay Moss"])
    }

    @Test func namesInAppositionAnswerInsteadOfTheirGroup() {
        #expect(answers("who won their races") == ["Gil Park"])
    }

    @Test func aPlaceAndItsRegionAreOneAnswer() {
        #expect(answers("where was Bob Stone born") == ["Dayton, Ohio"])
    }

    @Test func whereReadsPlacesNotEveryQualifier() {
        // "died at Mercy Hospital, according to a report": the report is no place.
        #expect(answers("where did Ann Lee die") == ["Mercy Hospital"])
    }

    @Test func anInstitutionAfterAtIsWhere() {
        #expect(answers("where did Bob Stone study medicine") == ["Lakeside College"])
    }

    @Test func aQuantityStandsForTheNamesInItsPhrase() {
        // The subject binds its number ("thousands"); the group named in the phrase answers.
        #expect(answers("who marched in the rain") == ["Swedes"])
    }

    @Test func theCountryNamingAnAttackCarriedItOut() {
        #expect(answers("who destroyed the depot") == ["Ruritania"])
    }

    @Test func whatSomeoneIsNotDoesNotSayWhoTheyAre() {
        #expect(Set(answers("who is Gil Park")) == ["Two candidates", "a city planner"])
    }

    @Test func aCountryThatDidItIsTheDoerInADerivedFactToo() {
        // (the Ruritania; kill; Gil Park), derived from "the Ruritania's killing of Gil Park".
        #expect(answers("who killed Gil Park") == ["Ruritania"])
    }

    @Test func howReadsTheMannerNotTheNames() {
        #expect(answers("how did Bob Stone travel") == ["train"])
    }

    @Test func commonNounsForPeopleAnswerWho() {
        #expect(answers("who arrested the accused") == ["Police"])
    }

    @Test func aTitleOfALesserOwnerIsAnotherTitle() {
        #expect(answers("who is the Speaker of the House of Commons") == ["Eve Hart"])
    }
}

/// Two unrelated events and two speakers, as two articles would give them.
func makeTwoEventsStory() -> FakeFactSource {
    let source = FakeFactSource()
    let ann = source.entity("Ann Lee", .person, aliases: ["Lee"])
    let bob = source.entity("Bob Stone", .person, aliases: ["Stone"])
    let carla = source.entity("Carla Lee", .person)
    let dora = source.entity("Dora Stone", .person)
    _ = source.entity("Eve Hart", .person, aliases: ["Hart"], titles: [Title(role: "Speaker", of: "the House of Commons")])
    let moss = source.entity("Fay Moss", .person, aliases: ["Moss", "Speaker"], titles: [Title(role: "Speaker", of: "the House")])
    let candidates = source.entity("candidates", .group)
    let park = source.entity("Gil Park", .person, aliases: ["Park"])

    let s0 = source.sentence("A traffic collision on the bypass killed motorcyclist Ann Lee.", mentions: [("Ann Lee", .entity(.person), ann)])
    source.add(Argument(text: "A traffic collision on the bypass", head: "collision"), "kill",
               Argument(text: "motorcyclist Ann Lee", head: "Ann Lee", entity: ann), at: s0)
    let s1 = source.sentence("Soldiers killed Bob Stone in an airstrike.", mentions: [("Bob Stone", .entity(.person), bob)])
    source.add(Argument(text: "Soldiers", head: "soldier"), "kill", Argument(text: "Bob Stone", head: "Bob Stone", entity: bob),
               qualifiers: [Qualifier(marker: "in", argument: Argument(text: "an airstrike", head: "airstrike"))], at: s1)
    let s2 = source.sentence("Lee's mother, Carla Lee, spoke to reporters.", mentions: [("Carla Lee", .entity(.person), carla), ("Lee", .entity(.person), ann)])
    source.add(Argument(text: "Carla Lee", head: "Carla Lee", entity: carla), "be", Argument(text: "Lee's mother", head: "mother"), kind: .appositive, at: s2)
    let s3 = source.sentence("Dora Stone, Bob Stone's mother, asked for an inquiry.", mentions: [("Dora Stone", .entity(.person), dora), ("Bob Stone", .entity(.person), bob)])
    source.add(Argument(text: "Dora Stone", head: "Dora Stone", entity: dora), "be", Argument(text: "Bob Stone's mother", head: "mother"), kind: .appositive, at: s3)
    let s4 = source.sentence("Lee became a club member in 1990.", mentions: [("Lee", .entity(.person), ann), ("1990", .value(.date), nil)])
    source.add(Argument(text: "Lee", head: "Lee", entity: ann), "become", Argument(text: "a club member", head: "member"),
               qualifiers: [Qualifier(marker: "in", argument: Argument(text: "1990", head: "1990", value: TypedValue(kind: .date, text: "1990", normalized: "1990")))],
               kind: .copula, at: s4)
    _ = source.sentence("Ann Lee, a nurse, died aged 34.", mentions: [("Ann Lee", .entity(.person), ann), ("34", .value(.age), nil)])
    let dayton = source.entity("Dayton", .place)
    let ohio = source.entity("Ohio", .place)
    let s5 = source.sentence("Bob Stone was born in Dayton, Ohio, in 1960.",
                             mentions: [("Bob Stone", .entity(.person), bob), ("Dayton", .entity(.place), dayton), ("Ohio", .entity(.place), ohio)])
    source.add(Argument(text: "Bob Stone", head: "Bob Stone", entity: bob), "born", nil,
               qualifiers: [Qualifier(marker: "in", argument: Argument(text: "Dayton, Ohio", head: "Dayton"))], voice: .passive, at: s5)
    // The same city alone elsewhere is the same answer.
    let s5b = source.sentence("Stone was born in Dayton.", mentions: [("Stone", .entity(.person), bob), ("Dayton", .entity(.place), dayton)])
    source.add(Argument(text: "Stone", head: "Stone", entity: bob), "born", nil,
               qualifiers: [Qualifier(marker: "in", argument: Argument(text: "Dayton", head: "Dayton", entity: dayton))], voice: .passive, at: s5b)
    // So is its region alone: "Dayton, Ohio" says Ohio too.
    let s5c = source.sentence("Stone was born in Ohio to a farming family.", mentions: [("Stone", .entity(.person), bob), ("Ohio", .entity(.place), ohio)])
    source.add(Argument(text: "Stone", head: "Stone", entity: bob), "born", nil,
               qualifiers: [Qualifier(marker: "in", argument: Argument(text: "Ohio", head: "Ohio", entity: ohio))], voice: .passive, at: s5c)
    let s6 = source.sentence("Fay Moss elected Speaker", mentions: [("Fay Moss", .entity(.person), moss)])
    source.add(Argument(text: "Fay Moss", head: "Fay Moss", entity: moss), "elect", Argument(text: "Speaker", head: "Speaker"), voice: .passive, at: s6)
    let s7 = source.sentence("Two candidates, Gil Park and others, won their races.",
                             mentions: [("candidates", .entity(.group), candidates), ("Gil Park", .entity(.person), park)])
    let group = Argument(text: "Two candidates", head: "candidates", entity: candidates)
    source.add(group, "win", Argument(text: "their races", head: "race"), at: s7)
    source.add(Argument(text: "Gil Park", head: "Gil Park", entity: park), "be", group, kind: .appositive, at: s7)
    source.add(Argument(text: "Gil Park", head: "Gil Park", entity: park), "win", Argument(text: "their races", head: "race"), kind: .derived, at: s7)
    let s8 = source.sentence("Ann Lee died at Mercy Hospital, according to a report.", mentions: [("Ann Lee", .entity(.person), ann)])
    source.add(Argument(text: "Ann Lee", head: "Ann Lee", entity: ann), "die", nil,
               qualifiers: [Qualifier(marker: "at", argument: Argument(text: "Mercy Hospital", head: "Hospital")),
                            Qualifier(marker: "according to", argument: Argument(text: "a report", head: "report"))], at: s8)
    let college = source.entity("Lakeside College", .organization)
    let s8b = source.sentence("Bob Stone studied medicine at Lakeside College.",
                              mentions: [("Bob Stone", .entity(.person), bob), ("Lakeside College", .entity(.organization), college)])
    source.add(Argument(text: "Bob Stone", head: "Bob Stone", entity: bob), "study", Argument(text: "medicine", head: "medicine"),
               qualifiers: [Qualifier(marker: "at", argument: Argument(text: "Lakeside College", head: "College", entity: college))], at: s8b)
    let swedes = source.entity("Swedes", .group)
    let s9 = source.sentence("Thousands of Swedes marched in the rain.",
                             mentions: [("Thousands", .value(.number), nil), ("Swedes", .entity(.group), swedes)])
    source.add(Argument(text: "Thousands of Swedes", head: "Thousands", value: TypedValue(kind: .number, text: "Thousands", normalized: "2000")),
               "march", nil, qualifiers: [Qualifier(marker: "in", argument: Argument(text: "the rain", head: "rain"))], at: s9)
    let s11 = source.sentence("Gil Park, a city planner, was not old enough to vote.", mentions: [("Gil Park", .entity(.person), park)])
    source.add(Argument(text: "Gil Park", head: "Gil Park", entity: park), "be", Argument(text: "a city planner", head: "planner"), kind: .appositive, at: s11)
    source.add(Argument(text: "Gil Park", head: "Gil Park", entity: park), "be", Argument(text: "old", head: "old"), kind: .copula, negated: true, at: s11)
    let s14 = source.sentence("Bob Stone travelled by train with Ann Lee.", mentions: [("Bob Stone", .entity(.person), bob), ("Ann Lee", .entity(.person), ann)])
    source.add(Argument(text: "Bob Stone", head: "Bob Stone", entity: bob), "travel", nil,
               qualifiers: [Qualifier(marker: "by", argument: Argument(text: "train", head: "train"))], at: s14)
    let s12 = source.sentence("Police arrested the accused on Friday.")
    source.add(Argument(text: "Police", head: "police"), "arrest", Argument(text: "the accused", head: "accused"), at: s12)
    let ruritania = source.entity("Ruritania", .place)
    let s10 = source.sentence("The Ruritania airstrike destroyed the depot.", mentions: [("Ruritania", .entity(.place), ruritania)])
    source.add(Argument(text: "The Ruritania airstrike", head: "airstrike"), "destroy", Argument(text: "the depot", head: "depot"), at: s10)
    let s13 = source.sentence("The vote followed the Ruritania's killing of Gil Park.",
                              mentions: [("Ruritania", .entity(.place), ruritania), ("Gil Park", .entity(.person), park)])
    source.add(Argument(text: "the Ruritania", head: "Ruritania", entity: ruritania), "kill",
               Argument(text: "Gil Park", head: "Gil Park", entity: park), kind: .derived, at: s13)
    return source
}

/// Sentences with several numbers, no fact about them: the fallback picks the one that counts
/// the asked noun, before the asked verb.
@Suite struct QueryCountedNumberTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let lee = source.entity("Ann Lee", .person, aliases: ["Lee"])
        _ = source.sentence("The council, which has 35 Democrats and 19 Republicans, voted for Lee with 22 votes.",
                            mentions: [("35", .value(.number), nil), ("19", .value(.number), nil), ("Lee", .entity(.person), lee),
                                       ("22", .value(.number), nil)])
        _ = source.sentence("Two people were killed and at least eight people were injured in a bombing.",
                            mentions: [("Two", .value(.number), nil), ("at least eight", .value(.number), nil)])
        _ = source.sentence("In May 2013, for four days, the ferry stopped.",
                            mentions: [("May 2013", .value(.date), nil), ("four days", .value(.duration), nil)])
        _ = source.sentence("Lee's first client was 40-year-old Omar Vance.",
                            mentions: [("Lee", .entity(.person), lee), ("40-year-old", .value(.age), nil)])
        _ = source.sentence("Over 80% of the 40 open berths went to ferries.",
                            mentions: [("80%", .value(.percent), nil), ("40", .value(.number), nil)])
        _ = source.sentence("Lee pleaded guilty to 9 out of 10 fraud charges.",
                            mentions: [("Lee", .entity(.person), lee), ("9", .value(.number), nil), ("10", .value(.number), nil)])
        // The name tagger took the firm for a person; the class noun before it says what it is.
        let firm = source.entity("Stone Baker", .person)
        let hired = source.sentence("Lee hired law firm Stone Baker.", mentions: [("Lee", .entity(.person), lee), ("Stone Baker", .entity(.person), firm)])
        source.add(Argument(text: "Lee", head: "Lee", entity: lee), "hire", Argument(text: "law firm Stone Baker", head: "Stone Baker", entity: firm), at: hired)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theNumberOfTheCountedNounAnswers() {
        #expect(answers("how many votes did Lee receive") == ["22"])
        #expect(answers("how many days did the ferry stop") == ["four days"])
        #expect(answers("how many fraud charges did Lee plead guilty to") == ["9"])
    }

    @Test func neitherSomeoneElsesAgeNorACountIsTheAge() {
        // "40-year-old Omar Vance" is his age; "9 out of 10 fraud charges" counts charges.
        #expect(answers("how old is Ann Lee") == [])
    }

    @Test func theWholeAnswersWhenTheQuestionDescribesIt() {
        // "80% of the 40 open berths": "how many berths were open" asks for the whole.
        #expect(answers("how many berths were open") == ["40"])
    }

    @Test func aClassNounBeforeANameSaysWhatItIs() {
        #expect(answers("which law firm did Lee hire") == ["Stone Baker"])
    }

    @Test func theNumberBeforeTheAskedVerbAnswers() {
        #expect(answers("how many people were injured in the bombing") == ["at least eight"])
        #expect(answers("how many people were killed") == ["Two"])
    }
}

/// Titles whose owner is another name of the same kind, and places read from a relation's
/// preposition.
@Suite struct QueryOwnerAndPlaceTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let lee = source.entity("Ann Lee", .person, aliases: ["Lee"], titles: [Title(role: "leader", of: "Harbor Party")])
        _ = source.entity("Harbor Party", .organization)
        let files = source.entity("files", .group)
        let servers = source.entity("cloud servers", .group)
        let found = source.sentence("The files were found on cloud servers.",
                                    mentions: [("files", .entity(.group), files), ("cloud servers", .entity(.group), servers)])
        source.add(Argument(text: "The files", head: "files", entity: files), "find",
                   Argument(text: "cloud servers", head: "servers", entity: servers), voice: .passive, surface: "were found on", at: found)
        let named = source.sentence("Lee was named winner of the prize.", mentions: [("Lee", .entity(.person), lee)])
        source.add(Argument(text: "Lee", head: "Lee", entity: lee), "say", Argument(text: "winner of the prize", head: "winner"),
                   voice: .passive, surface: "was named", at: named)
        let daughters = source.entity("daughters", .group)
        let hospital = source.entity("Mercy Hospital", .organization)
        _ = source.sentence("Ann Lee rested with her two daughters at Mercy Hospital.",
                            mentions: [("Ann Lee", .entity(.person), lee), ("daughters", .entity(.group), daughters),
                                       ("Mercy Hospital", .entity(.organization), hospital)])
        let spoke = source.sentence("Lee said the harbor would reopen.", mentions: [("Lee", .entity(.person), lee)])
        source.add(Argument(text: "Lee", head: "Lee", entity: lee), "say", Argument(text: "the harbor would reopen", head: "reopen"),
                   kind: .attribution, at: spoke)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theLeaderOfOnePartyIsNotTheLeaderOfAnother() {
        #expect(answers("who is the leader of the Harbor Party") == ["Ann Lee"])
        #expect(answers("who is the leader of the River Party") == [])
    }

    @Test func neitherTheRoleNounNorAPlaceIsSomeonesDaughter() {
        #expect(answers("who are Ann Lee's daughters") == [])
    }

    @Test func theSubjectOfAPassiveSayingSaidNothing() {
        #expect(answers("what did Ann Lee say") == ["the harbor would reopen"])
    }

    @Test func whereReadsTheObjectOfARelationEndingInAPreposition() {
        #expect(answers("where were the files found") == ["cloud servers"])
    }
}

/// Yes or no from sentences with no matching fact: a negated statement, or an opposite word.
@Suite struct QueryYesNoSentenceTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let greens = source.entity("Greens", .organization)
        _ = source.sentence("The council said the review \"does not involve the harbor accounts\".")
        _ = source.sentence("The Greens, who held a majority of the seats, lost that majority.",
                            mentions: [("Greens", .entity(.organization), greens)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theBestSentenceNegatingTheVerbSaysNo() {
        // The sentence calls it "the review"; the question "the inquiry".
        #expect(answers("does the inquiry involve the harbor accounts") == ["no"])
    }

    @Test func losingIsTheOppositeOfKeeping() {
        #expect(answers("did the Greens keep their majority") == ["no"])
    }
}
