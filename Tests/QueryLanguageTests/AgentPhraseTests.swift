import FactModel
import Testing
@testable import QueryLanguage

/// A phrase answers "who" when its head is a person or organisation noun, or when it reads as a
/// name the entity stage missed; a headline fragment ("Flood reported as mayor of Riverton")
/// is neither, though it holds "mayor" and capitals.
@Suite struct AgentPhraseTests: AsksQuestions {
    static func makeHeadlineStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("Flood reported as mayor of Riverton found")
        source.add(Argument(text: "Flood reported as mayor of Riverton", head: "flood"), "find", nil,
                   voice: .passive, surface: "found", at: s0)
        let s1 = source.sentence("The Harbor Watch movement in Bayview was found too.")
        source.add(Argument(text: "The Harbor Watch movement in Bayview", head: "movement"), "find", nil,
                   voice: .passive, surface: "was found", at: s1)
        let s2 = source.sentence("The head of Bayview's fire department will also attend the hearing.")
        source.add(Argument(text: "The head of Bayview's fire department", head: "head"), "attend",
                   Argument(text: "the hearing", head: "hearing"), surface: "will attend", at: s2)
        return source
    }

    let engine = QueryEngine(source: makeHeadlineStory(), lexicon: FakeLexicon())

    @Test func aHeadlineFragmentIsNoOne() {
        #expect(answers("who was found") == ["The Harbor Watch movement in Bayview"])
    }

    @Test func theHolderOfAPostIsSomeone() {
        #expect(answers("who attends the hearing") == ["The head of Bayview's fire department"])
    }
}

/// The names in a relative clause of an argument are not the argument: "hired two aides who once
/// worked for Omar Reyes" does not say Park hired Reyes.
@Suite struct RelativeClauseNameTests: AsksQuestions {
    static func makeHiringStory() -> FakeFactSource {
        let source = FakeFactSource()
        let park = source.entity("Ada Park", .person, aliases: ["Park"])
        let reyes = source.entity("Omar Reyes", .person, aliases: ["Reyes"])
        let s0 = source.sentence("Park hired two aides who once worked for Omar Reyes.", mentions: [
            ("Park", .entity(.person), park), ("Omar Reyes", .entity(.person), reyes)])
        source.add(Argument(text: "Park", head: "Park", entity: park), "hire",
                   Argument(text: "two aides who once worked for Omar Reyes", head: "aide"), surface: "hired", at: s0)
        let vega = source.entity("Lia Vega", .person, aliases: ["Vega"])
        let s1 = source.sentence("Park also hired Lia Vega.", mentions: [("Park", .entity(.person), park), ("Lia Vega", .entity(.person), vega)])
        source.add(Argument(text: "Park", head: "Park", entity: park), "hire", Argument(text: "Lia Vega", head: "Lia Vega", entity: vega),
                   surface: "hired", at: s1)
        return source
    }

    let engine = QueryEngine(source: makeHiringStory(), lexicon: FakeLexicon())

    @Test func aNameInARelativeClauseOfTheObjectIsNoAnswer() {
        #expect(answers("who did Park hire").contains("Lia Vega"))
        #expect(!answers("who did Park hire").contains("Omar Reyes"))
        #expect(QuestionAnswerer.beforeRelativeClause("two aides who once worked for Omar Reyes") == "two aides")
        #expect(QuestionAnswerer.beforeRelativeClause("Omar Reyes") == "Omar Reyes")
    }
}

/// "The Vance campaign attacked Hale": the campaign did, not Vance, whose name only says whose
/// campaign it is.
@Suite struct EntourageNameTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vance = source.entity("Ida Vance", .person, aliases: ["Vance"])
        let hale = source.entity("Noor Hale", .person, aliases: ["Hale"])
        let s0 = source.sentence("The Vance campaign attacked Hale for dodging the debate.", mentions: [
            ("Vance", .entity(.person), vance), ("Hale", .entity(.person), hale)])
        source.add(Argument(text: "The Vance campaign", head: "campaign"), "attack", Argument(text: "Hale", head: "Hale", entity: hale),
                   qualifiers: [Qualifier(marker: "for", argument: Argument(text: "dodging the debate", head: "dodge"))], at: s0)
        let s1 = source.sentence("Vance thanked Hale's staff.", mentions: [("Vance", .entity(.person), vance), ("Hale", .entity(.person), hale)])
        source.add(Argument(text: "Vance", head: "Vance", entity: vance), "thank", Argument(text: "Hale's staff", head: "staff"), at: s1)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theCampaignIsTheDoerNotItsCandidate() {
        #expect(answers("who attacked Hale") == ["The Vance campaign"])
    }

    @Test func aNameThatHeadsTheSubjectStillAnswers() {
        #expect(answers("who thanked Hale's staff") == ["Ida Vance"])
    }
}

/// "The Westport district attorney's office thanked Hart": the office of someone named
/// in the phrase acts for them, so it answers "who".
@Suite struct StaffAgentTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let hart = source.entity("Tom Hart", .person, aliases: ["Hart"])
        let s0 = source.sentence("The Westport district attorney's office thanked Hart for the missing funds.",
                                 mentions: [("Hart", .entity(.person), hart)])
        source.add(Argument(text: "The Westport district attorney's office", head: "office"), "thank",
                   Argument(text: "Hart", head: "Hart", entity: hart), surface: "thanked", at: s0)
        let s1 = source.sentence("The office was closed on Monday.")
        source.add(Argument(text: "The office", head: "office"), "close", nil, voice: .passive, surface: "was closed", at: s1)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func someonesOfficeIsAnAgent() {
        #expect(answers("who thanked Hart") == ["The Westport district attorney's office"])
    }

    @Test func anOfficeOfNoOneIsNot() {
        #expect(!answers("who was closed").contains("The office"))
    }
}
