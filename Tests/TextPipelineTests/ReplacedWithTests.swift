import FactModel
import Testing
@testable import TextPipeline

/// "replaced the governor of the central bank, Ramon Villa, with his deputy, Teresa Abad": the one
/// put in the place replaces the one taken out of it, however far the parser hung the "with"
/// phrase and the old holder's name.
@Suite struct ReplacedWithTests {
    static let text = """
        Bank governor replaced

        The President of the Philippines, Mario Reyes, on Monday replaced the governor of the central bank, Ramon Villa, \
        with his deputy, Teresa Abad.

        """

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func theNewcomerReplacesTheOldHolder() throws {
        let facts = try AgentRepairTests.facts(of: Self.text)
        let replacements = facts.filter { $0.predicate.lemma == "replace" && $0.kind == .derived }
        #expect(replacements.contains { $0.subject.text == "Teresa Abad" && $0.object?.text == "Ramon Villa" },
                "\(replacements.map { "\($0.subject.text) | \($0.object?.text ?? "")" })")
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func theOldHoldersNameIsTheObjectsApposition() throws {
        let facts = try AgentRepairTests.facts(of: Self.text)
        #expect(facts.contains { $0.kind == .title && $0.subject.text == "Ramon Villa" && $0.predicate.lemma == "governor" })
        let main = try #require(facts.first { $0.predicate.lemma == "replace" && $0.kind == .event && $0.subject.text.contains("President") })
        #expect(main.qualifiers.map { "\($0.marker)=\($0.argument.text)" } == ["on=Monday", "with=his deputy"])
    }

    @Test(.enabled(if: AgentRepairTests.pipeline != nil)) func anOwnedPhraseBeforeItsOwnerIsNoPossession() throws {
        let facts = try AgentRepairTests.facts(of: """
            Strike

            "We are striking because we can no longer look after them properly," the union's president, Lina Sousa, \
            told reporters.

            """)
        #expect(!facts.contains { $0.kind == .possession && $0.object?.text.contains("properly") == true })
    }
}
