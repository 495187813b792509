import Testing
import FactModel
@testable import QueryLanguage

/// The sentence fallback does not answer with what a sentence only cites ("According to the
/// Harbor Gazette, ...") nor with a name the question itself spells out.
@Suite struct SentenceFallbackSourceTests: AsksQuestions {
    let engine = QueryEngine(source: makeCouncilStory(), lexicon: FakeLexicon())

    @Test func aCitedSourceIsNoAnswer() {
        #expect(answers("who won the council seat") == ["Ana Ruiz"])
    }

    @Test func theSourceTheQuestionAsksAboutStays() {
        // "which paper is Omar Reyes from": he is cited, and so is his paper.
        #expect(answers("which paper does Omar Reyes write for") == ["Harbor Gazette"])
    }

    @Test func aNameTheQuestionSpellsOutIsNoAnswer() {
        // "of" aside, every word of "the Harbor Council of Elders" is in the question.
        #expect(!answers("who is the delegate to the Harbor Council of Elders").contains("Harbor Council of Elders"))
    }
}

private func makeCouncilStory() -> FakeFactSource {
    let source = FakeFactSource()
    let gazette = source.entity("Harbor Gazette", .organization)
    let ruiz = source.entity("Ana Ruiz", .person, aliases: ["Ruiz"])
    let reyes = source.entity("Omar Reyes", .person, aliases: ["Reyes"])
    let elders = source.entity("Harbor Council of Elders", .organization)
    _ = source.sentence("According to the Harbor Gazette, Ana Ruiz narrowly won the council seat.", mentions: [
        ("Harbor Gazette", .entity(.organization), gazette), ("Ana Ruiz", .entity(.person), ruiz)])
    _ = source.sentence("According to Harbor Gazette paper writer Omar Reyes, the vote was close.", mentions: [
        ("Harbor Gazette", .entity(.organization), gazette), ("Omar Reyes", .entity(.person), reyes)])
    _ = source.sentence("The delegate to the Harbor Council of Elders spoke first.", mentions: [
        ("Harbor Council of Elders", .entity(.organization), elders)])
    return source
}
