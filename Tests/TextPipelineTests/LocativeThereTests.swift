import Testing
import FactModel
@testable import TextPipeline

/// A locative "there" stands for a place: coreference links it (`Pronoun.locative`) and the
/// extractor makes it a place qualifier of its verb.
@Suite struct LocativeThereTests {
    @Test func thereJoinsThePlaceOfAnEarlierSentence() {
        var document = EntityTestDocument.make("In [Ohio]LOC, [Ana Ruiz]PER won easily. She earned 12 delegates there.")
        CoreferenceTests.attach("earned", to: nil, as: "root", in: &document)
        CoreferenceTests.attach("She", to: "earned", as: "nsubj", in: &document)
        CoreferenceTests.attach("there", to: "earned", as: "advmod", in: &document)
        EntityTestDocument.recognizer.recognize(&document)
        #expect(document.entity(atWord: "there")?.name == "Ohio", "\(document.entities.map(\.name))")
    }

    @Test func anExpletiveThereIsNoPlace() {
        var document = EntityTestDocument.make("In [Ohio]LOC, [Ana Ruiz]PER won easily. There were 12 delegates.")
        CoreferenceTests.attach("were", to: nil, as: "root", in: &document)
        CoreferenceTests.attach("There", to: "were", as: "expl", in: &document)
        EntityTestDocument.recognizer.recognize(&document)
        #expect(document.entity(atWord: "There") == nil)
    }

    @Test func thereIsAPlaceQualifierOfItsVerb() {
        // "She earned 12 delegates there."
        let facts = ExtractionTreeBuilder.facts("""
            1 She she PRON PRP 2 nsubj
            2 earned earn VERB VBD 0 root
            3 12 12 NUM CD 4 nummod
            4 delegates delegate NOUN NNS 2 obj
            5 there there ADV RB 2 advmod
            6 . . PUNCT . 2 punct
            """)
        #expect(compact(facts).contains("(She; earned; 12 delegates; in: there)"), "\(facts.map(\.compact))")
    }
}
