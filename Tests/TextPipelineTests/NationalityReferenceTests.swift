import FactModel
import Testing
@testable import TextPipeline

/// "Sweden's Tobias Lindqvist ... The Swede did not attend": a person word of a country standing
/// alone after "the" refers back to the last person named as from that country
/// (`NationalityReferences`), and not to anyone else.
@Suite struct NationalityReferenceTests {
    static let text = """
        Rowing final

        Ireland's Ciaran Daly beat Sweden's Tobias Lindqvist by half a second on Sunday. The Swede did not attend the press conference. \
        The Irishman thanked his coach.

        """

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func theSwedeIsTheSwedeNamedBefore() throws {
        let facts = try AgentRepairTests.facts(of: Self.text)
        let lindqvist = try #require(facts.first { $0.object?.text == "Sweden's Tobias Lindqvist" || $0.object?.text == "Tobias Lindqvist" }?.object?.entity)
        let absent = try #require(facts.first { $0.predicate.lemma == "attend" && $0.predicate.negated })
        #expect(absent.subject.entity == lindqvist)
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func theIrishmanIsTheIrishNamedBefore() throws {
        let facts = try AgentRepairTests.facts(of: Self.text)
        let daly = try #require(facts.first { $0.predicate.lemma == "beat" }?.subject.entity)
        let thanked = try #require(facts.first { $0.predicate.lemma == "thank" })
        #expect(thanked.subject.entity == daly)
    }
}
