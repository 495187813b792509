import FactModel
import Testing
@testable import QueryLanguage

/// `ClassNounFilter`: a name built on the asked noun keeps out answers that are not.
@Suite struct ClassNounFilterTests {
    func table(_ values: [String]) -> AnswerTable {
        var table = AnswerTable(columns: ["what"])
        table.rows = values.map { AnswerRow(values: [$0], evidence: []) }
        return table
    }

    @Test func aNameBuiltOnTheNounKeepsOutOtherAnswers() {
        let filtered = ClassNounFilter.filter(table(["Mike Pompeo", "José Martí International Airport"]), noun: "airport", forms: WordForms(lexicon: FakeLexicon()), source: FakeFactSource())
        #expect(filtered.rows.map { $0.values[0] } == ["José Martí International Airport"])
    }

    @Test func aNameAfterADeterminerIsStillAName() {
        // "the Harbor Watch campaign launched": the name keeps its article.
        let filtered = ClassNounFilter.filter(table(["the Harbor Watch campaign", "Ada Park", "lawyers"]), noun: "campaign",
                                              forms: WordForms(lexicon: FakeLexicon()), source: FakeFactSource())
        #expect(filtered.rows.map { $0.values[0] } == ["the Harbor Watch campaign"])
    }

    @Test func withoutSuchANameEveryAnswerStays() {
        // "which country": names of countries do not carry the noun; "the airport" is no name.
        let countries = ClassNounFilter.filter(table(["France", "Spain"]), noun: "country", forms: WordForms(lexicon: FakeLexicon()), source: FakeFactSource())
        #expect(countries.rows.count == 2)
        let phrases = ClassNounFilter.filter(table(["the airport", "Havana"]), noun: "airport", forms: WordForms(lexicon: FakeLexicon()), source: FakeFactSource())
        #expect(phrases.rows.count == 2)
    }

    @Test func aKnownInstanceOfTheNounKeepsOutOtherAnswers() {
        // "which state is the senator from": "US" (from "U.S. Senator") is a country, not a state.
        let filtered = ClassNounFilter.filter(table(["US", "Vermont"]), noun: "states", forms: WordForms(lexicon: FakeLexicon()), source: FakeFactSource())
        #expect(filtered.rows.map { $0.values[0] } == ["Vermont"])
        let countries = ClassNounFilter.filter(table(["Gulf of Oman", "US", "Vermont"]), noun: "country", forms: WordForms(lexicon: FakeLexicon()), source: FakeFactSource())
        #expect(countries.rows.map { $0.values[0] } == ["US"])
        // A noun no answer is known to be an instance of keeps every answer.
        let cities = ClassNounFilter.filter(table(["US", "Vermont"]), noun: "city", forms: WordForms(lexicon: FakeLexicon()), source: FakeFactSource())
        #expect(cities.rows.count == 2)
    }

    @Test func anUnknownNameOfTheNounsTypeStaysBesideAKnownInstance() {
        // "which states": Vermont is one; Nordland, a place no list knows, may be one too; US is
        // known as a country and Ada Park is a person.
        let source = FakeFactSource()
        _ = source.entity("Nordland", .place)
        _ = source.entity("Ada Park", .person)
        let filtered = ClassNounFilter.filter(table(["US", "Vermont", "Nordland", "Ada Park"]), noun: "states",
                                              forms: WordForms(lexicon: FakeLexicon()), source: source)
        #expect(filtered.rows.map { $0.values[0] } == ["Vermont", "Nordland"])
    }

    @Test func anAnswerDescribedWithTheNounKeepsOutOthers() {
        // "Norvik, a security firm, reported that data from Facebook leaked."
        let source = FakeFactSource()
        let norvik = source.entity("Norvik", .organization)
        _ = source.entity("Facebook", .organization)
        let s0 = source.sentence("Norvik, a security firm, reported that data from Facebook leaked.", mentions: [
            ("Norvik", .entity(.organization), norvik)])
        source.add(Argument(text: "Norvik", head: "Norvik", entity: norvik), "be", Argument(text: "a security firm", head: "firm"),
                   kind: .appositive, at: s0)
        let filtered = ClassNounFilter.filter(table(["Norvik", "Facebook"]), noun: "firm", forms: WordForms(lexicon: FakeLexicon()), source: source)
        #expect(filtered.rows.map { $0.values[0] } == ["Norvik"])
    }

    @Test func aKnownInstanceOutranksADescription() {
        // "Ohio, a state with ...": the lexicon knows Vermont and Ohio are states; that the corpus
        // describes only Ohio as one does not drop Vermont.
        let source = FakeFactSource()
        let ohio = source.entity("Ohio", .place)
        let s0 = source.sentence("Ohio, a state with nine ports, voted.", mentions: [("Ohio", .entity(.place), ohio)])
        source.add(Argument(text: "Ohio", head: "Ohio", entity: ohio), "be", Argument(text: "a state", head: "state"),
                   kind: .appositive, at: s0)
        let filtered = ClassNounFilter.filter(table(["Vermont", "Ohio", "Spain"]), noun: "state", forms: WordForms(lexicon: FakeLexicon()), source: source)
        #expect(filtered.rows.map { $0.values[0] } == ["Vermont", "Ohio"])
    }
}
