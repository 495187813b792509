import Testing
import FactModel
@testable import QueryLanguage

/// With many articles loaded a surname may best match a one-word entity ("Vale", from an article
/// that never gives the full name); the full name mentioned most is then whom the question names,
/// and a relative with another given name stays a possible answer.
@Suite struct SameReferentTests {
    @Test func aOneWordBestMatchDefersToTheFullNameMentionedMost() {
        let source = FakeFactSource()
        let bare = source.entity("Vale", .person)
        let tom = source.entity("Tom Vale", .person, aliases: ["Vale"])
        let ana = source.entity("Ana Vale", .person, aliases: ["Vale"])
        _ = source.sentence("Vale spoke.", mentions: [("Vale", .entity(.person), bare)], document: 0)
        for _ in 0..<3 { _ = source.sentence("Tom Vale tested positive.", mentions: [("Tom Vale", .entity(.person), tom)], document: 1) }
        _ = source.sentence("Ana Vale tested positive too.", mentions: [("Ana Vale", .entity(.person), ana)], document: 1)
        let answerer = QuestionAnswerer(source: source, forms: WordForms(lexicon: FakeLexicon()), isCancelled: { false })
        #expect(Set(answerer.sameReferent(source.resolve(name: "Vale"))) == [bare, tom])
    }
}
