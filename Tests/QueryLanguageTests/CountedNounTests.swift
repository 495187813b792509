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

    @Test func aShareInPercentIsNoCount() {
        // How many votes is a count, never a share of the vote in percent (both read from the
        // sentences, with no fact for them).
        let source = FakeFactSource()
        let voss = source.entity("Lena Voss", .person, aliases: ["Voss"])
        let brandt = source.entity("Ida Brandt", .person, aliases: ["Brandt"])
        _ = source.sentence("Voss won 53.6 percent of the vote to Brandt's 46.4 percent.", mentions: [
            ("Voss", .entity(.person), voss), ("53.6 percent", .value(.percent), nil), ("Brandt", .entity(.person), brandt),
            ("46.4 percent", .value(.percent), nil)])
        _ = source.sentence("Voss received 41,208 votes and Brandt 35,671.", mentions: [
            ("Voss", .entity(.person), voss), ("41,208", .value(.number), nil), ("Brandt", .entity(.person), brandt),
            ("35,671", .value(.number), nil)])
        let engine = QueryEngine(source: source, lexicon: FakeLexicon())
        guard case .success(let table)? = engine.run("how many votes did Brandt get").first else { Issue.record("no answer"); return }
        #expect(!table.rows.contains { $0.values[0].hasSuffix("percent") }, "\(table.rows.map { $0.values[0] })")
    }
}

/// "12 of New Mexico's 34 delegates": the number after "N of <owner>'s" is the whole, whatever
/// the owner's length (`SentenceFallback.isPartitiveTotal`).
@Suite struct PartitiveTotalTests: AsksQuestions {
    let engine = QueryEngine(source: makePrimaryStory(), lexicon: FakeLexicon())

    @Test func theWholeAfterAnOwnersPossessiveIsNotTheCount() {
        #expect(answers("how many delegates did Lopez win") == ["12"])
    }
}

private func makePrimaryStory() -> FakeFactSource {
    let source = FakeFactSource()
    let lopez = source.entity("Ana Lopez", .person, aliases: ["Lopez"])
    _ = source.sentence("Lopez won 12 of New Mexico's 34 delegates on Tuesday.", mentions: [
        ("Lopez", .entity(.person), lopez), ("12", .value(.number), nil), ("34", .value(.number), nil)])
    return source
}
