import FactModel
import Testing
@testable import QueryLanguage

/// "the princess, 67, announced ...": an age between commas after any mention of the person, and
/// a name asked with a title before it ("Princess Ubolratana") that the corpus knows without.
@Suite struct ApposedAgeTests: AsksQuestions {
    static func makeRoyalStory() -> FakeFactSource {
        let source = FakeFactSource()
        let royal = source.entity("Ubolratana Mahidol", .person, aliases: ["Ubolratana", "the princess"])
        let party = source.entity("Thai Raksa Chart", .organization)
        let s0 = source.sentence("The party nominated Ubolratana Mahidol for prime minister.", mentions: [
            ("Thai Raksa Chart", .entity(.organization), party), ("Ubolratana Mahidol", .entity(.person), royal)])
        source.add(Argument(text: "The party", head: "party", entity: party), "nominate",
                   Argument(text: "Ubolratana Mahidol", head: "Ubolratana Mahidol", entity: royal), at: s0)
        _ = source.sentence("On Friday, the princess, 67, announced her candidacy.", mentions: [
            ("the princess", .entity(.person), royal), ("67", .value(.number), nil)])
        _ = source.sentence("The election was held in 2019, 12 years after the coup.", mentions: [
            ("2019", .value(.date), nil), ("12", .value(.number), nil)])
        return source
    }

    let engine = QueryEngine(source: makeRoyalStory(), lexicon: FakeLexicon())

    @Test func anAgeInAppositionToADescriptionOfThePerson() {
        #expect(answers("how old is Ubolratana") == ["67"])
        // Asked with her title, which the corpus never writes before her name.
        #expect(answers("how old is Princess Ubolratana") == ["67"])
    }

    @Test func titlesBeforeANameAreDroppedOnlyToFindAName() {
        let source = Self.makeRoyalStory()
        #expect(PhraseMatcher.resolveWithoutTitles(["Princess", "Ubolratana"], source: source) == [0])
        #expect(PhraseMatcher.resolveWithoutTitles(["Dr.", "Ubolratana"], source: source) == [0])
        #expect(PhraseMatcher.resolveWithoutTitles(["Princess", "Diana"], source: source).isEmpty)
        #expect(PhraseMatcher.resolveWithoutTitles(["Crown", "Prince"], source: source).isEmpty)
        #expect(PhraseMatcher.resolveWithoutTitles(["Ubolratana"], source: source).isEmpty)  // nothing dropped
    }

    @Test func anApposedNumberIsBetweenCommas() {
        func age(_ text: String, after prefix: String) -> String? {
            SentenceFallback.apposedNumber(after: prefix.utf8.count, in: Array(text.utf8))
        }
        #expect(age("Ann Lee, 45, resigned.", after: "Ann Lee") == "45")
        #expect(age("Ann Lee (a judge, 45) resigned.", after: "Ann Lee (a judge") == "45")
        #expect(age("Ann Lee, 45 years on, resigned.", after: "Ann Lee") == nil)
        #expect(age("Ann Lee, 2019, resigned.", after: "Ann Lee") == nil)
        #expect(age("Ann Lee resigned, 45, ...", after: "Ann Lee") == nil)
    }
}

/// "47-year-old Matovič's government office": an age before the asked person's possessive name
/// is theirs (`SentenceFallback.isNotTheAskedAge`).
@Suite struct PossessiveAgeTests: AsksQuestions {
    static func makeStory() -> FakeFactSource {
        let source = FakeFactSource()
        let premier = source.entity("Ivo Kral", .person, aliases: ["Kral"])
        _ = source.sentence("Without naming a date, 52-year-old Kral's office said he would rest.", mentions: [
            ("52-year-old", .value(.age), nil), ("Kral", .entity(.person), premier)])
        return source
    }

    let engine = QueryEngine(source: makeStory(), lexicon: FakeLexicon())

    @Test func anAgeBeforeThePossessiveNameIsTheirs() {
        #expect(answers("how old is Kral") == ["52-year-old"])
    }
}
