import Testing
import FactModel
@testable import QueryLanguage

/// With the sentence's tree, the fallback answers with the question verb's own subject or
/// object, not with any name near its words; and for "what" and "which N" with the noun phrase
/// the tree gives.
@Suite struct VerbRoleTests {
    /// "CNN reported Van Drew was expected to leave the party."
    static let reported = TreeSpec("CNN reported Van Drew was expected to leave the party .", [
        ("PROPN", "NNP", 2, "nsubj"), ("VERB", "VBD", 0, "root"), ("PROPN", "NNP", 4, "compound"),
        ("PROPN", "NNP", 6, "nsubj:pass"), ("AUX", "VBD", 6, "aux:pass"), ("VERB", "VBN", 2, "ccomp"),
        ("PART", "TO", 8, "mark"), ("VERB", "VB", 6, "xcomp"), ("DET", "DT", 10, "det"), ("NOUN", "NN", 8, "obj"),
        ("PUNCT", ".", 2, "punct"),
    ], lemmas: ["reported": "report", "was": "be", "expected": "expect"])

    @Test func thePassiveSubjectIsWhoUnderwentIt() {
        let spec = Self.reported
        let roles = SentenceFallback.verbRoles(in: spec.tree, text: spec.text, verbForms: ["expect", "expected"], asksDoer: false)
        #expect(roles.side(of: spec.range(of: "Van Drew")) == true)
        #expect(roles.side(of: spec.range(of: "CNN")) == nil)
    }

    @Test func anInfinitiveTakesItsControllerAsDoer() {
        let spec = Self.reported
        let roles = SentenceFallback.verbRoles(in: spec.tree, text: spec.text, verbForms: ["leave"], asksDoer: true)
        #expect(roles.side(of: spec.range(of: "Van Drew")) == true)
        #expect(roles.side(of: spec.range(of: "party")) == false)
    }

    @Test func aConjunctSharesItsSubjectAndAnAppositionNamesIt() {
        // "A former adviser , Sam Reed , spoke and encouraged supporters ."
        let spec = TreeSpec("A former adviser , Sam Reed , spoke and encouraged supporters .", [
            ("DET", "DT", 3, "det"), ("ADJ", "JJ", 3, "amod"), ("NOUN", "NN", 8, "nsubj"), ("PUNCT", ",", 5, "punct"),
            ("PROPN", "NNP", 3, "appos"), ("PROPN", "NNP", 5, "flat"), ("PUNCT", ",", 5, "punct"), ("VERB", "VBD", 0, "root"),
            ("CCONJ", "CC", 10, "cc"), ("VERB", "VBD", 8, "conj"), ("NOUN", "NNS", 10, "obj"), ("PUNCT", ".", 8, "punct"),
        ])
        let roles = SentenceFallback.verbRoles(in: spec.tree, text: spec.text, verbForms: ["encourage", "encouraged"], asksDoer: true)
        #expect(roles.side(of: spec.range(of: "Sam Reed")) == true)
        #expect(roles.side(of: spec.range(of: "supporters")) == false)
        #expect(roles.side(of: spec.range(of: "former")) == nil)
    }

    @Test func aRelativePronounStandsForItsNoun() {
        // "Kim Lee , who held the post , won ."
        let spec = TreeSpec("Kim Lee , who held the post , won .", [
            ("PROPN", "NNP", 2, "compound"), ("PROPN", "NNP", 9, "nsubj"), ("PUNCT", ",", 5, "punct"), ("PRON", "WP", 5, "nsubj"),
            ("VERB", "VBD", 2, "acl:relcl"), ("DET", "DT", 7, "det"), ("NOUN", "NN", 5, "obj"), ("PUNCT", ",", 5, "punct"),
            ("VERB", "VBD", 0, "root"), ("PUNCT", ".", 9, "punct"),
        ])
        let roles = SentenceFallback.verbRoles(in: spec.tree, text: spec.text, verbForms: ["hold", "held"], asksDoer: true)
        #expect(roles.side(of: spec.range(of: "Kim Lee")) == true)
    }

