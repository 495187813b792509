import Foundation

/// Assigns UPOS and Penn XPOS tags: a greedy left-to-right averaged perceptron over joint
/// (XPOS, UPOS) classes, trained on UD English EWT (see `TaggerTrainer`).
///
/// Tagging runs in two passes. The first sees only the tags already chosen to its left; the
/// second (the refiner) tags the sentence again, left to right, seeing also the first pass's
/// guesses for the words to its right ("the *complex* was built" versus "a *complex* issue").
public struct PartOfSpeechTagger: Sendable {
    let model: PerceptronModel
    /// The second pass's model, trained on held-out first-pass guesses; nil in a one-pass model.
    let refiner: PerceptronModel?
    let lexicon: TaggerLexicon
    let wordNet: WordNetClasses
    /// Penn tag of each class.
    public let xposTags: [String]
    /// Universal tag of each class.
    public let uposTags: [String]
    /// How the model was trained (treebank, seed, epochs, date, ...).
    public let recipe: [String: String]
    /// The classes tagged `IN` or `AFX`, which only `PrepositionWords` may take.
    let prepositionClasses: [Int]

    static let modelKind = "tagger"

    init(model: PerceptronModel, refiner: PerceptronModel?, lexicon: TaggerLexicon, wordNet: WordNetClasses,
         xposTags: [String], uposTags: [String], recipe: [String: String]) {
        self.model = model
        self.refiner = refiner
        self.lexicon = lexicon
        self.wordNet = wordNet
        self.xposTags = xposTags
        self.uposTags = uposTags
        self.recipe = recipe
        self.prepositionClasses = xposTags.indices.filter { xposTags[$0] == "IN" || xposTags[$0] == "AFX" }
    }

    /// The tagger trained on UD English EWT, loaded from the package's resources.
    public static func bundled() throws -> PartOfSpeechTagger {
        guard let url = Bundle.module.url(forResource: "tagger", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "tagger", withExtension: "model")
        else { throw ModelFileError.missingSection("Resources/tagger.model") }
        return try PartOfSpeechTagger(contentsOf: url)
    }

    /// Loads a tagger model file.
    public init(contentsOf url: URL) throws {
        try self.init(file: try ModelFile(contentsOf: url))
    }

    /// Reads a tagger from a decoded model file, checking its parts agree.
    public init(file: ModelFile) throws {
        guard file.kind == Self.modelKind else { throw ModelFileError.wrongKind(expected: Self.modelKind, found: file.kind) }
        let model = try PerceptronModel(from: file, prefix: "tags")
        let refiner = file.hasSection("refiner.meta") ? try PerceptronModel(from: file, prefix: "refiner") : nil
        guard refiner == nil || refiner!.classCount == model.classCount else {
            throw ModelFileError.malformed("the refiner's classes differ from the first pass's")
        }
        let xpos = try file.list("xpos")
        let upos = try file.list("upos")
        guard xpos.count == model.classCount, upos.count == model.classCount else {
            throw ModelFileError.malformed("tag lists do not match the model's \(model.classCount) classes")
        }
        guard try file.list("templates") == TaggerTemplate.names else {
            throw ModelFileError.malformed("feature templates differ from this build's; retrain with `factsh train tagger`")
        }
        let keys = try file.array(UInt64.self, "lexicon.keys")
        let values = try file.array(UInt32.self, "lexicon.values")
        guard keys.count == values.count, values.allSatisfy({ Int($0 >> 16) <= model.classCount }) else {
            throw ModelFileError.malformed("lexicon")
        }
        let wordNetKeys = try file.array(UInt32.self, "wordnet.keys")
        let wordNetValues = try file.array(UInt16.self, "wordnet.values")
        guard wordNetKeys.count == wordNetValues.count else { throw ModelFileError.malformed("wordnet") }
        self.init(model: model, refiner: refiner, lexicon: TaggerLexicon(keys: keys, values: values),
                  wordNet: WordNetClasses(keys: wordNetKeys, values: wordNetValues), xposTags: xpos, uposTags: upos, recipe: file.recipe)
    }

