import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Exact-span, typed precision, recall and F1 over BIO sequences, as CoNLL counts them.
public struct EntityScore: Sendable {
    public var correct = 0
    public var predicted = 0
    public var gold = 0
    /// Per type: (correct, predicted, gold).
    public var byType: [String: (correct: Int, predicted: Int, gold: Int)] = [:]

    public init() {}

    /// Adds one sentence. Tags other than PER/ORG/LOC (OTH, the stray B-O) count as O.
    public mutating func add(gold goldTags: [String], predicted predictedTags: [String]) {
        let goldSpans = EntityLabel.spans(goldTags.map(EntityScore.clean)).map { "\($0.range.lowerBound):\($0.range.upperBound):\($0.type)" }
        let predictedSpans = EntityLabel.spans(predictedTags.map(EntityScore.clean)).map { "\($0.range.lowerBound):\($0.range.upperBound):\($0.type)" }
        let goldSet = Set(goldSpans)
        gold += goldSpans.count
        predicted += predictedSpans.count
        for span in goldSpans { byType[Self.type(span), default: (0, 0, 0)].gold += 1 }
        for span in predictedSpans {
            byType[Self.type(span), default: (0, 0, 0)].predicted += 1
            if goldSet.contains(span) {
                correct += 1
                byType[Self.type(span), default: (0, 0, 0)].correct += 1
            }
        }
    }

    static func type(_ span: String) -> String { String(span.split(separator: ":").last ?? "") }

    static func clean(_ tag: String) -> String {
        tag.hasSuffix("-PER") || tag.hasSuffix("-ORG") || tag.hasSuffix("-LOC") ? tag : "O"
    }

    public var precision: Double { predicted == 0 ? 0 : 100 * Double(correct) / Double(predicted) }
    public var recall: Double { gold == 0 ? 0 : 100 * Double(correct) / Double(gold) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// Runs the whole pipeline from an IOB2 file's words (tag, lemmatize, parse, recognize) and scores
/// the recognizer's names against the gold tags.
public struct EntityEvaluation {
    public var score = EntityScore()
    public var sentences = 0
    public var tokens = 0
    public var seconds = 0.0
    /// Seconds spent tagging, lemmatizing, parsing and recognizing.
    public var stageSeconds: [Double] = []
    /// Each sentence's words with their gold and predicted tags, for error listings.
    public var tagged: [(words: [String], gold: [String], predicted: [String])] = []

    /// CPU seconds used by the calling thread.
    static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Evaluates `pipeline` on `sentences`, each document (`IOB2.documents`) annotated as one, as
    /// an article is, or each sentence alone when `byDocument` is false; timing covers the stages
    /// from tagging to entities.
    public static func run(_ sentences: [IOB2Sentence], pipeline: Pipeline, byDocument: Bool = true) -> EntityEvaluation {
        var evaluation = EntityEvaluation()
        let groups = byDocument ? IOB2.documents(sentences) : sentences.indices.map { $0..<$0 + 1 }
        var documents = groups.map { group in AnnotatedDocument(sentencesOfWords: sentences[group].map(\.words)) }
        // CPU time of this thread: the work of one core, whatever else the machine is running.
        // Stage by stage over all documents, as `Pipeline.annotate` runs over an article's
        // sentences, so that each stage's model stays in the cache while it works.
        var stages = [Double](repeating: 0, count: 4)
        let start = threadSeconds()
        func timed(_ stage: Int, _ work: (inout AnnotatedDocument) -> Void) {
            let t0 = threadSeconds()
            for index in documents.indices { work(&documents[index]) }
            stages[stage] = threadSeconds() - t0
        }
        timed(0) { pipeline.tagger.tag(&$0) }
        timed(1) { pipeline.lemmatizer.lemmatize(&$0) }
        timed(2) { pipeline.parser.parse(&$0) }
        timed(3) { pipeline.recognizer.recognize(&$0) }
        evaluation.seconds = threadSeconds() - start
        evaluation.stageSeconds = stages
        evaluation.sentences = sentences.count
        for (group, document) in zip(groups, documents) {
            for (sentence, range) in zip(sentences[group], document.sentences) {
                let predicted = range.map { document.tokens[$0].entityTag }
                evaluation.score.add(gold: sentence.tags, predicted: predicted)
                evaluation.tagged.append((sentence.words, sentence.tags.map(EntityScore.clean), predicted))
                evaluation.tokens += sentence.words.count
            }
        }
        return evaluation
    }

    /// The sentences whose predicted names differ from the gold ones, one word per line
    /// (word, gold tag, predicted tag, and `*` where they differ), a blank line after each.
    public var errorListing: String {
        var out = ""
        for sentence in tagged where sentence.gold != sentence.predicted.map(EntityScore.clean) {
            for (index, word) in sentence.words.enumerated() {
                let gold = sentence.gold[index], predicted = EntityScore.clean(sentence.predicted[index])
                out += "\(word)\t\(gold)\t\(predicted)\(gold == predicted ? "" : "\t*")\n"
            }
            out += "\n"
        }
        return out
    }

    /// Tokens per second of thread CPU time over the timed stages (one core).
    public var tokensPerSecond: Int { seconds > 0 ? Int(Double(tokens) / seconds) : 0 }

    /// The report lines; the last is `f1=NN.NN precision=NN.NN recall=NN.NN tokens_per_s=N`.
    public var report: [String] {
        var lines: [String] = []
        for type in ["PER", "ORG", "LOC"] {
            let counts = score.byType[type] ?? (0, 0, 0)
            let p = counts.predicted == 0 ? 0 : 100 * Double(counts.correct) / Double(counts.predicted)
            let r = counts.gold == 0 ? 0 : 100 * Double(counts.correct) / Double(counts.gold)
            let f = p + r == 0 ? 0 : 2 * p * r / (p + r)
            lines.append(type + String(format: " f1=%.2f precision=%.2f recall=%.2f gold=%d", f, p, r, counts.gold))
        }
        if stageSeconds.count == 4 {
            lines.append(String(format: "seconds: tag %.2f, lemmatize %.2f, parse %.2f, entities %.2f",
                                stageSeconds[0], stageSeconds[1], stageSeconds[2], stageSeconds[3]))
        }
        lines.append(String(format: "sentences=%d tokens=%d gold=%d predicted=%d correct=%d",
                            sentences, tokens, score.gold, score.predicted, score.correct))
        lines.append(String(format: "f1=%.2f precision=%.2f recall=%.2f tokens_per_s=%d",
                            score.f1, score.precision, score.recall, tokensPerSecond))
        return lines
    }
}
