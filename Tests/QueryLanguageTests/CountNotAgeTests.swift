import FactModel
import Testing
@testable import QueryLanguage

/// "how many people did Lind injure": a number set off after a name ("Ivo Lind, now 22,") is his
/// age, not a count the sentence fallback may answer with.
@Suite struct CountNotAgeTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let ivo = source.entity("Ivo Lind", .person, aliases: ["Lind"])
        // No facts: the sentences alone answer.
        _ = source.sentence("A judge sentenced Ivo Lind, now 22, to life for the attack on the people at the rally.", mentions: [
            ("Ivo Lind", .entity(.person), ivo), ("22", .value(.number), nil)])
        _ = source.sentence("Lind injured at least nineteen people at the rally.", mentions: [
            ("Lind", .entity(.person), ivo), ("at least nineteen", .value(.number), nil)])
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func anApposedAgeIsNoCount() {
        let found = answers("how many people did Lind injure")
        #expect(found.contains("at least nineteen") && !found.contains("22"), "\(found)")
    }

    @Test func theAgeRuleReadsOnlyAgesSetOffAfterAName() {
        #expect(SentenceFallback.isApposedAge("22", at: 28, in: "A judge sentenced Lind, now 22, to life."))
        #expect(!SentenceFallback.isApposedAge("22", at: 10, in: "In Texas, 22 people were hurt."))
        #expect(!SentenceFallback.isApposedAge("2019", at: 19, in: "The trial of Lind, 2019, ended."))
    }
}
