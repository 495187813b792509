import Foundation
import Testing
@testable import TextPipeline

/// Training, the model file, rendering, and the committed model's trees for news sentences.
@Suite struct ParserTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/parser/tiny.conllu")

    static func tinyModel(seed: UInt64 = 7, members: Int = 1) throws -> ParserModel {
        let sentences = try CoNLLU.read(path: fixture.path)
        let labels = DependencyLabelSet.collect(from: sentences)
        var options = ParserTrainer.Options()
        options.epochs = 8
        options.seed = seed
        options.members = members
        options.bucketBits = 14
        // Eight epochs over a few sentences leave weights too small for the full treebank's pruning.
        options.pruneThreshold = 1e-3
        var trainer = ParserTrainer(labels: labels, options: options)
        return trainer.train(sentences.map { ParserTrainingSentence($0, labels: labels) }, recipe: ["seed": "\(seed)"])
    }

    @Test func trainingIsDeterministic() throws {
        let first = try Self.tinyModel().file().encoded()
        let second = try Self.tinyModel().file().encoded()
        #expect(first == second)
        let otherSeed = try Self.tinyModel(seed: 8).file().encoded()
        #expect(first != otherSeed, "the seed changes sentence order and exploration")
    }

    @Test func ensembleIsDeterministicAndLearnsItsTrainingTrees() throws {
        let ensemble = try Self.tinyModel(members: 3)
        #expect(try ensemble.file().encoded() == Self.tinyModel(members: 3).file().encoded())
        #expect(try ensemble.file().encoded() != Self.tinyModel().file().encoded(), "members average other seeds in")
        let sentences = try CoNLLU.read(path: Self.fixture.path)
        let result = ParserEvaluation.run(sentences, parser: DependencyParser(model: ensemble), tagger: nil, lemmatizer: nil)
        #expect(result.uas >= 90, "uas \(result.uas)")
    }

    @Test func ensembleOfOneIsTheSingleModel() throws {
        var weights = HashedRowTrainingWeights(classCount: 5, bits: 6)
        let keys: [UInt64] = [0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210]
        for step in 0..<20 {
            weights.observe()
            keys.withUnsafeBufferPointer { weights.update(truth: step % 3, guess: 4, keys: $0) }
        }
        let single = weights.averaged(threshold: 0.1)
        let ensemble = HashedRowTrainingWeights.averaged([weights], threshold: 0.1)
        #expect(single.weightCount == ensemble.weightCount && single.scale == ensemble.scale)
        let pair = HashedRowTrainingWeights.averaged([weights, weights], threshold: 0.1)
        #expect(pair.weightCount == single.weightCount, "the mean of equal members is each of them")
    }

    @Test func trainingWeightsAreWholeUnitsThatSaturate() {
        var weights = HashedRowTrainingWeights(classCount: 3, bits: 4)
        let keys: [UInt64] = [42 << 60]
        for _ in 0..<33_000 {
            weights.observe()
            keys.withUnsafeBufferPointer { weights.update(truth: 0, guess: 1, keys: $0) }
        }
        var scores = [Float](repeating: 0, count: weights.stride)
        keys.withUnsafeBufferPointer { k in scores.withUnsafeMutableBufferPointer { weights.score(k, into: $0) } }
        #expect(scores[0] == Float(Int16.max))
        #expect(scores[1] == Float(Int16.min))
        #expect(scores[2] == 0)
    }

    @Test func tinyModelLearnsItsTrainingTrees() throws {
        let model = try Self.tinyModel()
        let sentences = try CoNLLU.read(path: Self.fixture.path)
        let result = ParserEvaluation.run(sentences, parser: DependencyParser(model: model), tagger: nil, lemmatizer: nil)
        #expect(result.words == sentences.reduce(0) { $0 + $1.words.count })
        #expect(result.uas >= 90, "uas \(result.uas)")
        #expect(result.las >= 85, "las \(result.las)")
    }

    @Test func jackKnifeTagCacheIsReusedOnlyUnderItsKey() throws {
        let sentences = try CoNLLU.read(path: Self.fixture.path)
        let tags = sentences.map { PredictedTags(xpos: $0.words.map(\.xpos), upos: $0.words.map(\.upos)) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factsh-jk-\(UUID().uuidString).tsv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = TaggerTrainer.Options()
        let key = JackknifeTagging.cacheKey(folds: 5, options: options)
        try JackknifeTagging.save(tags, key: key, path: path)
        let loaded = try #require(JackknifeTagging.load(path: path, key: key, matching: sentences))
        #expect(loaded.map(\.xpos) == tags.map(\.xpos))
        options.refinerFolds = 1
        #expect(JackknifeTagging.load(path: path, key: JackknifeTagging.cacheKey(folds: 5, options: options), matching: sentences) == nil,
                "tags made by another tagger design are not reused")
        #expect(JackknifeTagging.load(path: path, key: JackknifeTagging.cacheKey(folds: 10, options: TaggerTrainer.Options()),
                                      matching: sentences) == nil)
        #expect(JackknifeTagging.load(path: path, key: key, matching: Array(sentences.reversed())) == nil, "other sentences")
        #expect(JackknifeTagging.load(path: path, key: key, matching: Array(sentences.dropLast())) == nil,
                "tags of a larger set (train + dev) are not reused for a prefix of it (train)")
    }

    @Test func pruningKeepsOnlyTheLargerWeights() throws {
        let weights = try Self.tinyModel().weights
        let pruned = weights.pruned(below: 0.5)
        #expect(pruned.weightCount < weights.weightCount)
        #expect(pruned.weightCount > 0)
        #expect(weights.pruned(below: 0).weightCount == weights.weightCount)
        var file = ModelFile(kind: "parser")
        pruned.write(to: &file, prefix: "w")
        #expect(try ParserWeights(from: file, prefix: "w").weightCount == pruned.weightCount)
    }

    @Test func modelFileRoundTrips() throws {
        let model = try Self.tinyModel()
        let bytes = model.file().encoded()
        let loaded = try ParserModel(file: try ModelFile(bytes: bytes))
        #expect(loaded.labels == model.labels)
        #expect(loaded.templates == model.templates)
        #expect(loaded.recipe["seed"] == "7")
        #expect(loaded.file().encoded() == bytes)
        var damaged = bytes
        damaged[damaged.count - 3] ^= 0xFF
        #expect(throws: (any Error).self) { try ParserModel(file: try ModelFile(bytes: damaged)) }
    }

    @Test func everyWordGetsAHeadAndOneRoot() throws {
        let parser = DependencyParser(model: try Self.tinyModel())
        var document = Self.document(["Officials", "met", "the", "mayor", "and", "the", "chief", "on", "Monday", "."],
                                     tags: ["NNS", "VBD", "DT", "NN", "CC", "DT", "NN", "IN", "NNP", "."])
        parser.parse(&document)
        #expect(document.tokens.filter { $0.head == -1 }.count == 1)
        #expect(document.tokens.allSatisfy { !$0.deprel.isEmpty })
        for (i, token) in document.tokens.enumerated() where token.head >= 0 {
            #expect(Int(token.head) != i)
            #expect((0..<10).contains(Int(token.head)))
        }
    }

    @Test func rendererDrawsTheTree() {
        var document = Self.document(["Lee", "spoke", "."], tags: ["NNP", "VBD", "."])
        document.tokens[0].head = 1; document.tokens[0].deprel = "nsubj"
        document.tokens[1].head = -1; document.tokens[1].deprel = "root"
        document.tokens[2].head = 1; document.tokens[2].deprel = "punct"
        #expect(TreeRenderer.render(document, sentence: 0) == """
            root  spoke  X/VBD  #2
            ├─ nsubj  Lee  X/NNP  #1
            └─ punct  .  X/.  #3
            """)
        #expect(TreeRenderer.table(document, sentence: 0).split(separator: "\n")[0] == "1\tLee\t\tX\tNNP\t2\tnsubj")
    }

    // MARK: - The committed model on news sentences

    static let bundledModelsPresent: Bool =
        (try? DependencyParser.bundled()) != nil && (try? PartOfSpeechTagger.bundled()) != nil

    /// Tags (committed tagger) and parses pre-tokenized words; returns (form → head form, relation).
    static func parse(_ sentence: String) throws -> [(form: String, head: String, deprel: String)] {
        let words = sentence.split(separator: " ").map(String.init)
        var document = document(words, tags: nil)
        try PartOfSpeechTagger.bundled().tag(&document)
        try Lemmatizer.bundled().lemmatize(&document)
        try DependencyParser.bundled().parse(&document)
        return document.tokens.map { t in
            (t.form, t.head < 0 ? "ROOT" : document.tokens[Int(t.head)].form, t.deprel)
        }
    }

    /// "head relation" of the first word spelled `form` ("joined nsubj:pass"), or "" when absent.
    static func arc(_ tree: [(form: String, head: String, deprel: String)], _ form: String) -> String {
        tree.first { $0.form == form }.map { "\($0.head) \($0.deprel)" } ?? ""
    }

    @Test(.enabled(if: bundledModelsPresent)) func passiveWithBy() throws {
        let tree = try Self.parse("The mayor will be joined by the police chief at the meeting .")
        #expect(Self.arc(tree, "joined") == "ROOT root")
        #expect(Self.arc(tree, "mayor") == "joined nsubj:pass")
        #expect(["joined obl:agent", "joined obl"].contains(Self.arc(tree, "chief")))
        #expect(Self.arc(tree, "by") == "chief case")
        withKnownIssue("the committed model hangs 'at the meeting' on 'chief' (nmod), not on 'joined'") {
            #expect(Self.arc(tree, "meeting") == "joined obl")
        }
    }

    @Test(.enabled(if: bundledModelsPresent)) func coordinationWithAsWellAs() throws {
        let tree = try Self.parse("The governor as well as two senators attended the hearing .")
        #expect(Self.arc(tree, "senators").hasSuffix(" conj") || Self.arc(tree, "senators") == "attended nsubj")
        #expect(Self.arc(tree, "senators") == "governor conj")
        #expect(Self.arc(tree, "governor") == "attended nsubj")
        #expect(Self.arc(tree, "as") == "senators cc")
        #expect(Self.arc(tree, "well") == "as fixed")
    }

    @Test(.enabled(if: bundledModelsPresent)) func titleBeforeName() throws {
        // EWT v2.16's style: the name heads, the title is its nmod:desc, the surname flat.
        let chief = try Self.parse("On Tuesday , Police Chief Charlie Beck spoke to reporters .")
        #expect(Self.arc(chief, "Charlie") == "spoke nsubj")
        #expect(Self.arc(chief, "Chief") == "Charlie nmod:desc")
        #expect(Self.arc(chief, "Police") == "Chief compound")
        #expect(Self.arc(chief, "Beck") == "Charlie flat")
        // The treebank's older style, which the parser still gives a sentence-initial title: one
        // flat chain headed by the title. Extraction reads both.
        let mayor = try Self.parse("Mayor Eric Garcetti spoke to reporters on Tuesday .")
        let head = Self.arc(mayor, "Garcetti").split(separator: " ").first.map(String.init) ?? ""
        #expect(Self.arc(mayor, "Garcetti").hasSuffix(" flat"))
        #expect(Self.arc(mayor, head) == "spoke nsubj")
        withKnownIssue("a sentence-initial 'Police' is tagged NNS and parsed as a second subject") {
            let initial = try Self.parse("Police Chief Charlie Beck spoke to reporters on Tuesday .")
            #expect(Self.arc(initial, "Police") == "Chief compound")
        }
    }

    @Test(.enabled(if: bundledModelsPresent)) func appositive() throws {
        let tree = try Self.parse("John Smith , the city manager , resigned on Friday .")
        #expect(Self.arc(tree, "manager") == "John appos")
        #expect(Self.arc(tree, "John") == "resigned nsubj")
        #expect(Self.arc(tree, "resigned") == "ROOT root")
    }

    @Test(.enabled(if: bundledModelsPresent)) func quoteWithAttribution() throws {
        let tree = try Self.parse("\" We will not comply with the order , \" the governor said .")
        #expect(Self.arc(tree, "governor") == "said nsubj")
        // EWT makes the say-verb the root with the quote as ccomp; parataxis either way is accepted.
        #expect(["said ccomp", "said parataxis"].contains(Self.arc(tree, "comply"))
                || (Self.arc(tree, "comply") == "ROOT root" && Self.arc(tree, "said") == "comply parataxis"))
    }

    @Test(.enabled(if: bundledModelsPresent)) func relativeClauseWithWho() throws {
        let tree = try Self.parse("The officials who attended the meeting praised the plan .")
        #expect(Self.arc(tree, "attended") == "officials acl:relcl")
        #expect(Self.arc(tree, "who") == "attended nsubj")
        #expect(Self.arc(tree, "officials") == "praised nsubj")
        #expect(Self.arc(tree, "plan") == "praised obj")
    }

    /// One sentence of pre-tokenized words, with Penn tags when given (UPOS left as X).
    static func document(_ words: [String], tags: [String]?) -> AnnotatedDocument {
        var text = ""
        var tokens: [Token] = []
        for (i, word) in words.enumerated() {
            let start = text.utf8.count
            text += word
            var token = Token(start: Int32(start), end: Int32(text.utf8.count), form: word)
            if let tags { token.xpos = tags[i]; token.upos = "X" }
            tokens.append(token)
            text += " "
        }
        return AnnotatedDocument(text: text, tokens: tokens, sentences: [0..<tokens.count])
    }
}
