import FactModel
import Testing
@testable import TextPipeline

@Suite struct LexiconTests {
    static let lexicon = try! WordNetLexicon.bundled()

    @Test(arguments: [
        ("attends", WordClass.verb, "attend"), ("attended", .verb, "attend"), ("met", .verb, "meet"),
        ("meetings", .noun, "meeting"), ("news", .noun, "news"), ("said", .verb, "say"), ("is", .verb, "be"),
    ])
    func lemmaByWordClass(_ word: String, _ wordClass: WordClass, _ lemma: String) {
        #expect(Self.lexicon.lemma(of: word, as: wordClass) == lemma)
    }

    @Test(arguments: [("attendance", "attend"), ("meeting", "meet"), ("announcement", "announce"),
                      ("election", "elect"), ("meetings", "meet")])
    func nounToVerb(_ noun: String, _ verb: String) {
        #expect(Self.lexicon.verbs(derivedFromNoun: noun).contains(verb))
    }

    @Test(arguments: [("attend", "attendance"), ("meet", "meeting"), ("attended", "attendance")])
    func verbToNoun(_ verb: String, _ noun: String) {
        #expect(Self.lexicon.nouns(derivedFromVerb: verb).contains(noun))
    }

    @Test func sayTellAndStateAreSynonyms() {
        #expect(Set(["tell", "state"]).isSubset(of: Self.lexicon.synonyms(ofVerb: "say")))
        #expect(Self.lexicon.synonyms(ofVerb: "said").contains("tell"))
        #expect(Self.lexicon.synonyms(ofVerb: "tell").contains("say"))
        #expect(Self.lexicon.synonyms(ofVerb: "attend").contains("go to"))
    }

    @Test func rareSensesAreNotSynonyms() {
        #expect(!Self.lexicon.synonyms(ofVerb: "kill").contains("vote down"))
        #expect(!Self.lexicon.synonyms(ofVerb: "meet").contains("see"))
        #expect(!Self.lexicon.synonyms(ofVerb: "attend").contains("take care"))
    }

    @Test(arguments: [("California", "state"), ("Iran", "country"), ("iran", "nation"), ("Miami", "city"),
                      ("Europe", "continent")])
    func placeNamesHaveTheirKinds(_ name: String, _ kind: String) {
        #expect(Self.lexicon.kinds(ofName: name).contains(kind))
    }

    @Test func aCountryIsNotAState() {
        #expect(!Self.lexicon.kinds(ofName: "United States").contains("state"))
        #expect(Self.lexicon.kinds(ofName: "Harry Dunn").isEmpty)
    }
}
