import FactModel
import Testing
@testable import TextPipeline

/// "The skater has been trained since the age of 12 by the Danish coach Jens Holm": the by-phrase
/// the parser hangs on the oblique's noun ("age") is the passive's agent
/// (`TreeRepairs.agentHungOnAnOblique`). The parse and name tags come from the bundled models.
@Suite struct AgentRepairTests {
    static let pipeline = BundledPipeline.shared

    /// The facts the bundled pipeline extracts from `text` (a headline, a blank line, sentences).
    static func facts(of text: String) throws -> [Fact] {
        let pipeline = try #require(Self.pipeline)
        return pipeline.extractor.extract(pipeline.annotate(text), document: Document(id: 0, path: "t.txt", title: "t", text: text)).facts
    }

    @Test(.enabled(if: pipeline != nil)) func aByPhraseInsideAnObliqueIsThePassivesAgent() throws {
        let text = "Skater ready for final\n\nThe skater Anna Nordberg has been trained since the age of 12 by the Danish coach Jens Holm.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let trainers = facts.filter { $0.predicate.lemma == "train" }
        #expect(trainers.contains { $0.subject.text.hasSuffix("Jens Holm") && $0.object?.text.hasSuffix("Anna Nordberg") == true },
                "\(trainers.map(\.compact))")
    }
}

/// "were found on web servers, according to a report on Wednesday by Vexlo": the by-phrase of a
/// work names its author, not the passive's agent (`TreeRepairs.authoredNouns`).
@Suite struct AuthoredByPhraseTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aWorksByPhraseIsNoAgent() throws {
        let text = "Data leak\n\nTwo databases were found on web servers, according to a report on Wednesday by UpGuard, a security firm.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let finds = facts.filter { $0.predicate.lemma == "find" }
        #expect(!finds.isEmpty && !finds.contains { $0.subject.text.contains("UpGuard") }, "\(finds.map(\.compact))")
    }
}

/// "scored by Ana Ruiz, who struck twice before half-time, and by the substitute Leo Park": the
/// second by-phrase, hung by the parser inside the relative clause, is the passive's second agent
/// (`TreeRepairs.agentConjunctHungInAnInterruption`).
@Suite struct InterruptedAgentTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aSecondByPhraseAfterARelativeClauseIsAnAgent() throws {
        let text = "Cup final\n\nThe goals were scored by Tomas Lindgren, who struck twice in the first 30 minutes, and by the substitute Erik Dahl in the 80th minute.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let scorers = facts.filter { $0.predicate.lemma == "score" }.map(\.subject.text)
        #expect(scorers.contains { $0.contains("Tomas Lindgren") } && scorers.contains { $0.contains("Erik Dahl") }, "\(scorers)")
        // The named agent is the person, not the minute written in its phrase.
        let dahl = facts.first { $0.predicate.lemma == "score" && $0.subject.text.contains("Erik Dahl") }
        #expect(dahl?.subject.entity != nil && dahl?.subject.value == nil, "\(String(describing: dahl?.subject))")
    }
}

/// "founded by the biochemists Naomi Feld and Arjun Mehra": each name apposed to a plural
/// description is one of them, and does what they do (`SentenceReader.readAppositives`).
@Suite struct ApposedNameListTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func eachNameApposedToAPluralIsOneOfThem() throws {
        let text = "New start-up\n\nThe company was founded in 2019 by the chemists Rosa Varga and Tomasz Lind.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let founders = facts.filter { $0.predicate.lemma == "found" }.map(\.subject.text)
        #expect(founders.contains("Rosa Varga") && founders.contains("Tomasz Lind"), "\(founders)")
    }
}

/// "had received cash payments and the free use of a flat in the centre of Split from Marko
/// Horvat": the from-phrase the parser hangs inside the object names the giver
/// (`TreeRepairs.giverHungInsideTheObject`), and the payments are his.
@Suite struct GiverRepairTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aFromPhraseInsideTheObjectNamesTheGiver() throws {
        let text = "Minister convicted\n\nThe court found that Babić had received cash payments and the free use of a villa on the island of Hvar from Marko Horvat, the owner of a building firm.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let payers = facts.filter { $0.predicate.lemma == "pay" }.map(\.subject.text)
        #expect(payers.contains("Marko Horvat"), "\(facts.map(\.compact))")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aThingSentFromACompanyIsTheAgent() throws {
        let text = "Rescue\n\nThe rescue was carried out at first light on Friday by a helicopter from the Kathmandu-based company Himal Sky Rescue, flown by Captain Bishnu Gurung, a former army pilot.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let carried = facts.filter { $0.predicate.lemma == "carry out" }
        #expect(carried.contains { $0.subject.text.hasSuffix("Himal Sky Rescue") && $0.object?.text == "The rescue" },
                "\(carried.map { "\($0.subject.text) | \($0.object?.text ?? "")" })")
    }
}

/// "is worn by Muslim women as a religious garment": an "as" phrase after a passive's agent says
/// what the subject is taken as; the agent's phrase does not swallow it.
@Suite struct AsPhraseAfterAgentTests {
    @Test func theAsPhraseGoesToTheVerb() {
        let facts = ExtractionTreeBuilder.facts("""
            1 The the DET DT 2 det
            2 veil veil NOUN NN 4 nsubj:pass
            3 is be AUX VBZ 4 aux:pass
            4 worn wear VERB VBN 0 root
            5 by by ADP IN 7 case
            6 older old ADJ JJR 7 amod
            7 women woman NOUN NNS 4 obl:agent
            8 as as ADP IN 10 case
            9 a a DET DT 10 det
            10 garment garment NOUN NN 7 nmod SpaceAfter=No
            11 . . PUNCT . 4 punct
            """)
        #expect(facts.contains { $0.predicate.lemma == "wear" && $0.subject.text == "older women" }, "\(facts.map(\.compact))")
    }
}
