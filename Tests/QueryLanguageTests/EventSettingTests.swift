import Testing
import FactModel
@testable import QueryLanguage

/// "where did X take place" / "when did X happen" read the setting of the event X from any fact
/// about it (`QuestionAnswerer+EventSetting.swift`), over a hand-written story.
@Suite struct EventSettingTests: AsksQuestions {
    let engine = QueryEngine(source: makeRaidStory(), lexicon: FakeLexicon())

    @Test func takePlaceIsTheVerbAndItsNounNotPartOfTheSubject() {
        #expect(parsed("where did the raid take place") == [#"question ("the raid" take "place" [?answer]) asking place"#])
    }

    @Test func whereAnEventTookPlaceIsWrittenInsideItsPhrase() {
        #expect(answers("where did the raid take place") == ["Fort Ames Depot"])
    }

    @Test func whenAnEventHappenedIsAQualifierOfAnyFactAboutIt() {
        #expect(answers("when did the raid happen") == ["Monday"])
    }

    @Test func aPassiveOfStagingAsksWhereTheEventNamedInAQualifierTookPlace() {
        // "Norway beat Chile 3-1 in the final at the stadium in Oslo."
        #expect(answers("where was the final held") == ["Oslo"])
    }

    @Test func anEventNamedDeeperInAQualifierHasItsSettingAfterItsHead() {
        // "Leaders from Vientiane agreed on Wednesday, at the end of a two-day summit in Pakse."
        #expect(answers("where was the summit held") == ["Pakse"])
        // From the fact, not from the sentence fallback's ranking of the places written there.
        guard case .success(let table)? = engine.run("where was the summit held").first else { Issue.record("no answer"); return }
        #expect(table.rows.first?.evidence.first?.fromSentence == false)
    }

    @Test func anotherEventKeepsItsOwnSetting() {
        #expect(answers("where did the parade take place") == [])
    }
}

private func makeRaidStory() -> FakeFactSource {
    let source = FakeFactSource()
    let rebels = source.entity("Rebels", .group)
    let fort = source.entity("Fort Ames", .place)
    let raid = source.sentence("Rebels carried out the raid at Fort Ames Depot on Monday.", mentions: [
        ("Rebels", .entity(.group), rebels), ("Fort Ames", .entity(.place), fort), ("Monday", .value(.date), nil)])
    source.add(Argument(text: "Rebels", head: "Rebels", entity: rebels), "carry out", Argument(text: "the raid at Fort Ames Depot", head: "raid"),
               qualifiers: [Qualifier(marker: "on", argument: Argument(text: "Monday", head: "Monday",
                                                                        value: TypedValue(kind: .date, text: "Monday", normalized: "Monday")))],
               at: raid)
    let norway = source.entity("Norway", .place), chile = source.entity("Chile", .place), oslo = source.entity("Oslo", .place)
    let final = source.sentence("Norway beat Chile 3-1 in the final at the stadium in Oslo.", mentions: [
        ("Norway", .entity(.place), norway), ("Chile", .entity(.place), chile), ("Oslo", .entity(.place), oslo)])
    source.add(Argument(text: "Norway", head: "Norway", entity: norway), "beat", Argument(text: "Chile 3-1", head: "Chile", entity: chile),
               qualifiers: [Qualifier(marker: "in", argument: Argument(text: "the final at the stadium in Oslo", head: "final"))], at: final)
    let pakse = source.entity("Pakse", .place), hanoi = source.entity("Hanoi", .place)
    let vientiane = source.entity("Vientiane", .place)
    let summit = source.sentence("Leaders from Vientiane agreed on Wednesday, at the end of a two-day summit in Pakse.", mentions: [
        ("Vientiane", .entity(.place), vientiane), ("Pakse", .entity(.place), pakse)])
    source.add(Argument(text: "The leaders", head: "leader"), "agree", nil,
               qualifiers: [Qualifier(marker: "at", argument: Argument(text: "the end of a two-day summit in Pakse", head: "end"))],
               at: summit)
    let next = source.sentence("They will meet again in Hanoi.", mentions: [("Hanoi", .entity(.place), hanoi)])
    source.add(Argument(text: "They", head: "they"), "meet", nil,
               qualifiers: [Qualifier(marker: "in", argument: Argument(text: "Hanoi", head: "Hanoi", entity: hanoi))], at: next)
    let parade = source.sentence("The parade was cancelled.")
    source.add(Argument(text: "The parade", head: "parade"), "cancel", nil, voice: .passive, at: parade)
    return source
}
