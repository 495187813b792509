import Foundation

/// Predicted tags for one treebank sentence.
public struct PredictedTags: Sendable {
    public var xpos: [String]
    public var upos: [String]
}

/// Jack-knifed tagging for parser training: each fold of the training set is tagged by a tagger
/// trained on the other folds (`TaggerTrainer`), so the parser learns from tags as noisy as the
/// ones it sees at run time. Folds train two at a time (the machine budget is two cores).
public enum JackknifeTagging {
    /// Predicted tags for every sentence, in input order. Sentence `i` belongs to fold `i % folds`,
    /// as in `TaggerTrainer.jackknife`. Deterministic for given sentences, folds and options
    /// (which should be the bundled tagger's, WordNet evidence included, so that the training
    /// tags are as noisy as the run-time ones, no more).
    public static func tags(for sentences: [CoNLLUSentence], folds: Int, options taggerOptions: TaggerTrainer.Options,
                            workers: Int = 2, log: @escaping @Sendable (String) -> Void) -> [PredictedTags] {
        precondition(folds >= 2)
        let results = FoldResults(count: folds)
        DispatchQueue.concurrentPerform(iterations: min(workers, folds)) { worker in
            for fold in stride(from: worker, to: folds, by: workers) {
                var options = taggerOptions
                options.log = nil
                let training = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
                let tagger = TaggerTrainer.train(training, options: options)
                var tagged: [PredictedTags] = []
                for i in sentences.indices where i % folds == fold {
                    let tags = tagger.tag(sentence: sentences[i].words.map(\.form))
                    tagged.append(PredictedTags(xpos: tags.map(\.xpos), upos: tags.map(\.upos)))
                }
                results.set(fold, tagged)
                log("jack-knife fold \(fold + 1)/\(folds) tagged")
            }
        }
        var predicted: [PredictedTags] = []
        predicted.reserveCapacity(sentences.count)
        var next = [Int](repeating: 0, count: folds)
        for i in sentences.indices {
            let fold = i % folds
            predicted.append(results.get(fold)[next[fold]])
            next[fold] += 1
        }
        return predicted
    }

    /// What made a set of jack-knifed tags: the folds and the tagger's training options. A cache
    /// written under another key (a retrained tagger design, other folds) is not reused.
    public static func cacheKey(folds: Int, options: TaggerTrainer.Options) -> String {
        "folds=\(folds) seed=\(options.seed) epochs=\(options.epochs) refiner-folds=\(options.refinerFolds) "
            + "prune=\(options.pruneThreshold) minimum-seen=\(options.minimumSeen) wordnet=\(options.recipe["wordnet"] ?? "none") "
            + "templates=\(TaggerTemplate.names.count)"
    }

    /// Reads tags saved by `save` under `key`, if the file matches `sentences` word for word and
    /// holds no more sentences: tags jack-knifed over train + dev must not stand in for those of
    /// train alone, whose folds (and so whose errors) differ.
    public static func load(path: String, key: String, matching sentences: [CoNLLUSentence]) -> [PredictedTags]? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring("# " + key) else { return nil }
        lines.removeFirst()
        guard lines.count == sentences.count else { return nil }
        var predicted: [PredictedTags] = []
        for (line, sentence) in zip(lines, sentences) {
            let pairs = line.split(separator: " ").map { $0.split(separator: "\t") }
            guard pairs.count == sentence.words.count, pairs.allSatisfy({ $0.count == 2 }) else { return nil }
            predicted.append(PredictedTags(xpos: pairs.map { String($0[0]) }, upos: pairs.map { String($0[1]) }))
        }
        return predicted
    }

    /// Saves tags under `key` (first line `# KEY`), then one sentence a line (`XPOS<tab>UPOS`
    /// pairs separated by spaces).
    public static func save(_ tags: [PredictedTags], key: String, path: String) throws {
        let body = tags.map { t in zip(t.xpos, t.upos).map { "\($0)\t\($1)" }.joined(separator: " ") }.joined(separator: "\n")
        try ("# " + key + "\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// Fold outputs written by concurrent workers.
private final class FoldResults: @unchecked Sendable {
    private var folds: [[PredictedTags]]
    private let lock = NSLock()
    init(count: Int) { folds = Array(repeating: [], count: count) }
    func set(_ fold: Int, _ tags: [PredictedTags]) { lock.withLock { folds[fold] = tags } }
    func get(_ fold: Int) -> [PredictedTags] { lock.withLock { folds[fold] } }
}
