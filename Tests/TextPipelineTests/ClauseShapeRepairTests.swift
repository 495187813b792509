import FactModel
import Testing
@testable import TextPipeline

/// Clause shapes the parser or tagger gets wrong in a way facts would repeat, read with the
/// bundled models: an infinitive complement taken for a purpose, "none of" subjects, participles
/// tagged as adjectives, "according to" phrases, which never join a relation, a conjunct hung on
/// its own conjunction, a name apposed to the second conjunct hung on the first, and a "by" time
/// taken for a passive's agent.
@Suite struct ClauseShapeRepairTests {
    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func anInfinitiveAfterAPhraseIsWhatWasAgreed() throws {
        let text = "Council backs plan\n\nThe board agreed in March to cover the shortfall from its reserves.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let agreed = facts.filter { $0.predicate.lemma == "agree" }.compactMap { $0.object?.text }
        #expect(agreed.contains { $0.hasPrefix("to cover the shortfall") }, "\(agreed)")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func noneOfASetDeniesTheClauseForTheSet() throws {
        let text = "Ferry fire\n\nNone of the drivers was injured.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let injured = facts.filter { $0.predicate.lemma == "injure" }
        #expect(injured.map(\.subject.text) == ["the drivers"], "\(facts.map { "\($0.subject.text) \($0.predicate.lemma)" })")
        #expect(injured.allSatisfy { $0.predicate.negated })
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aParticipleTaggedAsAnAdjectiveIsAPassive() throws {
        let text = "Ferry fire\n\nTwo guards were injured, according to the police.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let injured = try #require(facts.first { $0.predicate.lemma == "injure" }, "\(facts.map { "\($0.subject.text) \($0.predicate.lemma)" })")
        #expect(injured.predicate.voice == .passive)
        #expect(injured.object == nil)
        #expect(injured.qualifiers.map(\.marker) == ["according to"])
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func anAdjectiveTakesNoAccordingToIntoItsRelation() throws {
        let text = "Ferry fire\n\nThe ferry is safe, according to the inspectors.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let safe = try #require(facts.first { $0.object?.text == "safe" }, "\(facts.map { "\($0.subject.text) \($0.predicate.lemma) \($0.object?.text ?? "")" })")
        #expect(safe.predicate.lemma == "be")
        #expect(safe.qualifiers.map(\.marker) == ["according to"])
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aConjunctHungOnItsConjunctionJoinsThePhraseBefore() throws {
        let text = "Library reopens\n\nThe largest loans came from the Osler Family Fund and the mining company Karst Metals, which lent $3 million.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let sources = facts.filter { $0.predicate.lemma == "come" }.compactMap { $0.object?.text }
        #expect(sources.contains("the Osler Family Fund") && sources.contains { $0.hasPrefix("the mining company Karst Metals") }, "\(sources)")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aNameAfterTheSecondConjunctNamesIt() throws {
        let text = "Vote count\n\nThe Civic Union and its coalition partner, Green Future, won 30 and 5 seats respectively.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let apposed = facts.filter { $0.kind == .appositive }.map { "\($0.subject.text) = \($0.object?.text ?? "")" }
        #expect(apposed == ["Green Future = its coalition partner"], "\(apposed)")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aByTimeIsNoAgent() throws {
        let text = "Power back\n\nBy Friday, 3,000 homes had been evacuated, the agency said.\n"
        let facts = try AgentRepairTests.facts(of: text)
        let evacuated = try #require(facts.first { $0.predicate.lemma == "evacuate" && $0.kind == .event })
        #expect(evacuated.subject.text == "3,000 homes" && evacuated.predicate.voice == .passive, "\(evacuated.subject.text)")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func aStateOfMindStaysAnAdjective() throws {
        let text = "Ferry fire\n\nThe owners were worried about the delay.\n"
        let facts = try AgentRepairTests.facts(of: text)
        #expect(!facts.contains { $0.predicate.lemma == "worry" }, "\(facts.map { "\($0.subject.text) \($0.predicate.lemma)" })")
    }
}
