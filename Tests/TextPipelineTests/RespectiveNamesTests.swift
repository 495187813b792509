import FactModel
import Testing
@testable import TextPipeline

/// "Its two other lead scientists, Anna Berg and Lars Holm, are based at ... respectively": the
/// names apposed to the subject pair in order with its facts (`AppositiveSubjects.pairedName`),
/// and "respectively" is no part of an argument.
@Suite struct RespectiveNamesTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func apposedNamesPairInOrder() throws {
        let text = "Start-up grows\n\nIts two other lead scientists, Anna Berg and Lars Holm, are based at the University of Oslo and Bergen University respectively.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let based = facts.filter { $0.predicate.lemma == "base" && ["Anna Berg", "Lars Holm"].contains($0.subject.text) }
            .map { "\($0.subject.text) / \($0.object?.text ?? "")" }.sorted()
        #expect(based == ["Anna Berg / the University of Oslo", "Lars Holm / Bergen University"], "\(based)")
    }
}
