import FactModel
import Testing
@testable import QueryLanguage

/// A phrase answers "who" when its head is a person or organisation noun, or when it reads as a
/// name the entity stage missed; a headline fragment ("Flood reported as mayor of Riverton")
/// is neither, though it holds "mayor" and capitals.
@Suite struct AgentPhraseTests: AsksQuestions {
    static func makeHeadlineStory() -> FakeFactSource {
        let source = FakeFactSource()
        let s0 = source.sentence("Flood reported as mayor of Riverton found")
        source.add(Argument(text: "Flood reported as mayor of Riverton", head: "flood"), "find", nil,
                   voice: .passive, surface: "found", at: s0)
        let s1 = source.sentence("The Harbor Watch movement in Bayview was found too.")
        source.add(Argument(text: "The Harbor Watch movement in Bayview", head: "movement"), "find", nil,
                   voice: .passive, surface: "was found", at: s1)
        return source
    }

    let engine = QueryEngine(source: makeHeadlineStory(), lexicon: FakeLexicon())

    @Test func aHeadlineFragmentIsNoOne() {
        #expect(answers("who was found") == ["The Harbor Watch movement in Bayview"])
    }
}
