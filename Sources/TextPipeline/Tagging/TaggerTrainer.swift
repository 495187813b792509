import Foundation

/// Trains the part-of-speech tagger from gold CoNLL-U sentences, and tags held-out folds for
/// jack-knifing (the parser trains on predicted tags).
public enum TaggerTrainer {
    /// Training settings; the defaults are the ones the bundled model was trained with.
    public struct Options: Sendable {
        public var epochs = 10
        public var seed: UInt64 = 1
        /// Averaged weights smaller than this are pruned.
        public var pruneThreshold: Float = 1.0
        /// Features observed fewer times are dropped from the model.
        public var minimumSeen = 3
        /// log2 of the feature-count sketch size.
        public var tableBits = 22
        /// Folds of held-out first-pass guesses the refiner (second pass) trains on; below 2, no refiner.
        public var refinerFolds = 5
        var lexicon = TaggerLexicon.Thresholds()
        var wordNet = WordNetClasses.empty
        /// Extra recipe entries (treebank name and version, ...) stored in the model file.
        public var recipe: [String: String] = [:]
        /// Progress lines (one per epoch), if wanted.
        public var log: (@Sendable (String) -> Void)?

        public init() {}

        /// Adds WordNet evidence features for unknown words, read from a directory holding OEWN's
        /// `lemmas.tsv`, `exceptions.tsv` and `instances.tsv` (tab-separated, header row first).
        public mutating func useWordNet(directory: String) throws {
            func rows(_ name: String) throws -> [[Substring]] { try HeaderedTSV.rows(name, in: directory) }
            let lemmas = try rows("lemmas.tsv").filter { $0.count >= 2 }.map { (String($0[0]), String($0[1])) }
            let exceptions = try rows("exceptions.tsv").filter { $0.count >= 3 }.map { (String($0[0]), String($0[2])) }
            let instances = try rows("instances.tsv").compactMap { $0.first.map(String.init) }
            wordNet = WordNetClasses.build(lemmas: lemmas, exceptions: exceptions, instances: instances)
            recipe["wordnet"] = "Open English WordNet 2025 (\(wordNet.keys.count) words)"
        }

        /// Tuning knobs, exposed for experiments on the development set.
        public var ambiguityMinimumShare: Double {
            get { lexicon.ambiguityMinimumShare }
            set { lexicon.ambiguityMinimumShare = newValue }
        }
        public var fixedMinimumShare: Double {
            get { lexicon.fixedMinimumShare }
            set { lexicon.fixedMinimumShare = newValue }
        }

        /// Words seen fewer times in training get no ambiguity class.
        public var ambiguityMinimumCount: Int {
            get { lexicon.ambiguityMinimumCount }
            set { lexicon.ambiguityMinimumCount = newValue }
        }
        /// Words seen at least this often with one dominant tag skip scoring.
        public var fixedMinimumCount: Int {
            get { lexicon.fixedMinimumCount }
            set { lexicon.fixedMinimumCount = newValue }
        }
    }

