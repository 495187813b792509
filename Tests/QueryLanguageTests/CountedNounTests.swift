import FactModel
import Testing
@testable import QueryLanguage

/// A number written before another noun counts that noun: "how many seats" is not answered by
/// "900 votes" when another answer counts seats.
@Suite struct CountedNounTests: AsksQuestions {
    static func makeElectionStory() -> FakeFactSource {
        let source = FakeFactSource()
        let party = source.entity("Harbor Party", .organization)
        let s0 = source.sentence("The Harbor Party won the leadership vote with 900 votes.", mentions: [
            ("Harbor Party", .entity(.organization), party), ("900", .value(.number), nil)])
        source.add(Argument(text: "The Harbor Party", head: "Harbor Party", entity: party), "win", Argument(text: "the leadership vote", head: "vote"),
                   qualifiers: [Qualifier(marker: "with", argument: Argument(text: "900 votes", head: "vote",
                                                                             value: TypedValue(kind: .number, text: "900", normalized: "900", amount: 900)))],
                   at: s0)
        _ = source.sentence("The Harbor Party netted 14 seats in the council election.", mentions: [
            ("Harbor Party", .entity(.organization), party), ("14", .value(.number), nil)])
        return source
    }

    let engine = QueryEngine(source: makeElectionStory(), lexicon: FakeLexicon())

    @Test func aNumberOfAnotherNounGivesWayToOneOfTheAskedNoun() {
        #expect(answers("how many seats did the Harbor Party win") == ["14"])
    }

    @Test func withNoNumberOfTheAskedNounOthersStay() {
        #expect(answers("how many votes did the Harbor Party win") == ["900"])
    }
}
