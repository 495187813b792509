import FactModel
import Testing
@testable import TextPipeline

/// "The skater has been trained since the age of 12 by the Danish coach Jens Holm": the by-phrase
/// the parser hangs on the oblique's noun ("age") is the passive's agent
/// (`TreeRepairs.agentHungOnAnOblique`). The parse and name tags come from the bundled models.
@Suite struct AgentRepairTests {
    static let pipeline = try? Pipeline.bundled()

    @Test(.enabled(if: pipeline != nil)) func aByPhraseInsideAnObliqueIsThePassivesAgent() throws {
        let pipeline = try #require(Self.pipeline)
        let text = "Skater ready for final\n\nThe skater Anna Nordberg has been trained since the age of 12 by the Danish coach Jens Holm.\n"
        let annotated = pipeline.annotate(text)
        let facts = FactExtractor().extract(annotated, document: Document(id: 0, path: "t.txt", title: "t", text: text)).facts
        let trainers = facts.filter { $0.predicate.lemma == "train" }
        #expect(trainers.contains { $0.subject.text.hasSuffix("Jens Holm") && $0.object?.text.hasSuffix("Anna Nordberg") == true },
                "\(trainers.map(\.compact))")
    }
}

/// "were found on web servers, according to a report on Wednesday by Vexlo": the by-phrase of a
/// work names its author, not the passive's agent (`TreeRepairs.authoredNouns`).
@Suite struct AuthoredByPhraseTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aWorksByPhraseIsNoAgent() throws {
        let pipeline = try #require(AgentRepairTests.pipeline)
        let text = "Data leak\n\nTwo databases were found on web servers, according to a report on Wednesday by UpGuard, a security firm.\n"
        let annotated = pipeline.annotate(text)
        let facts = FactExtractor().extract(annotated, document: Document(id: 0, path: "t.txt", title: "t", text: text)).facts
        let finds = facts.filter { $0.predicate.lemma == "find" }
        #expect(!finds.isEmpty && !finds.contains { $0.subject.text.contains("UpGuard") }, "\(finds.map(\.compact))")
    }
}
