import Foundation
import Testing
@testable import TextPipeline

/// Selectional branching (`ParserBranching`): still one well-formed tree per sentence, and
/// one branch is exactly greedy decoding.
@Suite struct ParserBranchingTests {
    /// Every word has a head inside the sentence or ROOT, exactly one goes to ROOT, every word
    /// reaches ROOT (no cycle), and every arc has a relation.
    static func expectWellFormedTree(_ document: AnnotatedDocument, _ note: String) {
        let tokens = document.tokens
        #expect(tokens.filter { $0.head == -1 }.count == 1, "one root: \(note)")
        for (i, token) in tokens.enumerated() {
            #expect(!token.deprel.isEmpty, "relation: \(note)")
            var node = i, steps = 0
            while tokens[node].head >= 0 && steps <= tokens.count {
                node = Int(tokens[node].head)
                steps += 1
            }
            #expect(tokens[node].head == -1 && steps <= tokens.count, "word \(i) reaches ROOT: \(note)")
        }
    }

    static let sentences: [(words: [String], tags: [String])] = [
        (["Officials", "met", "the", "mayor", "and", "the", "chief", "on", "Monday", "."],
         ["NNS", "VBD", "DT", "NN", "CC", "DT", "NN", "IN", "NNP", "."]),
        (["The", "council", "said", "the", "bridge", "would", "reopen", "in", "May", "."],
         ["DT", "NN", "VBD", "DT", "NN", "MD", "VB", "IN", "NNP", "."]),
        (["Rain", "."], ["NN", "."]),
        (["Go"], ["VB"]),
    ]

    @Test func branchingGivesOneWellFormedTreePerSentence() throws {
        let model = try ParserTests.tinyModel()
        for branches in [2, 4, 8] {
            // A margin this large lets every decision branch.
            let parser = DependencyParser(model: model, branching: ParserBranching(branches: branches, margin: 1e6))
            for sentence in Self.sentences {
                var document = ParserTests.document(sentence.words, tags: sentence.tags)
                parser.parse(&document)
                Self.expectWellFormedTree(document, "\(branches) branches: \(sentence.words.joined(separator: " "))")
            }
        }
    }

    @Test func oneBranchIsGreedyDecoding() throws {
        let model = try ParserTests.tinyModel()
        #expect(ParserBranching(branches: 0, margin: 5).branches == 1)
        let greedy = DependencyParser(model: model)
        let single = DependencyParser(model: model, branching: ParserBranching(branches: 1, margin: 1e6))
        let closeOnly = DependencyParser(model: model, branching: ParserBranching(branches: 4, margin: -1))
        for sentence in Self.sentences {
            var a = ParserTests.document(sentence.words, tags: sentence.tags)
            var b = a, c = a
            greedy.parse(&a)
            single.parse(&b)
            closeOnly.parse(&c)
            #expect(a.tokens.map(\.head) == b.tokens.map(\.head) && a.tokens.map(\.deprel) == b.tokens.map(\.deprel))
            #expect(a.tokens.map(\.head) == c.tokens.map(\.head), "no decision is within a negative margin")
        }
    }

    @Test func branchingKeepsTheTrainingTreesOfATrainedModel() throws {
        let model = try ParserTests.tinyModel()
        let sentences = try CoNLLU.read(path: ParserTests.fixture.path)
        let greedy = ParserEvaluation.run(sentences, parser: DependencyParser(model: model), tagger: nil, lemmatizer: nil)
        let branching = ParserEvaluation.run(
            sentences, parser: DependencyParser(model: model, branching: ParserBranching(branches: 4, margin: 1e6)),
            tagger: nil, lemmatizer: nil)
        #expect(branching.words == greedy.words)
        #expect(branching.uas >= 90, "uas \(branching.uas)")
    }

    @Test(.enabled(if: ParserTests.bundledModelsPresent)) func committedModelBranchesIntoWellFormedTrees() throws {
        let parser = try DependencyParser(model: DependencyParser.bundled().model,
                                          branching: ParserBranching(branches: 4, margin: 20))
        for text in ["Lee, the city manager, resigned on Friday after the vote.",
                     "The bridge, which opened in 1932, will be closed while crews repair it, officials said.",
                     "Asked whether she would run again, the senator declined to comment."] {
            var document = AnnotatedDocument(text: text, tokens: Tokenizer().tokenize(text))
            document.sentences = [0..<document.tokens.count]
            try PartOfSpeechTagger.bundled().tag(&document)
            try Lemmatizer.bundled().lemmatize(&document)
            parser.parse(&document)
            Self.expectWellFormedTree(document, text)
        }
    }
}
