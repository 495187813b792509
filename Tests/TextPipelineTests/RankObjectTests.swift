import FactModel
import Testing
@testable import TextPipeline

/// "Moreau finished second in the sprint": an ordinal right after an object-less verb is the place
/// reached, read as its object (`SentenceReader.rankAfter`), so "who finished second" finds it.
@Suite struct RankObjectTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func anOrdinalAfterTheVerbIsThePlaceReached() throws {
        let text = "Sprint ends in photo finish\n\nOkafor finished second in the final, and Brandt came third.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let places = facts.filter { ["finish", "come"].contains($0.predicate.lemma) }.map { "\($0.subject.text) \($0.object?.text ?? "-")" }
        #expect(places.sorted() == ["Brandt third", "Okafor second"], "\(places)")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func anOrdinalBeforeTheVerbIsNoPlace() throws {
        let text = "Report published\n\nThe inspectors first visited the mine in March.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let visited = facts.filter { $0.predicate.lemma == "visit" }.compactMap { $0.object?.text }
        #expect(visited == ["the mine"], "\(visited)")
    }
}
