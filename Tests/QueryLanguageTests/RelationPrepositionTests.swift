import Testing
@testable import QueryLanguage

@Suite struct RelationPrepositionTests {
    @Test func theVerbIsWhatPrecedesAFinalRelationPreposition() {
        #expect(QueryPlanner.verbBeforeRelationPreposition("go to") == "go")
        #expect(QueryPlanner.verbBeforeRelationPreposition("hold talks with") == "hold talks")
        #expect(QueryPlanner.verbBeforeRelationPreposition("return under") == "return")
        #expect(QueryPlanner.verbBeforeRelationPreposition("be at") == "be")
        // No final relation preposition: no verb.
        #expect(QueryPlanner.verbBeforeRelationPreposition("meet") == nil)
        #expect(QueryPlanner.verbBeforeRelationPreposition("take part") == nil)
        #expect(QueryPlanner.verbBeforeRelationPreposition("go to ") == nil)
        #expect(QueryPlanner.verbBeforeRelationPreposition("") == nil)
        // Non-ASCII words are read as whole words.
        #expect(QueryPlanner.verbBeforeRelationPreposition("señalar a") == nil)
        #expect(QueryPlanner.verbBeforeRelationPreposition("fährt über") == nil)
        #expect(QueryPlanner.verbBeforeRelationPreposition("zurückkehren to") == "zurückkehren")
    }
}
