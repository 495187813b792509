import FactModel
import Testing
@testable import QueryLanguage

/// "who was finance minister before Duarte" against (Duarte; replaced; Tomas Lobo): whom the
/// named holder replaced; "after Lobo", who replaced him (`successionClause`).
@Suite struct PredecessorQuestionTests: AsksQuestions {
    static func makeCabinetStory() -> FakeFactSource {
        let source = FakeFactSource()
        let duarte = source.entity("Ines Duarte", .person, aliases: ["Duarte"])
        let lobo = source.entity("Tomas Lobo", .person, aliases: ["Lobo"])
        let s0 = source.sentence("Duarte, 51, became finance minister in May, when she replaced Tomas Lobo.", mentions: [
            ("Duarte", .entity(.person), duarte), ("Tomas Lobo", .entity(.person), lobo)])
        source.add(Argument(text: "Duarte", head: "Duarte", entity: duarte), "replace",
                   Argument(text: "Tomas Lobo", head: "Tomas Lobo", entity: lobo), at: s0)
        return source
    }

    let engine = QueryEngine(source: makeCabinetStory(), lexicon: FakeLexicon())

    /// The answers, each marked when read from a sentence rather than a fact.
    func firstAnswers(_ question: String) -> [String] {
        guard case .success(let table)? = engine.run(question).first else { return [] }
        return table.rows.map { $0.values[0] + ($0.evidence.first?.fromSentence == true ? " (sentence)" : "") }
    }

    @Test func beforeAsksWhomTheHolderReplaced() {
        #expect(firstAnswers("who was finance minister before Duarte") == ["Tomas Lobo"])
    }

    @Test func afterAsksWhoReplacedThem() {
        #expect(firstAnswers("who was finance minister after Lobo") == ["Ines Duarte"])
    }
}
