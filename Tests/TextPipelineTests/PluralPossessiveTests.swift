import FactModel
import Testing
@testable import TextPipeline

/// The apostrophe of a plural possessive is no quotation mark (`retagPluralPossessives`): "The
/// strike was called by the Northern Nurses' Union" keeps its passive agent.
@Suite struct PluralPossessiveTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aPluralPossessiveApostropheIsPOS() throws {
        let pipeline = try #require(AgentRepairTests.pipeline)
        let document = pipeline.annotate("Strike\n\nThe strike was called by the Northern Nurses' Union on Monday.\n")
        let apostrophe = try #require(document.tokens.first { $0.form == "'" })
        #expect(apostrophe.xpos == "POS")
        let facts = try AgentRepairTests.facts(of: "Strike\n\nThe strike was called by the Northern Nurses' Union.\n")
        let called = try #require(facts.first { $0.predicate.lemma == "call" })
        #expect(called.subject.text == "the Northern Nurses' Union")
        #expect(called.object?.text == "The strike")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aSingleQuotationMarkClosingAWordIsNoPossessive() throws {
        let pipeline = try #require(AgentRepairTests.pipeline)
        let document = pipeline.annotate("Words\n\nThe sign read 'closed for works' in red letters.\n")
        #expect(!document.tokens.contains { $0.xpos == "POS" })
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aNameWithAPluralPossessiveIsOneOrganization() throws {
        let pipeline = try #require(AgentRepairTests.pipeline)
        let text = "Strike\n\nThe strike was called by the Northern Nurses' Union on Monday.\n"
        let entities = pipeline.extractor.extract(pipeline.annotate(text), document: Document(id: 0, path: "t.txt", title: "t", text: text)).entities
        #expect(entities.contains { $0.name == "Northern Nurses' Union" && $0.type == .organization }, "\(entities.map(\.name))")
    }
}
