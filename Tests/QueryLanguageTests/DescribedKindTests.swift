import FactModel
import Testing
@testable import QueryLanguage

/// "which volcano erupted": a name the articles describe with the asked noun ("Mount Quell, a
/// 2,150-metre volcano") answers, and the headline's bare "Volcano" restates the question; "how
/// long is" a place asks its length.
@Suite struct DescribedKindTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let quell = source.entity("Mount Quell", .place)
        let s0 = source.sentence("Volcano erupts on Serawu island")
        source.add(Argument(text: "Volcano", head: "volcano"), "erupt", nil, surface: "erupts", at: s0)
        let s1 = source.sentence("Mount Quell, a 2,150-metre volcano, erupted on Tuesday.", mentions: [
            ("Mount Quell", .entity(.place), quell), ("2,150-metre", .value(.quantity), nil)])
        source.add(Argument(text: "Mount Quell", head: "Mount Quell", entity: quell), "be",
                   Argument(text: "a 2,150-metre volcano", head: "volcano",
                            value: TypedValue(kind: .quantity, text: "2,150-metre", normalized: "2150 metre", amount: 2150)),
                   kind: .appositive, at: s1)
        source.add(Argument(text: "Mount Quell", head: "Mount Quell", entity: quell), "erupt", nil, surface: "erupted", at: s1)
        let s2 = source.sentence("The eruption of Mount Quell lasted two hours.", mentions: [
            ("Mount Quell", .entity(.place), quell), ("two hours", .value(.duration), nil)])
        source.add(Argument(text: "The eruption of Mount Quell", head: "eruption"), "last",
                   Argument(text: "two hours", head: "hour", value: TypedValue(kind: .duration, text: "two hours", normalized: "PT2H", amount: 2)),
                   surface: "lasted", at: s2)
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func aNameDescribedWithTheNounAnswersWhichNoun() {
        #expect(answers("which volcano erupted") == ["Mount Quell"])
    }

    @Test func howLongIsAPlaceAsksItsLength() {
        #expect(answers("how long is Mount Quell") == ["2,150-metre"])
        #expect(answers("how long did the eruption last") == ["two hours"])
    }
}
