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
        let filtered = ClassNounFilter.filter(table(["Mike Pompeo", "José Martí International Airport"]), noun: "airport", forms: WordForms(lexicon: FakeLexicon()))
        #expect(filtered.rows.map { $0.values[0] } == ["José Martí International Airport"])
    }

    @Test func aNameAfterADeterminerIsStillAName() {
        // "the Harbor Watch campaign launched": the name keeps its article.
        let filtered = ClassNounFilter.filter(table(["the Harbor Watch campaign", "Ada Park", "lawyers"]), noun: "campaign",
                                              forms: WordForms(lexicon: FakeLexicon()))
        #expect(filtered.rows.map { $0.values[0] } == ["the Harbor Watch campaign"])
    }

    @Test func withoutSuchANameEveryAnswerStays() {
        // "which country": names of countries do not carry the noun; "the airport" is no name.
        let countries = ClassNounFilter.filter(table(["France", "Spain"]), noun: "country", forms: WordForms(lexicon: FakeLexicon()))
        #expect(countries.rows.count == 2)
        let phrases = ClassNounFilter.filter(table(["the airport", "Havana"]), noun: "airport", forms: WordForms(lexicon: FakeLexicon()))
        #expect(phrases.rows.count == 2)
    }

    @Test func aKnownInstanceOfTheNounKeepsOutOtherAnswers() {
        // "which state is the senator from": "US" (from "U.S. Senator") is a country, not a state.
        let filtered = ClassNounFilter.filter(table(["US", "Vermont"]), noun: "states", forms: WordForms(lexicon: FakeLexicon()))
        #expect(filtered.rows.map { $0.values[0] } == ["Vermont"])
        let countries = ClassNounFilter.filter(table(["Gulf of Oman", "US", "Vermont"]), noun: "country", forms: WordForms(lexicon: FakeLexicon()))
        #expect(countries.rows.map { $0.values[0] } == ["US"])
        // A noun no answer is known to be an instance of keeps every answer.
        let cities = ClassNounFilter.filter(table(["US", "Vermont"]), noun: "city", forms: WordForms(lexicon: FakeLexicon()))
        #expect(cities.rows.count == 2)
    }
}
