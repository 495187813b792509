import FactModel
import Testing
@testable import QueryLanguage

/// "how much did Vireo pay for the plots" against (the company; paid; 4.5 million euros for three
/// plots near the port): what the asked value was for is written inside its own phrase, so the
/// fact states the question's "for" (`FactMatcher`), and the sentence fallback's other sums
/// do not outrank it.
@Suite struct ValuePhraseQualifierTests: AsksQuestions {
    static func makeLandStory() -> FakeFactSource {
        let source = FakeFactSource()
        let vireo = source.entity("Vireo Development", .organization, aliases: ["Vireo"])
        let judge = source.entity("Ewa Nowak", .person, aliases: ["Nowak"])
        let s0 = source.sentence("Vireo Development paid 4.5 million euros for three plots near the port.", mentions: [
            ("Vireo Development", .entity(.organization), vireo), ("4.5 million euros", .value(.money), nil)])
        source.add(Argument(text: "Vireo Development", head: "Vireo Development", entity: vireo), "pay",
                   Argument(text: "4.5 million euros for three plots near the port", head: "euros", entity: nil,
                            value: TypedValue(kind: .money, text: "4.5 million euros", normalized: "4500000 EUR", amount: 4_500_000)),
                   at: s0)
        let s1 = source.sentence("Nowak ordered the company to pay the costs of the plots case, about 9,000 euros.", mentions: [
            ("Nowak", .entity(.person), judge), ("9,000 euros", .value(.money), nil)])
        source.add(Argument(text: "Nowak", head: "Nowak", entity: judge), "order",
                   Argument(text: "the company", head: "company"), at: s1)
        return source
    }

    let engine = QueryEngine(source: makeLandStory(), lexicon: FakeLexicon())

    @Test func theValuesOwnPhraseSaysWhatItWasFor() {
        guard case .success(let table)? = engine.run("how much did Vireo pay for the plots").first else {
            Issue.record("the question failed")
            return
        }
        #expect(table.rows.first?.values[0] == "4.5 million euros", "\(table.rows.map { $0.values[0] })")
        #expect(table.rows.first?.evidence.first?.fromSentence == false)
    }
}
