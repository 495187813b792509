import FactModel
import Testing
@testable import QueryLanguage

/// "who is Kolesnik's coach" asks who coached her, and "who leads the Moderates" who is their
/// leader, when nothing says it the other way (`QuestionAnswerer.agentNounClause`,
/// `agentNounHolders`).
@Suite struct AgentNounTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("Jorge Ibarra has coached Daria Kolesnik since 2023.")
        let ibarra = source.entity("Jorge Ibarra", .person, aliases: ["Ibarra"])
        let kolesnik = source.entity("Daria Kolesnik", .person, aliases: ["Kolesnik"])
        source.add(Argument(text: "Jorge Ibarra", head: "Jorge Ibarra", entity: ibarra), "coach",
                   Argument(text: "Daria Kolesnik", head: "Daria Kolesnik", entity: kolesnik), surface: "has coached", at: s0)
        let s1 = source.sentence("The Moderates want a delay; their leader, Stefano Rinaldi, said so.")
        _ = source.entity("Stefano Rinaldi", .person, aliases: ["Rinaldi"], titles: [Title(role: "leader", of: "the Moderates", provenance: s1)])
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func aRoleNamedAfterADoingAsksWhoDoesIt() {
        #expect(answers("who is Kolesnik's coach") == ["Jorge Ibarra"])
        #expect(answers("who is the coach of Daria Kolesnik") == ["Jorge Ibarra"])
        // No one coached Ibarra.
        #expect(answers("who is Ibarra's coach").isEmpty)
    }

    @Test func aDoingAsksWhoHoldsTheRoleNamedAfterIt() {
        #expect(answers("who leads the Moderates") == ["Stefano Rinaldi"])
        #expect(answers("who coaches the Moderates").isEmpty)
        // An owner not written as a name is read from no role.
        #expect(answers("who leads the moderates").isEmpty)
    }
}