    /// The model file holding this tagger.
    public func modelFile() -> ModelFile {
        var file = ModelFile(kind: Self.modelKind, recipe: recipe,
                             lists: ["xpos": xposTags, "upos": uposTags, "templates": TaggerTemplate.names])
        model.write(to: &file, prefix: "tags")
        refiner?.write(to: &file, prefix: "refiner")
        file.setArray(lexicon.keys, for: "lexicon.keys")
        file.setArray(lexicon.values, for: "lexicon.values")
        file.setArray(wordNet.keys, for: "wordnet.keys")
        file.setArray(wordNet.values, for: "wordnet.values")
        return file
    }

    /// Number of (XPOS, UPOS) classes.
    public var classCount: Int { model.classCount }

    /// Tags every token of `document`, sentence by sentence (the whole text as one sentence when
    /// it has not been split).
    public func tag(_ document: inout AnnotatedDocument) {
        var workspace = Workspace()
        let ranges = document.sentences.isEmpty ? [document.tokens.indices] : document.sentences
        for range in ranges where !range.isEmpty {
            // The forms through a buffer pointer: a lazy map over the array copied each whole token.
            let classes = document.tokens.withUnsafeBufferPointer { tokens in
                classify(range.lazy.map { tokens[$0].form }, workspace: &workspace)
            }
            for (offset, c) in classes.enumerated() {
                document.tokens[range.lowerBound + offset].xpos = xposTags[c]
                document.tokens[range.lowerBound + offset].upos = uposTags[c]
            }
            retagVerbless(&document, range: range)
            retagCountedNouns(&document, range: range)
            retagRelativeClauseVerbs(&document, range: range)
            retagForeignAdjectives(&document, range: range)
            retagPluralPossessives(&document, range: range)
            retagNameWords(&document, range: range)
        }
    }

    /// The (XPOS, UPOS) tags of one sentence's words.
    public func tag(sentence forms: [String]) -> [(xpos: String, upos: String)] {
        var workspace = Workspace()
        return classify(forms, workspace: &workspace).map { (xposTags[$0], uposTags[$0]) }
    }

    /// Reusable buffers for tagging many sentences.
    struct Workspace {
        var context = TaggerContext()
        var features: [UInt64] = []
        var scores: [Int32] = []
        var classes: [Int] = []
    }

    /// The class of each word of one sentence, chosen left to right.
    func classify<Forms: Collection>(_ forms: Forms, workspace: inout Workspace) -> [Int] where Forms.Element == String {
        workspace.context.load(forms, lexicon: lexicon, wordNet: wordNet)
        return classifyLoaded(workspace: &workspace)
    }

    /// Tags the sentence already loaded into `workspace.context`: the first pass, then the refiner's.
    func classifyLoaded(workspace: inout Workspace) -> [Int] {
        let guesses = classifyLoaded(model: model, guesses: nil, workspace: &workspace)
        guard let refiner else { return guesses }
        return classifyLoaded(model: refiner, guesses: guesses, workspace: &workspace)
    }

    /// One left-to-right pass of `model` over the loaded sentence; `guesses` are a previous
    /// pass's classes, which the refiner's features read to the right of each word.
    func classifyLoaded(model: PerceptronModel, guesses: [Int]?, workspace: inout Workspace) -> [Int] {
        let n = workspace.context.count
        workspace.classes.removeAll(keepingCapacity: true)
        if workspace.scores.count != model.classCount { workspace.scores = [Int32](repeating: 0, count: model.classCount) }
        var previous = model.classCount, previous2 = model.classCount + 1
        for i in 0..<n {
            var c = workspace.context.fixed[i]
            if c < 0 {
                workspace.context.features(at: i, previous: previous, previous2: previous2, guesses: guesses,
                                           into: &workspace.features)
                c = workspace.features.withUnsafeBufferPointer { features in
                    workspace.scores.withUnsafeMutableBufferPointer { scores in
                        for k in scores.indices { scores[k] = 0 }
                        model.accumulate(features, into: scores)
                        let best = PerceptronModel.argmax(UnsafeBufferPointer(scores))
                        // A closed class: a word no preposition is takes its best other tag.
                        guard prepositionClasses.contains(best), PrepositionWords.excludes(workspace.context.words[i + 2]) else { return best }
                        for k in prepositionClasses { scores[k] = Int32.min }
                        return PerceptronModel.argmax(UnsafeBufferPointer(scores))
                    }
                }
            }
            workspace.classes.append(c)
            previous2 = previous
            previous = c
        }
        return workspace.classes
    }
}
