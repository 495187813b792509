import FactModel
import Testing
@testable import TextPipeline

/// "killing nine people and injuring 63, according to ...": a bare number the parser hangs on
/// the verb before it is the verb's object (`TreeRepairs.numberTakenForAPartOfTheVerb`).
@Suite struct NumberObjectRepairTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aBareNumberAfterAVerbIsItsObject() throws {
        let text = "Train derails\n\nThe train derailed near the town on Tuesday night, killing nine people and injuring 63, according to the provincial health ministry.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let injured = facts.filter { $0.predicate.lemma == "injure" }.compactMap { $0.object?.text }
        #expect(injured == ["63"], "\(injured)")
    }
}
