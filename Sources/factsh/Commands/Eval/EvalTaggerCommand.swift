import ArgumentParser
import Foundation
import TextPipeline

/// `factsh eval tagger FILE.conllu`: tagging and lemma accuracy with gold tokenization.
struct EvalTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Measure the tagger and lemmatizer on a .conllu file (gold tokenization).",
        discussion: "Ends with the line: upos=NN.NN xpos=NN.NN lemma=NN.NN tokens_per_s=N")

    @Argument(help: "A CoNLL-U file with gold UPOS, XPOS and LEMMA columns.")
    var file: String

    @Option(help: "A tagger model file to use instead of the bundled one.")
    var model: String?

    @Option(help: "Also list the N most frequent XPOS confusions.")
    var confusions = 0

    @Option(help: "Also list the N most frequent XPOS errors by word form.")
    var errors = 0

    func run() throws {
        let sentences = try CoNLLU.read(path: file)
        guard !sentences.isEmpty else { throw ValidationError("\(file): no sentences") }
        let loadStart = Date()
        let loadCPUStart = TaggerEvaluation.threadCPUSeconds()
        let tagger = try model.map { try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)) } ?? .bundled()
        let loadMilliseconds = Date().timeIntervalSince(loadStart) * 1000
        let loadCPUMilliseconds = (TaggerEvaluation.threadCPUSeconds() - loadCPUStart) * 1000
        let lemmatizer = try Lemmatizer.bundled()
        // Tag once to warm caches, then measure.
        _ = TaggerEvaluation.run(Array(sentences.prefix(200)), tagger: tagger, lemmatizer: lemmatizer)
        let result = TaggerEvaluation.run(sentences, tagger: tagger, lemmatizer: lemmatizer)
        for (pair, count) in result.xposConfusions.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(confusions) {
            print("\(count)\t\(pair)")
        }
        for (error, count) in result.wordErrors.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(errors) {
            print("\(count)\t\(error)")
        }
        print("sentences=\(sentences.count) tokens=\(result.tokens) model_load_ms=\(String(format: "%.1f", loadMilliseconds)) model_load_cpu_ms=\(String(format: "%.1f", loadCPUMilliseconds))")
        print(String(format: "unknown_words=%d unknown_upos=%.2f", result.unknownTokens, result.unknownUpos))
        print(result.summaryLine)
    }
}
