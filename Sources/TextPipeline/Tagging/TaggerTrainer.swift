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
            func rows(_ name: String) throws -> [[Substring]] {
                let text = try String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8)
                return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            }
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

    /// Trains a tagger on `sentences`. Deterministic for given sentences and options.
    public static func train(_ sentences: [CoNLLUSentence], options: Options = Options()) -> PartOfSpeechTagger {
        let started = Date()
        let classes = jointClasses(sentences)
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ("\($1.xpos)\t\($1.upos)", $0) })
        let truths: [[Int]] = sentences.map { $0.words.map { classIndex["\($0.xpos)\t\($0.upos)"]! } }

        var scratch = WordScratch()
        var occurrences: [(word: UInt64, tag: Int)] = []
        for (sentence, tags) in zip(sentences, truths) {
            for (word, tag) in zip(sentence.words, tags) {
                occurrences.append((WordShape(word.form, scratch: &scratch).lower, tag))
            }
        }
        let lexicon = TaggerLexicon.build(occurrences: occurrences, thresholds: options.lexicon)

        var perceptron = AveragedPerceptron(classCount: classes.count, tableBits: options.tableBits)
        var context = TaggerContext()
        var features: [UInt64] = []
        var order = Array(sentences.indices)
        var random = SplitMix64(seed: options.seed)
        let start = classes.count, start2 = classes.count + 1
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
                        context.features(at: i, previous: previous, previous2: previous2, into: &features)
                        guess = perceptron.train(features: features, truth: truth)
                    }
                    if guess == truth { correct += 1 }
                    total += 1
                    previous2 = previous
                    previous = guess
                }
            }
            options.log?(String(format: "epoch %2d  train accuracy %.2f  weights %d", epoch,
                                100 * Double(correct) / Double(max(total, 1)), perceptron.weightCount))
        }
        let model = perceptron.averaged(threshold: options.pruneThreshold, minimumSeen: options.minimumSeen)
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
        options.log?(String(format: "features %d  weights %d  lexicon %d  (%.1f s)", model.featureCount,
                            model.weightCount, lexicon.count, Date().timeIntervalSince(started)))
        return PartOfSpeechTagger(model: model, lexicon: lexicon, wordNet: options.wordNet, xposTags: classes.map(\.xpos),
                                  uposTags: classes.map(\.upos), recipe: recipe)
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
