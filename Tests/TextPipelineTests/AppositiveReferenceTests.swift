import Testing
import FactModel
@testable import TextPipeline

/// A description with one person's name in apposition refers to that person
/// (`SentenceTree.argument(_:mentions:namedByAppositive:)`), over hand-built trees.
@Suite struct AppositiveReferenceTests {
    @Test func aDescriptionWithANameInAppositionLinksToThatPerson() {
        // "His sister, Dana Cole, won the race."
        let facts = ExtractionTreeBuilder.facts("""
            1 His his PRON PRP$ 2 nmod:poss
            2 sister sister NOUN NN 7 nsubj
            3 , , PUNCT , 4 punct
            4 Dana Dana PROPN NNP 2 appos
            5 Cole Cole PROPN NNP 4 flat
            6 , , PUNCT , 4 punct
            7 won win VERB VBD 0 root
            8 the the DET DT 9 det
            9 race race NOUN NN 7 obj
            10 . . PUNCT . 7 punct
            """, entities: [("Dana Cole", .person)])
        let won = facts.first { $0.kind == .event && $0.predicate.lemma == "win" }
        #expect(won?.subject.text == "His sister", "\(facts.map(\.compact))")
        #expect(won?.subject.entity == 0)
        // The appositive's description says what she is; it is no reference to her.
        let appositive = facts.first { $0.kind == .appositive }
        #expect(appositive?.subject.entity == 0 && appositive?.object?.entity == nil, "\(facts.map(\.compact))")
        // The name as written still does what the description does.
        #expect(facts.contains { $0.kind == .derived && $0.subject.text == "Dana Cole" && $0.predicate.lemma == "win" })
    }

    @Test func aPluralDescriptionStaysUnlinked() {
        // "Two judges, Dana Cole and Eli Park, signed the order."
        let facts = ExtractionTreeBuilder.facts("""
            1 Two two NUM CD 2 nummod
            2 judges judge NOUN NNS 10 nsubj
            3 , , PUNCT , 4 punct
            4 Dana Dana PROPN NNP 2 appos
            5 Cole Cole PROPN NNP 4 flat
            6 and and CCONJ CC 7 cc
            7 Eli Eli PROPN NNP 4 conj
            8 Park Park PROPN NNP 7 flat
            9 , , PUNCT , 4 punct
            10 signed sign VERB VBD 0 root
            11 the the DET DT 12 det
            12 order order NOUN NN 10 obj
            13 . . PUNCT . 10 punct
            """, entities: [("Dana Cole", .person), ("Eli Park", .person)])
        let signed = facts.filter { $0.predicate.lemma == "sign" }
        #expect(signed.first { $0.kind == .event }?.subject.entity == nil, "\(facts.map(\.compact))")
        #expect(Set(signed.filter { $0.kind == .derived }.map(\.subject.text)) == ["Dana Cole", "Eli Park"], "\(facts.map(\.compact))")
    }
}

extension AppositiveReferenceTests {
    @Test func aTitleRightBeforeNamesDescribesThemWithoutTheFirstName() {
        // "Ada Moss met officers Leo Park and Eva Ruiz." parsed with the names in apposition to
        // "officers"; the title's phrase keeps the first name.
        let facts = ExtractionTreeBuilder.facts("""
            1 Ada Ada PROPN NNP 3 nsubj
            2 Moss Moss PROPN NNP 1 flat
            3 met meet VERB VBD 0 root
            4 officers officer NOUN NNS 3 obj
            5 Leo Leo PROPN NNP 4 appos
            6 Park Park PROPN NNP 5 flat
            7 and and CCONJ CC 8 cc
            8 Eva Eva PROPN NNP 5 conj
            9 Ruiz Ruiz PROPN NNP 8 flat
            10 . . PUNCT . 3 punct
            """, entities: [("Ada Moss", .person), ("Leo Park", .person), ("Eva Ruiz", .person)])
        let descriptions = Set(facts.filter { $0.kind == .appositive }.map(\.compact))
        #expect(descriptions == ["appositive (Leo Park; be; officers)", "appositive (Eva Ruiz; be; officers)"], "\(facts.map(\.compact))")
        // The names are the object themselves ("officers" is their shared title), so each met fact is the verb's own.
        let met = Set(facts.filter { $0.predicate.lemma == "meet" }.compactMap { $0.object?.text })
        #expect(met.isSuperset(of: ["Leo Park", "Eva Ruiz"]), "\(facts.map(\.compact))")
    }
}
