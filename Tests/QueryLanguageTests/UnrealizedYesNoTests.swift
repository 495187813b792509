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
        let marek = source.entity("Zden Marek", .person, aliases: ["Marek"])
        let s2 = source.sentence("Marek, who had been expected to lose his post, keeps his job.", mentions: [("Marek", .entity(.person), marek)])
        source.facts.append(Fact(
            subject: Argument(text: "Marek", head: "Marek", entity: marek),
            predicate: Predicate(surface: "had been expected to lose", lemma: "lose", modality: "had been expected to"),
            object: Argument(text: "his post", head: "post"), confidence: 0.8, provenance: s2))
        source.add(Argument(text: "Marek", head: "Marek", entity: marek), "keep", Argument(text: "his job", head: "job"),
                   surface: "keeps", at: s2)
        let dane = source.entity("Ivo Dane", .person, aliases: ["Dane", "President Ivo Dane"])
        let s3 = source.sentence("The treaty must still be signed by President Ivo Dane.", mentions: [("President Ivo Dane", .entity(.person), dane)])
        source.facts.append(Fact(
            subject: Argument(text: "President Ivo Dane", head: "Ivo Dane", entity: dane),
            predicate: Predicate(surface: "must still be signed by", lemma: "sign", voice: .passive, modality: "must"),
            object: Argument(text: "The treaty", head: "treaty"), confidence: 0.8, provenance: s3))
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func whatSomeoneWasAskedToDoIsNoYes() {
        #expect(answers("did Judge Hale delay his ruling") == ["no"])
        #expect(answers("did Judge Hale fine the company") == ["yes"])
        // What someone was expected to do, neither.
        #expect(answers("did Marek lose his post") == ["no"])
    }

    @Test func whatMustStillBeDoneIsNoYes() {
        #expect(!answers("did Dane sign the treaty").contains("yes"), "\(answers("did Dane sign the treaty"))")
    }
}
