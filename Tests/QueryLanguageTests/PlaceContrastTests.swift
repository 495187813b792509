import Testing
import FactModel
@testable import QueryLanguage

/// A place the asked phrase names ("the Lakeside primary") against a fact that places its event
/// elsewhere ("won the primary in Riverton"): another event (`FactMatcher.placesDiffer`).
@Suite struct PlaceContrastTests: AsksQuestions {
    let engine = QueryEngine(source: makePrimaryStory(), lexicon: FakeLexicon())

    @Test func anEventPlacedElsewhereIsNoAnswer() {
        #expect(answers("who won the Lakeside primary") == ["Omar Reyes"])
    }

    @Test func aPlaceInsideTheObjectPlacesTheEventToo() {
        #expect(!answers("who won the Lakeside primary").contains("Lia Vega"))
        #expect(answers("who won the Bayview primary") == ["Lia Vega"])
    }

    @Test func theEventPlacedThereStays() {
        #expect(answers("who won the Riverton primary") == ["Ana Ruiz"])
    }
}

private func makePrimaryStory() -> FakeFactSource {
    let source = FakeFactSource()
    let ruiz = source.entity("Ana Ruiz", .person, aliases: ["Ruiz"])
    let reyes = source.entity("Omar Reyes", .person, aliases: ["Reyes"])
    let riverton = source.entity("Riverton", .place)
    let lakeside = source.entity("Lakeside", .place)
    let s0 = source.sentence("Ruiz won the primary in Riverton.", mentions: [
        ("Ruiz", .entity(.person), ruiz), ("Riverton", .entity(.place), riverton)])
    source.add(Argument(text: "Ruiz", head: "Ruiz", entity: ruiz), "win", Argument(text: "the primary", head: "primary"),
               qualifiers: [Qualifier(marker: "in", argument: Argument(text: "Riverton", head: "Riverton", entity: riverton))], at: s0)
    let s1 = source.sentence("Reyes won the Lakeside primary.", mentions: [
        ("Reyes", .entity(.person), reyes), ("Lakeside", .entity(.place), lakeside)])
    source.add(Argument(text: "Reyes", head: "Reyes", entity: reyes), "win", Argument(text: "the Lakeside primary", head: "primary"), at: s1)
    // The place inside the object ("the primary in Bayview"), not in a qualifier.
    let vega = source.entity("Lia Vega", .person, aliases: ["Vega"])
    let bayview = source.entity("Bayview", .place)
    let s2 = source.sentence("Vega won the primary in Bayview.", mentions: [
        ("Vega", .entity(.person), vega), ("Bayview", .entity(.place), bayview)])
    source.add(Argument(text: "Vega", head: "Vega", entity: vega), "win", Argument(text: "the primary in Bayview", head: "primary"), at: s2)
    return source
}
