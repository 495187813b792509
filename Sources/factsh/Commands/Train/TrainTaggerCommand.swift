import ArgumentParser
import Foundation
import TextPipeline

/// `factsh train tagger`: rebuild the bundled tagger model from UD English EWT.
struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tagger",
        abstract: "Train the part-of-speech tagger on UD English EWT and write its model file.",
        discussion: "Run from the repository root with a release build: swift run -c release factsh train tagger")

    @Option(help: "Directory of the UD English EWT treebank.")
    var treebank = "../shared/data/ud-english-ewt"

    @Option(help: "Training file (default: <treebank>/en_ewt-ud-train.conllu).")
    var train: String?

    @Option(help: "Development file scored after training (default: <treebank>/en_ewt-ud-dev.conllu; 'none' to skip).")
    var dev: String?

    @Option(help: "Where to write the model.")
    var output = "Sources/TextPipeline/Resources/tagger.model"

    @Option(help: "Training epochs.")
    var epochs = TaggerTrainer.Options().epochs

    @Option(help: "Seed of the sentence shuffling.")
    var seed: UInt64 = TaggerTrainer.Options().seed

    @Option(help: "Open English WordNet TSV directory for unknown-word features ('none' to train without).")
    var wordnet = "../shared/data/wordnet"

    @Option(help: "Tuning: words seen fewer times get no ambiguity class.")
    var ambiguityMinCount = TaggerTrainer.Options().ambiguityMinimumCount

    @Option(help: "Tuning: a tag joins a word's ambiguity class above this share of its uses.")
    var ambiguityMinShare = TaggerTrainer.Options().ambiguityMinimumShare

    @Option(help: "Tuning: words seen this often with one dominant tag skip scoring.")
    var fixedMinCount = TaggerTrainer.Options().fixedMinimumCount

    @Option(help: "Tuning: features observed fewer times are dropped.")
    var minSeen = TaggerTrainer.Options().minimumSeen

    @Option(help: "Tuning: averaged weights below this magnitude are pruned.")
    var prune = TaggerTrainer.Options().pruneThreshold

    @Option(help: "Folds of held-out first-pass guesses for the second (refining) pass; below 2, one pass only.")
    var refinerFolds = TaggerTrainer.Options().refinerFolds

    func run() throws {
        let trainPath = train ?? "\(treebank)/en_ewt-ud-train.conllu"
        let sentences = try CoNLLU.read(path: trainPath)
        guard !sentences.isEmpty else { throw ValidationError("\(trainPath): no sentences") }
        var options = TaggerTrainer.Options()
        options.epochs = epochs
        options.seed = seed
        options.ambiguityMinimumCount = ambiguityMinCount
        options.ambiguityMinimumShare = ambiguityMinShare
        options.fixedMinimumCount = fixedMinCount
        options.minimumSeen = minSeen
        options.pruneThreshold = prune
        options.refinerFolds = refinerFolds
        options.recipe = [
            "treebank": treebankName(),
            "train_file": URL(fileURLWithPath: trainPath).lastPathComponent,
            "date": ISO8601DateFormatter().string(from: Date()),
            "trainer": "factsh train tagger",
        ]
        if wordnet != "none" { try options.useWordNet(directory: wordnet) }
        options.log = { print($0) }
        let started = Date()
        let tagger = TaggerTrainer.train(sentences, options: options)
        let bytes = tagger.modelFile().encoded()
        try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        print(String(format: "wrote %@ (%.2f MB) in %.1f s", output, Double(bytes.count) / 1_048_576,
                     Date().timeIntervalSince(started)))

        let devPath = dev ?? "\(treebank)/en_ewt-ud-dev.conllu"
        if devPath != "none", FileManager.default.fileExists(atPath: devPath) {
            let result = TaggerEvaluation.run(try CoNLLU.read(path: devPath), tagger: tagger, lemmatizer: try .bundled())
            print(String(format: "dev: upos=%.2f xpos=%.2f unknown_upos=%.2f (%d unknown)", result.upos, result.xpos,
                         result.unknownUpos, result.unknownTokens))
        }
    }

    /// "UD English EWT v2.16" from the treebank README's title, else the directory name.
    private func treebankName() -> String {
        let readme = "\(treebank)/README.md"
        if let text = try? String(contentsOfFile: readme, encoding: .utf8), let title = text.split(separator: "\n").first {
            let cleaned = title.drop { $0 == "#" || $0 == " " }
            let parts = cleaned.components(separatedBy: " — ")
            if parts.count == 2, let name = parts[0].split(separator: "(").first {
                return name.trimmingCharacters(in: .whitespaces) + " " + parts[1].trimmingCharacters(in: .whitespaces)
            }
            return String(cleaned)
        }
        return URL(fileURLWithPath: treebank).lastPathComponent
    }
}
