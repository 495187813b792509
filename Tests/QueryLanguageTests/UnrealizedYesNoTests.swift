import FactModel
import Testing
@testable import QueryLanguage

/// "the government asked Judge Hale to delay his ruling, but he refused": what someone was asked
/// to do says neither yes nor no; the refusal after it says no.
@Suite struct UnrealizedYesNoTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let hale = source.entity("Victor Hale", .person, aliases: ["Hale", "Judge Hale"])
        let s0 = source.sentence("The government asked Judge Hale to delay his ruling, but he refused.", mentions: [
            ("Judge Hale", .entity(.person), hale)])
        source.facts.append(Fact(
            subject: Argument(text: "Judge Hale", head: "Hale", entity: hale),
            predicate: Predicate(surface: "asked to delay", lemma: "delay", modality: "asked to"),
            object: Argument(text: "his ruling", head: "ruling"), confidence: 0.8, provenance: s0))
        source.add(Argument(text: "he", head: "he", entity: hale), "refuse", nil, surface: "refused", at: s0)
        let s1 = source.sentence("Judge Hale fined the company.", mentions: [("Judge Hale", .entity(.person), hale)])
        source.add(Argument(text: "Judge Hale", head: "Hale", entity: hale), "fine", Argument(text: "the company", head: "company"),
                   surface: "fined", at: s1)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func whatSomeoneWasAskedToDoIsNoYes() {
        #expect(answers("did Judge Hale delay his ruling") == ["no"])
        #expect(answers("did Judge Hale fine the company") == ["yes"])
    }
}
