import ArgumentParser
import Foundation
import TextPipeline

/// `factsh train entities`: rebuild the gazetteers and `ner.model` from the shared data.
struct TrainEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Rebuild the entity gazetteers and the name tagger (Resources/ner.model).")

    @Option(help: "The shared data folder (holding uner-english-ewt, gazetteer, wordnet).")
    var data = "../shared/data"

    @Option(help: "Where the resource files are written.")
    var resources = "Sources/TextPipeline/Resources"

    @Option(help: "Training passes of every perceptron; the last is kept (with --choose-on-dev, the best on dev).")
    var epochs = 10

    @Flag(help: "Keep each perceptron's pass that scores best on EWT dev, and do not train on dev.")
    var chooseOnDev = false

    @Flag(inversion: .prefixedNo, help: "Train on EWT dev too (not with --choose-on-dev); --no-dev-training to measure a recipe on dev.")
    var devTraining = true

    @Flag(inversion: .prefixedNo, help: "Train a structured perceptron decoded by second-order Viterbi search (else greedy).")
    var viterbi = true

    @Option(help: "Seed of the shuffled training order.")
    var seed: UInt64 = 7

    @Option(help: "Perceptrons trained (from seeds seed, seed+1, ...) and averaged into the model.")
    var ensemble = 3

    @Flag(inversion: .prefixedNo, help: "Train a second pass that reads the first pass's labels of the same word elsewhere in the document.")
    var documentLabels = true

    @Option(help: "Further members trained without document labels, averaged into the model.")
    var plainMembers = 6

    @Option(help: "Weights below this share of the largest are dropped from the ensemble's model.")
    var prune: Float = 0

    @Option(help: "Extra IOB2 training files (hand-labelled news), repeatable.")
    var extra: [String] = ["Sources/TextPipeline/Resources/ner-news-train.iob2"]

    @Flag(help: "Keep the gazetteer files as they are.")
    var keepGazetteers = false

    @Flag(help: "Rebuild the gazetteer files only; do not train the name tagger.")
    var gazetteersOnly = false

    @Option(help: "Instead of training, write machine-labelled drafts of this folder's articles for hand correction.")
    var draftNews: String?

    @Option(help: "Sentences drafted per article.")
    var draftSentences = 4

    func run() throws {
        if let draftNews {
            let lines = try NewsDraft.drafts(
                folder: URL(fileURLWithPath: draftNews), perArticle: draftSentences, pipeline: try Pipeline.bundled())
            print(lines.joined(separator: "\n"))
            return
        }
        let dataURL = URL(fileURLWithPath: data)
        let resourcesURL = URL(fileURLWithPath: resources)
        if !keepGazetteers {
            let written = try GazetteerBuilder.build(data: dataURL, output: resourcesURL)
            print("wrote \(written.joined(separator: ", "))")
        }
        if gazetteersOnly { return }
        let gazetteer = try Gazetteer.load(from: resourcesURL)
        let titles = try PersonTitleLexicon.load(from: resourcesURL)
        let uner = dataURL.appendingPathComponent("uner-english-ewt")
        let trainPath = uner.appendingPathComponent("en_ewt-ud-train.v0-2022-12-02.iob2").path
        var train = try IOB2.read(path: trainPath)
        var sources = ["uner-english-ewt/en_ewt-ud-train.v0-2022-12-02.iob2"]
        for path in extra where FileManager.default.fileExists(atPath: path) {
            let sentences = try IOB2.read(path: path)
            train += sentences
            sources.append(URL(fileURLWithPath: path).lastPathComponent)
            print("extra training data: \(path) (\(sentences.count) sentences)")
        }
        let dev = try IOB2.read(path: uner.appendingPathComponent("en_ewt-ud-dev.iob2").path)
        // With a fixed number of passes dev chooses nothing, so it can be training data too.
        if devTraining && !chooseOnDev {
            train += dev
            sources.append("uner-english-ewt/en_ewt-ud-dev.iob2")
        }
        // The stages before the recognizer; the recognizer's own model is what is being built.
        let tagger = try PartOfSpeechTagger.bundled()
        let lemmatizer = try Lemmatizer.bundled()
        let parser = try DependencyParser.bundled()
        var trainer = NamedEntityTrainer(gazetteer: gazetteer, titles: titles)
        trainer.epochs = epochs
        trainer.viterbi = viterbi
        trainer.seed = seed
        trainer.ensemble = ensemble
        trainer.prune = prune
        trainer.documentLabels = documentLabels
        trainer.fixedEpochs = chooseOnDev ? nil : epochs
        trainer.plainMembers = plainMembers
        let result = trainer.train(
            train: train, dev: dev,
            annotate: { document in
                tagger.tag(&document)
                lemmatizer.lemmatize(&document)
                parser.parse(&document)
            },
            recipe: ["train": sources.joined(separator: " + "), "dev": "uner-english-ewt/en_ewt-ud-dev.iob2",
                     "seed": String(trainer.seed), "max_epochs": String(epochs), "decoder": viterbi ? "viterbi" : "greedy"],
            log: { print($0) })
        let output = resourcesURL.appendingPathComponent("ner.model")
        try result.tagger.write(to: output)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        print("wrote \(output.path) (dev F1 " + String(format: "%.2f", result.devF1) + ", \(bytes) bytes)")
    }
}
