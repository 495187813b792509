import FactModel
import Testing
@testable import QueryLanguage

/// A yes from a sentence needs every name the question asks about: a sentence that covers most of
/// the question's words by weight but never names one of them says neither yes nor no.
@Suite struct YesNoNamesTests: AsksQuestions {
    static func makeCampaignStory() -> FakeFactSource {
        let source = FakeFactSource()
        let vik = source.entity("Lena Vik", .person, aliases: ["Vik"])
        let moss = source.entity("Ada Moss", .person, aliases: ["Moss"])
        let hart = source.entity("Tom Hart", .person, aliases: ["Hart"])
        // No facts: the sentences alone must answer.
        _ = source.sentence("In her campaign, Lena Vik has met with several mayors, meeting with Governor Ada Moss.", mentions: [
            ("Lena Vik", .entity(.person), vik), ("Ada Moss", .entity(.person), moss)])
        _ = source.sentence("Tom Hart wrote the campaign's songs.", mentions: [("Tom Hart", .entity(.person), hart)])
        return source
    }

    let engine = QueryEngine(source: makeCampaignStory(), lexicon: FakeLexicon())

    @Test func aSentenceNamingEveryoneAskedSaysYes() {
        #expect(answers("did Vik meet Moss") == ["yes"])
        #expect(answers("did Vik meet the governor") == ["yes"])
    }

    @Test func aSentenceThatNeverNamesTheAskedPersonSaysNothing() {
        #expect(answers("did Vik meet Hart") == [])
        #expect(answers("did Vik meet Carlsen") == [], "a name the corpus never mentions")
    }
}

/// "was the ferry captain present at the dock": a description named in one sentence and told of as "he" in
/// the next is that sentence's subject, so its negation answers no.
@Suite struct YesNoPronounTests: AsksQuestions {
    static func makeFerryStory() -> FakeFactSource {
        let source = FakeFactSource()
        let dock = source.entity("Kelp Harbour Dock", .place)
        _ = source.sentence("The crossing was cancelled after a Norland ferry captain fell ill.")
        _ = source.sentence("Officials said he was not present at Kelp Harbour Dock, where the Norland ferry was moored.",
                            mentions: [("Kelp Harbour Dock", .entity(.place), dock)])
        return source
    }

    /// The fake lexicon with word classes, so "captain" (a noun only) goes on with the name
    /// before it and "present" is read as the complement.
    struct ClassedLexicon: Lexicon {
        let base = FakeLexicon()
        func lemma(of word: String, as wordClass: WordClass) -> String { base.lemma(of: word, as: wordClass) }
        func verbs(derivedFromNoun noun: String) -> [String] { base.verbs(derivedFromNoun: noun) }
        func nouns(derivedFromVerb verb: String) -> [String] { base.nouns(derivedFromVerb: verb) }
        func synonyms(ofVerb verb: String) -> [String] { base.synonyms(ofVerb: verb) }
        func wordClasses(ofBaseForm word: String) -> Set<WordClass>? {
            ["ferry": [.noun], "captain": [.noun, .verb], "present": [.adjective, .noun, .verb]][word]
        }
    }

    let engine = QueryEngine(source: makeFerryStory(), lexicon: ClassedLexicon())

    @Test func aPronounAfterTheDescriptionAnswersForIt() {
        #expect(answers("was the Norland ferry captain present at Kelp Harbour Dock") == ["no"])
    }
}
