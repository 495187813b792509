import FactModel
import Testing
@testable import TextPipeline

/// "a rival manufacturer based in Pune, which has agreed to deliver doses": the relative clause
/// the parser hung on the place is the manufacturer's (`relativeClauseHungOnAPlaceOfAParticiple`).
@Suite struct RelativeOnAPlaceTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aPlaceAgreesToNothing() throws {
        let facts = try AgentRepairTests.facts(of: """
            Vaccines

            The shortfall will be covered by Sahyadri Vaccines, a rival manufacturer based in Pune, which has agreed \
            to deliver 1.2 million doses.

            """)
        let agreed = facts.filter { $0.predicate.lemma.contains("agree") || $0.predicate.surface.contains("agreed") }
        #expect(!agreed.isEmpty)
        #expect(!agreed.contains { $0.subject.text == "Pune" }, "\(agreed.map { "\($0.subject.text) | \($0.predicate.surface)" })")
        #expect(agreed.contains { $0.subject.text.contains("Sahyadri") || $0.subject.text.contains("manufacturer") },
                "\(agreed.map { "\($0.subject.text) | \($0.predicate.surface)" })")
    }
}
