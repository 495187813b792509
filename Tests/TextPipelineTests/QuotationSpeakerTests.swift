import FactModel
import Testing
@testable import TextPipeline

/// "I" inside a quotation stands for the person quoted.
@Suite struct QuotationSpeakerTests {
    static let firstPerson: [String: (String, String)] = ["I": ("PRON", "PRP"), "me": ("PRON", "PRP"), "my": ("PRON", "PRP$")]

    static let lemmas = ["said": "say", "wrote": "write"]

    /// Recognizes `marked` after hanging each (word, head, relation) of `tree` (the test documents
    /// have no parser).
    static func recognize(_ marked: String, tree: [(String, String?, String)]) -> AnnotatedDocument {
        var document = EntityTestDocument.make(marked, tags: firstPerson)
        for i in document.tokens.indices { document.tokens[i].lemma = lemmas[document.tokens[i].form] ?? document.tokens[i].lemma }
        for (word, head, relation) in tree { CoreferenceTests.attach(word, to: head, as: relation, in: &document) }
        EntityTestDocument.recognizer.recognize(&document)
        return document
    }

    @Test func theSubjectOfTheSayVerbAfterTheQuotationSpeaks() {
        let document = Self.recognize(
            "“I thanked him for my new post,” [Dana Whitfield]PER said after meeting [Carl Ames]PER.",
            tree: [("said", nil, "root"), ("Dana", "said", "nsubj"), ("thanked", "said", "ccomp")])
        #expect(document.entity(atWord: "I")?.name == "Dana Whitfield")
        #expect(document.entity(atWord: "my")?.name == "Dana Whitfield")
    }

    @Test func anInvertedSayVerbGivesItsNameToo() {
        // "..., wrote Ames": the parser takes the name after the verb for its object.
        let document = Self.recognize(
            "[Dana Whitfield]PER left on Monday. “I will name a new adviser soon,” wrote [Carl Ames]PER.",
            tree: [("wrote", nil, "root"), ("Carl", "wrote", "obj"), ("name", "wrote", "ccomp")])
        #expect(document.entity(atWord: "I")?.name == "Carl Ames")
    }

    @Test func aQuotationThatOpensTheNextSentenceKeepsItsSpeaker() {
        let document = Self.recognize(
            "“We talked for an hour,” [Carl Ames]PER said. “I disagreed with [Dana Whitfield]PER often.”",
            tree: [("said", nil, "root"), ("Carl", "said", "nsubj"), ("talked", "said", "ccomp"), ("disagreed", nil, "root")])
        #expect(document.entity(atWord: "I")?.name == "Carl Ames")
    }

    @Test func aFirstPersonPronounOutsideAnyQuotationStaysUnresolved() {
        // An op-ed's "I" is its writer, whom the article does not name.
        let document = Self.recognize(
            "I met [Carl Ames]PER on Monday. He said the talks went well.",
            tree: [("said", nil, "root"), ("He", "said", "nsubj")])
        #expect(document.entity(atWord: "I") == nil)
    }

    @Test func aQuotationWithoutASayVerbHasNoSpeaker() {
        // The headline-like quotation names no speaker; "I" is left alone, not given to the
        // nearest name.
        let document = Self.recognize(
            "[Carl Ames]PER read the sign: “I am closed on Sundays.”",
            tree: [("read", nil, "root"), ("Carl", "read", "nsubj")])
        #expect(document.entity(atWord: "I") == nil)
    }

    @Test func aParagraphBreakClosesAQuotationLeftOpen() {
        let document = EntityTestDocument.make("“We will win,” [Carl Ames]PER said.\n\n“The plan works\n\nI agree, said [Dana Whitfield]PER.")
        let quotations = QuotationSpeakers.quotations(in: document)
        #expect(quotations.count == 2, "\(quotations)")
        #expect(quotations.last.map { document.text(ofTokens: $0) } == "The plan works")
    }
}
