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
    let parade = source.sentence("The parade was cancelled.")
    source.add(Argument(text: "The parade", head: "parade"), "cancel", nil, voice: .passive, at: parade)
    return source
}
