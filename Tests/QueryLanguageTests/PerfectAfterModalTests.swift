import Testing
@testable import QueryLanguage

/// "what would the agency have received": the perfect "have" after a modal's subject is one more
/// auxiliary, so the participle is the verb (not "have" with "received" as its object).
@Suite struct PerfectAfterModalTests {
    @Test func theParticipleAfterAPerfectIsTheVerb() throws {
        let question = UnderstoodQuestion.text("what would the agency have received")
        #expect(question.contains("\"the agency\" received"), "\(question)")
        #expect(!question.contains(" have "), "\(question)")
    }

    @Test func beenAfterThePerfectMakesAPassive() throws {
        let question = UnderstoodQuestion.text("what could the council have been given")
        #expect(question.contains("\"the council\" given [passive]"), "\(question)")
    }

    @Test func haveWithAnObjectStaysTheVerb() throws {
        let question = UnderstoodQuestion.text("what does the agency have")
        #expect(question.contains("\"the agency\" have"), "\(question)")
    }
}
