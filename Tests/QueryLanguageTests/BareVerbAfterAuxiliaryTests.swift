import Testing
@testable import QueryLanguage

/// After "will" or "did", the main verb is bare: "which company will supply replacement doses" is
/// a subject question ("doses" is no verb there), "which plan did officials reject" an object one.
@Suite struct BareVerbAfterAuxiliaryTests {
    @Test func aNounRunWithNoBareVerbIsTheObject() throws {
        let question = UnderstoodQuestion.text("which company will supply replacement doses")
        #expect(question.contains("supply"), "\(question)")
        #expect(!question.contains("doses ?") && !question.contains("\"supply replacement\""), "\(question)")
    }

    @Test func aBareVerbAfterTheSubjectMakesAnObjectQuestion() throws {
        let question = UnderstoodQuestion.text("which plan did officials reject")
        #expect(question.contains("\"officials\" reject"), "\(question)")
        let needed = UnderstoodQuestion.text("what did officials need")
        #expect(needed.contains("\"officials\" need"), "\(needed)")
    }
}
