import FactModel
import Testing
@testable import TextPipeline

/// "“We will appeal,” Kowalski told reporters in Warsaw": what was told is the attribution's
/// content and the listener a "to" qualifier, as for "said to reporters".
@Suite struct ToldListenerTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func whatWasToldIsTheContent() throws {
        let text = "Appeal planned\n\n\"We will appeal,\" Kowalski told reporters in Warsaw.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let told = try #require(facts.first { $0.predicate.lemma == "tell" }, "\(facts.map { "\($0.subject.text) \($0.predicate.lemma)" })")
        #expect(told.kind == .attribution)
        #expect(told.object?.text == "We will appeal")
        #expect(told.qualifiers.map { "\($0.marker)=\($0.argument.text)" } == ["to=reporters in Warsaw"])
    }
}
