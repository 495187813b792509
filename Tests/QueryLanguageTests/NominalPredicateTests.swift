import Testing
import FactModel
@testable import QueryLanguage

/// A question's verb the article states as its noun: "what is Ruiz charged with" against
/// "Ruiz's charges include fraud".
@Suite struct NominalPredicateTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let ruiz = source.entity("Ana Ruiz", .person, aliases: ["Ruiz"])
        let lee = source.entity("Tom Lee", .person, aliases: ["Lee"])
        let s1 = source.sentence("Ruiz's charges include fraud.", mentions: [("Ruiz", .entity(.person), ruiz)])
        source.add(Argument(text: "Ruiz's charges", head: "charge"), "include", Argument(text: "fraud", head: "fraud"), at: s1)
        let s2 = source.sentence("Lee's charges include arson.", mentions: [("Lee", .entity(.person), lee)])
        source.add(Argument(text: "Lee's charges", head: "charge"), "include", Argument(text: "arson", head: "arson"), at: s2)
        let s3 = source.sentence("Lee's demands included a recount.", mentions: [("Lee", .entity(.person), lee)])
        source.add(Argument(text: "Lee's demands", head: "demand"), "include", Argument(text: "a recount", head: "recount"), at: s3)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theOwnersNounOfTheVerbSaysWhatItIncludes() {
        #expect(answers("what is Ruiz charged with") == ["fraud"])
        #expect(answers("what was Tom Lee charged with") == ["arson"])
        #expect(answers("what did Lee demand") == ["a recount"])
    }
}
