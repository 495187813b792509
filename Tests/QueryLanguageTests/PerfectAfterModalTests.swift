import Testing
@testable import QueryLanguage

/// "what would the agency have received": the perfect "have" after a modal's subject is one more
/// auxiliary, so the participle is the verb (not "have" with "received" as its object).
@Suite struct PerfectAfterModalTests {
    func understood(_ text: String) throws -> String {
        guard case .success(let statement)? = QueryParser.parse(text).first, case .question(let question) = statement.body else {
            Issue.record("not a question: \(text)")
            return ""
        }
        return "\(question)"
    }

    @Test func theParticipleAfterAPerfectIsTheVerb() throws {
        let question = try understood("what would the agency have received")
        #expect(question.contains("\"the agency\" received"), "\(question)")
        #expect(!question.contains(" have "), "\(question)")
    }

    @Test func beenAfterThePerfectMakesAPassive() throws {
        let question = try understood("what could the council have been given")
        #expect(question.contains("\"the council\" given [passive]"), "\(question)")
    }

    @Test func haveWithAnObjectStaysTheVerb() throws {
        let question = try understood("what does the agency have")
        #expect(question.contains("\"the agency\" have"), "\(question)")
    }
}
