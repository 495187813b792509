import Testing
import FactModel
@testable import QueryLanguage

/// "the mountains classification" against "the green jersey of the points classification": a
/// phrase that holds the asked noun with another modifier of it is a weak match, as a phrase
/// headed by it would be (`PhraseMatcher.score`).
@Suite struct ContrastInsidePhraseTests {
    @Test func anotherKindOfTheNounInsideAPhraseMatchesWeakly() {
        let forms = WordForms(lexicon: FakeLexicon())
        let phrase = Phrase(words: ["the", "mountains", "classification"], range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0)))
        let matcher = PhraseMatcher(phrase: phrase, source: FakeFactSource(), forms: forms)
        let other = Argument(text: "The green jersey of the points classification", head: "jersey")
        let same = Argument(text: "The white jersey of the mountains classification", head: "jersey")
        #expect(matcher.score(other) <= 0.3, "\(matcher.score(other))")
        #expect(matcher.score(same) > 0.6, "\(matcher.score(same))")
    }

    @Test func anOrdinalIsNoneOfACountedPlural() {
        // "who won the final stage": a rider who "won four stages" won some stages, not the
        // final one; "the final stage" itself, or a stage with no modifier, still match.
        let forms = WordForms(lexicon: FakeLexicon())
        let phrase = Phrase(words: ["the", "final", "stage"], range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0)))
        let matcher = PhraseMatcher(phrase: phrase, source: FakeFactSource(), forms: forms)
        #expect(matcher.score(Argument(text: "four stages", head: "stages")) <= 0.3)
        #expect(matcher.score(Argument(text: "12 stages", head: "stages")) <= 0.3)
        #expect(matcher.score(Argument(text: "the final stage", head: "stage")) > 0.6)
        #expect(matcher.score(Argument(text: "the stage", head: "stage")) > 0.3)
    }
}
