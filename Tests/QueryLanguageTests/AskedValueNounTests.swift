import FactModel
import Testing
@testable import QueryLanguage

/// "what time did Vik thank the crew": the asked value noun is not a word the answer's sentence
/// shares; sentences are ranked without it.
@Suite struct AskedValueNounTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        _ = source.sentence("Vik said it was time to thank the harbour crew after a long time.", mentions: [("Vik", .entity(.person), vik)])
        _ = source.sentence("Vik thanked the harbour crew on the radio just after 7:30 a.m.", mentions: [
            ("Vik", .entity(.person), vik), ("7:30 a.m.", .value(.time), nil)])
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func theValueNounIsNotRanked() throws {
        guard case .success(let statement)? = QueryParser.parse("what time did Vik announce the end").first,
              case .question(let question) = statement.body else { Issue.record("not a question"); return }
        let words = SentenceFallback.wordsToRank(question, forms: WordForms(lexicon: FakeLexicon())).map(\.lowered)
        #expect(!words.contains("time") && words.contains("vik"), "\(words)")
    }

    @Test func theSentenceWithTheTimeAnswers() {
        #expect(answers("what time did Vik thank the harbour crew").contains("7:30 a.m."))
    }
}
