import Testing
@testable import QueryLanguage

/// After "will" or "did", the main verb is bare: "which company will supply replacement doses" is
/// a subject question ("doses" is no verb there), "which plan did officials reject" an object one.
@Suite struct BareVerbAfterAuxiliaryTests {
    func understood(_ text: String) throws -> String {
        guard case .success(let statement)? = QueryParser.parse(text).first, case .question(let question) = statement.body else {
            Issue.record("not a question: \(text)")
            return ""
        }
        return "\(question)"
    }

    @Test func aNounRunWithNoBareVerbIsTheObject() throws {
        let question = try understood("which company will supply replacement doses")
        #expect(question.contains("supply"), "\(question)")
        #expect(!question.contains("doses ?") && !question.contains("\"supply replacement\""), "\(question)")
    }

    @Test func aBareVerbAfterTheSubjectMakesAnObjectQuestion() throws {
        let question = try understood("which plan did officials reject")
        #expect(question.contains("\"officials\" reject"), "\(question)")
        let needed = try understood("what did officials need")
        #expect(needed.contains("\"officials\" need"), "\(needed)")
    }
}
