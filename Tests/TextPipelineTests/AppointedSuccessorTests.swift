import FactModel
import Testing
@testable import TextPipeline

/// "Mayor Ortiz named Ingrid Hallstrom, 51, a lawyer who ..., as Berger's successor": the one
/// named replaces Berger, however far the "as" phrase is from the name
/// (`TreeRepairs.roleHungInsideTheAppointed`, `mainVerbTakenForAReducedRelative`).
@Suite struct AppointedSuccessorTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func theOneNamedAfterALongAppositionIsTheSuccessor() throws {
        let text = "Board names chief\n\nThe president named Ingrid Hallstrom, 51, a lawyer and former judge, as Berger's successor.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let replaced = facts.filter { $0.predicate.lemma == "replace" }.map { "\($0.subject.text) / \($0.object?.text ?? "")" }
        #expect(replaced == ["Ingrid Hallstrom / Berger"], "\(replaced)")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aNameBeforeAnAppointingVerbIsItsSubject() throws {
        let text = "Board names chief\n\nMayor Ortiz named Ingrid Hallstrom, 51, a lawyer who led the audit office until May, as Berger's successor.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let named = try #require(facts.first { $0.predicate.lemma == "name" })
        #expect(named.subject.text == "Mayor Ortiz" && named.predicate.voice == .active && named.object?.text == "Ingrid Hallstrom")
        let replaced = facts.filter { $0.predicate.lemma == "replace" }.map { "\($0.subject.text) / \($0.object?.text ?? "")" }
        #expect(replaced == ["Ingrid Hallstrom / Berger"], "\(replaced)")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func whoServesAsSuccessorReplaces() throws {
        let text = "Board names chief\n\nThe lawyer Ingrid Hallstrom led the audit office as Berger's successor.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let replaced = facts.filter { $0.predicate.lemma == "replace" }.map { "\($0.subject.text) / \($0.object?.text ?? "")" }
        #expect(replaced.allSatisfy { $0.hasSuffix("/ Berger") } && replaced.contains { $0.hasPrefix("Ingrid Hallstrom") || $0.hasPrefix("The lawyer") }, "\(replaced)")
    }
}
