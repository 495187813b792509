import FactModel
import Testing
@testable import QueryLanguage

/// "where does Marwick work" with "Professor Helen Marwick of Calderbrook University in England":
/// an institution answers, not the place it is in.
@Suite struct WorkplaceQuestionTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let marwick = source.entity("Helen Marwick", .person, aliases: ["Marwick"])
        let university = source.entity("Calderbrook University", .organization)
        let england = source.entity("England", .place)
        let s0 = source.sentence("The team was led by Professor Helen Marwick of Calderbrook University in England.", mentions: [
            ("Helen Marwick", .entity(.person), marwick), ("Calderbrook University", .entity(.organization), university),
            ("England", .entity(.place), england)])
        source.add(Argument(text: "Helen Marwick", head: "Helen Marwick", entity: marwick), "be of",
                   Argument(text: "Calderbrook University in England", head: "Calderbrook University", entity: university),
                   kind: .derived, at: s0)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func whereSomeoneWorksIsAnInstitution() {
        #expect(answers("where does Marwick work") == ["Calderbrook University"])
        #expect(answers("who works for Calderbrook University") == ["Helen Marwick"])
    }

    @Test func anOrdinalContrastsOnlyWithAnOrdinal() {
        #expect(!PhraseMatcher.contrast(["the", "grid", "agreement"], ["a", "third", "agreement"], head: "agreement"))
        #expect(PhraseMatcher.contrast(["the", "second", "round"], ["the", "first", "round"], head: "round"))
        #expect(PhraseMatcher.contrast(["the", "final", "victim"], ["his", "first", "victim"], head: "victim"))
        #expect(PhraseMatcher.contrast(["the", "silver", "medal"], ["the", "gold", "medal"], head: "medal"))
    }
}
