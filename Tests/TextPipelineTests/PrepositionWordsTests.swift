import Testing
@testable import TextPipeline

/// Prepositions and separate prefixes are closed classes (`PrepositionWords`): the tagger gives
/// a word outside them its best other tag.
@Suite struct PrepositionWordsTests {
    @Test func aVerbAfterASurnameIsNoPreposition() throws {
        let tagger = try PartOfSpeechTagger.bundled()
        let words = ["In", "the", "deciding", "doubles", ",", "Ortega", "and", "Sergio", "Luna", "beat", "Whitby", "and", "Nathan", "Cole", "."]
        let tags = tagger.tag(sentence: words)
        #expect(tags[9].xpos != "IN" && tags[9].xpos != "AFX", "\(tags.map(\.xpos))")
        // The real prepositions keep their tag.
        #expect(tags[0].xpos == "IN", "\(tags.map(\.xpos))")
    }

    @Test func onlyPlainWordsOfThreeLettersOrMoreAreChecked() {
        var scratch = WordScratch()
        #expect(PrepositionWords.excludes(WordShape("beat", scratch: &scratch)))
        #expect(!PrepositionWords.excludes(WordShape("despite", scratch: &scratch)))
        #expect(!PrepositionWords.excludes(WordShape("Despite", scratch: &scratch)))
        #expect(!PrepositionWords.excludes(WordShape("anti", scratch: &scratch)))
        #expect(!PrepositionWords.excludes(WordShape("of", scratch: &scratch)))
        #expect(!PrepositionWords.excludes(WordShape("b4", scratch: &scratch)))
        #expect(!PrepositionWords.excludes(WordShape("co-op", scratch: &scratch)))
    }
}
