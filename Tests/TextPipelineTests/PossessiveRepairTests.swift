import FactModel
import Testing
@testable import TextPipeline

/// "have been awarded this year's Hallgren Prize": the name the possessive owns is the object,
/// not an apposition of the possessor (`TreeRepairs.possessorTakenForTheHead`).
@Suite struct PossessiveRepairTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func theNameAPossessiveOwnsIsTheObject() throws {
        let text = "Prize awarded\n\nThe Chilean plant biologist Ana Reyes and the Belgian biochemist Pieter Claes have been awarded this year's Hallgren Prize in Life Sciences for discovering how plant roots sense a shortage of water.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let objects = facts.filter { $0.predicate.lemma == "award" }.compactMap { $0.object?.text }
        #expect(objects.contains { $0.hasSuffix("Hallgren Prize") }, "\(objects)")
    }
}

/// "Sunday's vote", "last year's budget": a time's possessive dates a thing, it owns nothing
/// (`SentenceReader.readPossessions`).
@Suite struct TimePossessiveTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aTimeOwnsNothing() throws {
        let text = "Budget vote\n\nSunday's vote on last year's budget was delayed, but the mayor's office said the council's plan stands.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let owners = facts.filter { $0.kind == .possession }.map(\.subject.text)
        #expect(!owners.contains { $0.contains("Sunday") || $0.contains("year") }, "\(owners)")
        #expect(owners.contains { $0.contains("council") }, "\(owners)")
    }
}
