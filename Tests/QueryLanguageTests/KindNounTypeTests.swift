import Testing
import FactModel
@testable import QueryLanguage

/// "which regulators", "which journal": kind nouns of institutions ask for organisations, so a
/// place named beside one ("Britain's Competition and Markets Authority") is no answer.
@Suite struct KindNounTypeTests {
    let forms = WordForms(lexicon: FakeLexicon())

    func types(_ noun: String) -> Set<EntityType>? {
        let phrase = Phrase(words: [noun], range: SourceRange(at: SourcePosition(line: 1, column: 1, offset: 0)))
        return AnswerTypes.entityTypes(for: .kind(phrase), forms: forms)
    }

    @Test func institutionsAreOrganisations() {
        #expect(types("regulators") == [.organization])
        #expect(types("journal") == [.organization])
        #expect(types("hospital") == [.organization])
        #expect(types("towns") == [.place])
    }
}
