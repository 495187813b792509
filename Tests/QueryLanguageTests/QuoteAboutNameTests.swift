import FactModel
import Testing
@testable import QueryLanguage

/// "what did Fenn say about Natarajan" with "Priya is the leader this company needs," Fenn said:
/// a quotation that names the person by another of their names is about them (`aboutWeight`).
@Suite struct QuoteAboutNameTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let fenn = source.entity("Ola Fenn", .person, aliases: ["Fenn"])
        let priya = source.entity("Priya Natarajan", .person, aliases: ["Natarajan", "Priya", "the chief executive"])
        let s0 = source.sentence("\u{201C}Priya is the leader this company needs,\u{201D} Fenn said.", mentions: [
            ("Priya", .entity(.person), priya), ("Fenn", .entity(.person), fenn)])
        source.add(Argument(text: "Fenn", head: "Fenn", entity: fenn), "say",
                   Argument(text: "Priya is the leader this company needs", head: "leader"), kind: .attribution, at: s0)
        let s1 = source.sentence("Fenn said he would leave the board before Natarajan took over.", mentions: [
            ("Fenn", .entity(.person), fenn), ("Natarajan", .entity(.person), priya)])
        source.add(Argument(text: "Fenn", head: "Fenn", entity: fenn), "say",
                   Argument(text: "he would leave the board", head: "leave"), kind: .attribution, at: s1)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func aQuotationNamingThePersonOtherwiseIsAboutThem() {
        #expect(answers("what did Fenn say about Natarajan").first == "Priya is the leader this company needs")
    }
}
