import FactModel
import Testing
@testable import QueryLanguage

/// A yes/no question answered no by an opposite: an "un-" participle ("undamaged"), in the sentence
/// after the one naming the subject when a pronoun there is what it is said of; a decision undone
/// ("blocked" for "approve"); and another owner's shares are not the asked owner's. A figure
/// "down from" another is no opposite of a gain: it may be another figure.
@Suite struct OppositeYesNoTests: AsksQuestions {
    let engine: QueryEngine = {
        let source = FakeFactSource()
        _ = source.sentence("The stolen violin was found by officers in a barn near Mantua.")
        _ = source.sentence("According to the police, it was undamaged.")
        _ = source.sentence("The regional court blocked the permit for the dam on Monday.")
        let harbour = source.entity("Harbour Party", .organization)
        _ = source.sentence("The Harbour Party gained seats, while turnout was down from the last election.",
                            mentions: [("Harbour Party", .entity(.organization), harbour)], document: 1)
        return QueryEngine(source: source, lexicon: FakeLexicon())
    }()

    @Test func anUnParticipleAfterTheSubjectsSentenceSaysNo() {
        #expect(answers("was the violin damaged") == ["no"])
        #expect(answers("was the violin found") == ["yes"])
    }

    @Test func aFallOfAnotherThingSaysNothing() {
        // "down" is no opposite of a gain: turnout fell, not the party's seats.
        #expect(answers("did the Harbour Party gain seats") == ["yes"])
    }

    @Test func aBlockedDecisionWasNotApproved() {
        #expect(answers("did the court approve the permit") == ["no"])
    }

    @Test func unOppositesGoBothWays() {
        #expect(QuestionAnswerer.unOpposites(of: "damaged") == ["undamaged"])
        #expect(QuestionAnswerer.unOpposites(of: "unharmed") == ["harmed"])
        #expect(QuestionAnswerer.unOpposites(of: "close").isEmpty)
    }

    @Test func anotherOwnerIsAnotherKind() {
        #expect(PhraseMatcher.contrast(["harcastle's", "shares"], ["lindqvist's", "shares"], head: "shares"))
        #expect(!PhraseMatcher.contrast(["harcastle's", "shares"], ["harcastle's", "shares"], head: "shares"))
    }
}
