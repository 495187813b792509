import FactModel
import Testing
@testable import TextPipeline

/// "student protester Joshua Wong": a description that is no title, written before a name,
/// says what the person is (name; be; description), as an apposition does.
@Suite struct DescriptionBeforeNameTests {
    @Test func aPersonNounBeforeANameDescribesIt() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Climate climate NOUN NN 2 compound
            2 activist activist NOUN NN 3 nmod:desc
            3 Mara Mara PROPN NNP 5 nsubj
            4 Quill Quill PROPN NNP 3 flat
            5 spoke speak VERB VBD 0 root
            6 . . PUNCT . 5 punct
            """, entities: [("Mara Quill", .person)])
        #expect(facts.contains { $0.predicate.lemma == "be" && $0.subject.text == "Mara Quill" && $0.object?.text == "Climate activist" },
                "\(facts.map(\.compact))")
    }

    @Test func aTitleOrANameBeforeANameIsNoDescription() {
        let facts = ExtractionTreeBuilder.facts("""
            1 Westland Westland PROPN NNP 2 compound
            2 Mayor mayor NOUN NN 3 nmod:desc
            3 Mara Mara PROPN NNP 5 nsubj
            4 Quill Quill PROPN NNP 3 flat
            5 spoke speak VERB VBD 0 root
            6 . . PUNCT . 5 punct
            """, entities: [("Mara Quill", .person), ("Westland", .place)])
        #expect(!facts.contains { $0.predicate.lemma == "be" && $0.subject.text == "Mara Quill" }, "\(facts.map(\.compact))")
        #expect(facts.contains { $0.kind == .title }, "\(facts.map(\.compact))")
    }
}
