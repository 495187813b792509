import Testing
@testable import TextPipeline

/// The gazetteer's longest phrase matches, which test a phrase's byte hash before its text.
@Suite struct GazetteerTests {
    static func matches(_ gazetteer: Gazetteer, _ words: [String]) -> [(range: Range<Int>, classes: GazetteerClasses)] {
        let entries = gazetteer.wordEntries(words)
        return gazetteer.longestMatches(in: words, wordClasses: entries.classes, longestPhrases: entries.longestPhrases,
                                        range: words.indices)
    }

    @Test func longestPhraseWins() {
        var gazetteer = Gazetteer()
        gazetteer.add("New York", .bigCity)
        gazetteer.add("New York City", .bigCity)
        gazetteer.add("York", .city)
        let found = Self.matches(gazetteer, ["in", "new", "york", "city", "and", "york"])
        #expect(found.map(\.range) == [1..<4, 5..<6])
    }

    @Test func canonicallyEquivalentPhrasesMatch() {
        var gazetteer = Gazetteer()
        gazetteer.add("S\u{E3}o Tome\u{301}", .country)  // "São Tomé", precomposed and combining
        gazetteer.add("x\u{37E}y z", .city)  // a Greek question mark: canonically ";"
        // The text's bytes differ from the entries' (decomposed "ã", precomposed "é"; ";"), the
        // strings are equal.
        #expect(Self.matches(gazetteer, ["s\u{61}\u{303}o", "tom\u{E9}"]).map(\.range) == [0..<2])
        #expect(Self.matches(gazetteer, ["x;y", "z"]).map(\.range) == [0..<2])
        #expect(Self.matches(gazetteer, ["x;y", "w"]).isEmpty)
    }

    @Test func anAccentedWordFindsItsEntryWrittenWithoutAccents() {
        // The name lists spell given names without accents: "Cédric" is found as "Cedric".
        var gazetteer = Gazetteer()
        gazetteer.add("Cedric", .city)
        #expect(gazetteer.wordEntries(["c\u{E9}dric", "c\u{65}\u{301}dric", "cedric", "cidric"]).classes == [.city, .city, .city, []])
    }
}