    @Test func aParticipleTargetsWhatItsNounDoes() {
        // "Iran launched missiles targeting US troops in Iraqi bases ."
        let spec = Self.targeting
        let roles = SentenceFallback.verbRoles(in: spec.tree, text: spec.text, verbForms: ["target", "targeting"], asksDoer: false)
        #expect(roles.askedHeads.map { spec.words[$0] } == ["troops"])
        #expect(SentenceFallback.nounPhrase(at: roles.askedHeads[0], in: spec.tree, text: spec.text) == "US troops in Iraqi bases")
        // The phrase's own preposition stays out: "in Iraqi bases" -> "Iraqi bases".
        #expect(SentenceFallback.nounPhrase(at: 8, in: spec.tree, text: spec.text) == "Iraqi bases")
    }

    static let targeting = TreeSpec("Iran launched missiles targeting US troops in Iraqi bases .", [
        ("PROPN", "NNP", 2, "nsubj"), ("VERB", "VBD", 0, "root"), ("NOUN", "NNS", 2, "obj"), ("VERB", "VBG", 3, "acl"),
        ("PROPN", "NNP", 6, "compound"), ("NOUN", "NNS", 4, "obj"), ("ADP", "IN", 9, "case"), ("ADJ", "JJ", 9, "amod"),
        ("NOUN", "NNS", 6, "nmod"), ("PUNCT", ".", 2, "punct"),
    ], lemmas: ["launched": "launch", "targeting": "target"])

    @Test func theFallbackAnswersWithTheVerbsOwnSubject() {
        let source = FakeFactSource()
        let cnn = source.entity("CNN", .organization)
        let drew = source.entity("Van Drew", .person)
        _ = source.sentence(Self.reported.text, mentions: [("CNN", .entity(.organization), cnn), ("Van Drew", .entity(.person), drew)])
        let parsed = QueryEngine(source: source, lexicon: FakeLexicon(), sentenceParser: CannedParser(specs: [Self.reported]))
        let wordsOnly = QueryEngine(source: source, lexicon: FakeLexicon())
        #expect(answers(parsed, "who was expected to leave the party") == ["Van Drew"])
        // By the words alone, both names stand near "expected".
        #expect(Set(answers(wordsOnly, "who was expected to leave the party")) == ["Van Drew", "CNN"])
    }

    @Test func whatIsAnsweredWithThePhraseTheTreeGives() {
        let source = FakeFactSource()
        let iran = source.entity("Iran", .place)
        let us = source.entity("United States", .place, aliases: ["US"])
        _ = source.sentence(Self.targeting.text, mentions: [("Iran", .entity(.place), iran), ("US", .entity(.place), us)])
        let parsed = QueryEngine(source: source, lexicon: FakeLexicon(), sentenceParser: CannedParser(specs: [Self.targeting]))
        #expect(answers(parsed, "what did Iran target with missiles") == ["US troops in Iraqi bases"])
    }

    private func answers(_ engine: QueryEngine, _ text: String) -> [String] {
        guard case .success(let table)? = engine.run(text).first else { return ["<error>"] }
        return table.rows.map { $0.values[0] }
    }
}

/// A sentence of space-separated words and the tree written for it: (UPOS, XPOS, head counted
/// from 1 with 0 for the root, relation) per word; a word's lemma is itself in lower case
/// unless `lemmas` gives it.
struct TreeSpec: Sendable {
    let text: String
    let words: [String]
    let tree: DependencyTree

    init(_ text: String, _ analyses: [(String, String, Int, String)], lemmas: [String: String] = [:]) {
        self.text = text
        words = text.split(separator: " ").map(String.init)
        precondition(words.count == analyses.count, "one analysis per word")
        var offset = 0
        var treeWords: [DependencyTree.Word] = []
        for (word, (upos, xpos, head, relation)) in zip(words, analyses) {
            treeWords.append(DependencyTree.Word(start: offset, end: offset + word.utf8.count, lemma: lemmas[word] ?? word.lowercased(), upos: upos,
                                                 xpos: xpos, head: head == 0 ? nil : head - 1, relation: relation))
            offset += word.utf8.count + 1
        }
        tree = DependencyTree(words: treeWords)
    }

    /// The byte range of the first occurrence of `phrase`.
    func range(of phrase: String) -> Range<Int> {
        let bytes = Array(text.utf8), wanted = Array(phrase.utf8)
        let start = (0...(bytes.count - wanted.count)).first { Array(bytes[$0..<($0 + wanted.count)]) == wanted } ?? 0
        return start..<(start + wanted.count)
    }
}

/// A parser that knows the trees of some sentences, written by hand.
struct CannedParser: SentenceParsing {
    let specs: [TreeSpec]
    func tree(of sentence: String) -> DependencyTree? { specs.first { $0.text == sentence }?.tree }
}