    /// Trains a tagger on `sentences`: the first pass on everything, then (with
    /// `refinerFolds` of at least 2) the refiner on first-pass guesses that are held out, each
    /// fold's guesses made by a first pass trained without it, so that the refiner learns how far
    /// to trust guesses as wrong as the ones it will see. Deterministic for given sentences and options.
    public static func train(_ sentences: [CoNLLUSentence], options: Options = Options()) -> PartOfSpeechTagger {
        let started = Date()
        let classes = jointClasses(sentences)
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ("\($1.xpos)\t\($1.upos)", $0) })
        let truths: [[Int]] = sentences.map { $0.words.map { classIndex["\($0.xpos)\t\($0.upos)"]! } }
        let all = Array(sentences.indices)
        let lexicon = lexicon(sentences, truths, all, options)
        let model = trainPass(sentences, truths, all, classCount: classes.count, lexicon: lexicon, guesses: nil, options: options)
        var refiner: PerceptronModel?
        if options.refinerFolds >= 2 {
            let guesses = heldOutGuesses(sentences, truths, classes: classes, options: options)
            refiner = trainPass(sentences, truths, all, classCount: classes.count, lexicon: lexicon, guesses: guesses, options: options)
        }
        var recipe = options.recipe
        recipe["epochs"] = "\(options.epochs)"
        recipe["seed"] = "\(options.seed)"
        recipe["sentences"] = "\(sentences.count)"
        recipe["tokens"] = "\(truths.reduce(0) { $0 + $1.count })"
        recipe["prune_threshold"] = "\(options.pruneThreshold)"
        recipe["minimum_seen"] = "\(options.minimumSeen)"
        recipe["ambiguity_minimum_count"] = "\(options.lexicon.ambiguityMinimumCount)"
        recipe["fixed_minimum_count"] = "\(options.lexicon.fixedMinimumCount)"
        recipe["fixed_minimum_share"] = "\(options.lexicon.fixedMinimumShare)"
        recipe["refiner_folds"] = "\(options.refinerFolds)"
        options.log?(String(format: "features %d  weights %d  refiner weights %d  lexicon %d  (%.1f s)", model.featureCount,
                            model.weightCount, refiner?.weightCount ?? 0, lexicon.count, Date().timeIntervalSince(started)))
        return PartOfSpeechTagger(model: model, refiner: refiner, lexicon: lexicon, wordNet: options.wordNet,
                                  xposTags: classes.map(\.xpos), uposTags: classes.map(\.upos), recipe: recipe)
    }

    /// First-pass classes for every word, each fold's made by a first pass (and tag dictionary)
    /// trained on the other folds; sentence `i` is in fold `i % refinerFolds`.
    private static func heldOutGuesses(_ sentences: [CoNLLUSentence], _ truths: [[Int]],
                                       classes: [(xpos: String, upos: String)], options: Options) -> [[Int]] {
        let folds = options.refinerFolds
        var guesses = [[Int]](repeating: [], count: sentences.count)
        var quiet = options
        quiet.log = nil
        for fold in 0..<folds {
            let training = sentences.indices.filter { $0 % folds != fold }
            let foldLexicon = lexicon(sentences, truths, training, options)
            let foldModel = trainPass(sentences, truths, training, classCount: classes.count, lexicon: foldLexicon,
                                      guesses: nil, options: quiet)
            let foldTagger = PartOfSpeechTagger(model: foldModel, refiner: nil, lexicon: foldLexicon, wordNet: options.wordNet,
                                                xposTags: classes.map(\.xpos), uposTags: classes.map(\.upos), recipe: [:])
            var workspace = PartOfSpeechTagger.Workspace()
            for s in sentences.indices where s % folds == fold {
                guesses[s] = foldTagger.classify(sentences[s].words.lazy.map(\.form), workspace: &workspace)
            }
            options.log?("refiner: held-out guesses for fold \(fold + 1)/\(folds)")
        }
        return guesses
    }

    /// The tag dictionary of the sentences numbered `subset`.
    private static func lexicon(_ sentences: [CoNLLUSentence], _ truths: [[Int]], _ subset: [Int], _ options: Options) -> TaggerLexicon {
        var scratch = WordScratch()
        var occurrences: [(word: UInt64, tag: Int)] = []
        for s in subset {
            for (word, tag) in zip(sentences[s].words, truths[s]) {
                occurrences.append((WordShape(word.form, scratch: &scratch).lower, tag))
            }
        }
        return TaggerLexicon.build(occurrences: occurrences, thresholds: options.lexicon)
    }

    /// Trains one pass's averaged perceptron on the sentences numbered `subset`; the refiner's
    /// pass reads `guesses` (a first-pass class per word of every sentence).
    private static func trainPass(_ sentences: [CoNLLUSentence], _ truths: [[Int]], _ subset: [Int], classCount: Int,
                                  lexicon: TaggerLexicon, guesses: [[Int]]?, options: Options) -> PerceptronModel {
        var perceptron = AveragedPerceptron(classCount: classCount, tableBits: options.tableBits)
        var context = TaggerContext()
        var features: [UInt64] = []
        var order = subset
        var random = SplitMix64(seed: options.seed)
        let start = classCount, start2 = classCount + 1
        let pass = guesses == nil ? "first pass" : "refiner"
        for epoch in 1...max(1, options.epochs) {
            random.shuffle(&order)
            var correct = 0, total = 0
            for s in order {
                context.load(sentences[s].words.lazy.map(\.form), lexicon: lexicon, wordNet: options.wordNet)
                var previous = start, previous2 = start2
                for i in 0..<context.count {
                    let truth = truths[s][i]
                    var guess = context.fixed[i]
                    if guess < 0 {
                        context.features(at: i, previous: previous, previous2: previous2, guesses: guesses?[s], into: &features)
                        guess = perceptron.train(features: features, truth: truth)
                    }
                    if guess == truth { correct += 1 }
                    total += 1
                    previous2 = previous
                    previous = guess
                }
            }
            options.log?(String(format: "%@ epoch %2d  train accuracy %.2f  weights %d", pass, epoch,
                                100 * Double(correct) / Double(max(total, 1)), perceptron.weightCount))
        }
        return perceptron.averaged(threshold: options.pruneThreshold, minimumSeen: options.minimumSeen)
    }

    /// Jack-knifed tags: splits `sentences` into `folds` interleaved folds (sentence `i` goes to
    /// fold `i % folds`), trains on the other folds and tags each held-out fold with that model.
    /// Returns, per sentence, the predicted (XPOS, UPOS) of each word, in input order. Use it to
    /// give a downstream model (the parser) training tags as noisy as the ones it will see.
    public static func jackknife(_ sentences: [CoNLLUSentence], folds: Int = 10, options: Options = Options())
        -> [[(xpos: String, upos: String)]]
    {
        precondition(folds >= 2, "jack-knifing needs at least two folds")
        var predicted = [[(xpos: String, upos: String)]](repeating: [], count: sentences.count)
        for fold in 0..<folds {
            let training = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            var foldOptions = options
            foldOptions.log = nil
            let tagger = train(training, options: foldOptions)
            for i in sentences.indices where i % folds == fold {
                predicted[i] = tagger.tag(sentence: sentences[i].words.map(\.form))
            }
            options.log?("jack-knife fold \(fold + 1)/\(folds) done")
        }
        return predicted
    }

    /// The (XPOS, UPOS) pairs of the training data, most frequent first (so ties in scoring go
    /// to the commoner tag), then by name.
    static func jointClasses(_ sentences: [CoNLLUSentence]) -> [(xpos: String, upos: String)] {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for word in sentence.words { counts["\(word.xpos)\t\(word.upos)", default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { key, _ in
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(parts[0]), String(parts[1]))
        }
    }
}
