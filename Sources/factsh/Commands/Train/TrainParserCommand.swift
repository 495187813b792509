import ArgumentParser
import Foundation
import TextPipeline

/// `factsh train parser`: rebuild the bundled parser model from UD English EWT.
struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parser",
        abstract: "Train the dependency parser on UD English EWT and write its model file.")

    @Option(help: "Folder holding en_ewt-ud-{train,dev}.conllu.")
    var treebank = "../shared/data/ud-english-ewt"

    @Option(help: "Where to write the model.")
    var output = "Sources/TextPipeline/Resources/parser.model"

    @Option(help: "Training epochs.")
    var epochs = ParserTrainer.Options().epochs

    @Option(help: "Random seed (sentence order, exploration).")
    var seed: UInt64 = 1

    @Option(help: "Tags to train on: 'jackknife' (predicted by taggers trained on the other folds) or 'gold'.")
    var tags = "jackknife"

    @Option(help: "Open English WordNet TSV directory, for the jack-knife taggers' unknown-word evidence (as the bundled tagger has).")
    var wordnet = "../shared/data/wordnet"

    @Option(help: "Folds for jack-knifed tags.")
    var folds = 5

    @Option(help: "Reuse jack-knifed tags saved here (computed and saved when missing, or made with other folds or tagger options).")
    var tagsCache = ".build/parser-jackknife-tags.tsv"

    @Option(help: "Use only the first N training sentences (quick experiments).")
    var limit: Int?

    @Option(help: "Evaluate on the first N dev sentences only.")
    var devLimit: Int?

    @Option(help: "Tuning: log2 of the number of feature buckets.")
    var bucketBits = ParserTrainer.Options().bucketBits

    @Option(help: "Tuning: probability of following the model's own (possibly wrong) move once exploring.")
    var exploration = ParserTrainer.Options().exploration

    @Option(help: "Tuning: averaged weights below this magnitude are pruned.")
    var prune = ParserTrainer.Options().pruneThreshold

    @Option(help: "Share of the applicable training sentences copied with a news construction added (appositive after the subject, title before a name, \"as well as\"); 0 for none.")
    var augment = 0.3

    @Option(help: "Constructions the synthetic variants add, comma-separated: appositive, title, as-well-as.")
    var augmentConstructions = TreebankAugmentation.standardConstructions.map(\.rawValue).joined(separator: ",")

    @Flag(inversion: .prefixedNo, help: "Add features of the words' WordNet supersenses (read from --wordnet).")
    var wordClasses = true

    @Option(help: "Models trained with seeds seed, seed+1, ... (two at a time) whose weights are averaged into one.")
    var members = ParserTrainer.Options().members

    @Option(help: "Tuning: feature templates added to the standard set, comma-separated (\"s0l1w,b0m+b1t\").")
    var extraTemplates = ""

    @Option(help: "Tuning: feature templates removed from the standard set, comma-separated (ablations; each template costs parsing time).")
    var dropTemplates = ""

    @Flag(inversion: .prefixedNo, help: "Train on train + dev, the committed model's recipe (hyperparameters were tuned with --no-include-dev, on dev held out). With dev in training, the dev score printed is not held out.")
    var includeDev = true

    @Flag(help: "Train and evaluate, but do not write the model.")
    var dryRun = false

    func run() throws {
        let started = Date()
        let trainPath = "\(treebank)/en_ewt-ud-train.conllu"
        let devPath = "\(treebank)/en_ewt-ud-dev.conllu"
        var train = try CoNLLU.read(path: trainPath)
        if let limit { train = Array(train.prefix(limit)) }
        var dev = try CoNLLU.read(path: devPath)
        if let devLimit { dev = Array(dev.prefix(devLimit)) }
        if includeDev { train += dev }

        let labels = DependencyLabelSet.collect(from: train)
        let predicted: [PredictedTags]?
        switch tags {
        case "gold": predicted = nil
        case "jackknife":
            var taggerOptions = TaggerTrainer.Options()
            taggerOptions.seed = seed
            try taggerOptions.useWordNet(directory: wordnet)
            let key = JackknifeTagging.cacheKey(folds: folds, options: taggerOptions)
            if let cached = JackknifeTagging.load(path: tagsCache, key: key, matching: train) {
                log("jack-knifed tags read from \(tagsCache)")
                predicted = cached
            } else {
                let tagged = JackknifeTagging.tags(for: train, folds: folds, options: taggerOptions) { log($0) }
                try? JackknifeTagging.save(tagged, key: key, path: tagsCache)
                log(String(format: "jack-knifed tags in %.0f s", Date().timeIntervalSince(started)))
                predicted = tagged
            }
        default: throw ValidationError("--tags must be 'jackknife' or 'gold'")
        }
        var tagged: [TreebankAugmentation.TaggedSentence] = train.indices.map { (train[$0], predicted?[$0]) }
        if augment > 0 {
            let constructions = try augmentConstructions.split(separator: ",").map { name in
                guard let c = TreebankAugmentation.Construction(rawValue: String(name)) else {
                    throw ValidationError("unknown construction '\(name)' (appositive, title, as-well-as)")
                }
                return c
            }
            let variants = TreebankAugmentation.variants(of: tagged, share: augment, seed: seed, constructions: constructions)
            log("\(variants.count) synthetic variants added (\(augmentConstructions))")
            tagged += variants
        }
        let senses = wordClasses ? try WordSenseClasses.build(wordNetDirectory: wordnet) : .empty
        var templates: ParserFeatureTemplates = wordClasses ? .withWordClasses : .standard
        if !dropTemplates.isEmpty {
            let dropped = Set(dropTemplates.split(separator: ",").map(String.init))
            guard dropped.isSubset(of: templates.names) else {
                throw ValidationError("--drop-templates: not in the set: \(dropped.subtracting(templates.names).sorted())")
            }
            templates = try ParserFeatureTemplates(templates.names.filter { !dropped.contains($0) })
        }
        if !extraTemplates.isEmpty {
            templates = try ParserFeatureTemplates(templates.names + extraTemplates.split(separator: ",").map(String.init))
        }
        let sentences = tagged.map { item in
            ParserTrainingSentence(item.sentence, labels: labels, xpos: item.tags?.xpos, upos: item.tags?.upos, senses: senses)
        }
        log("training on \(sentences.count) sentences, \(labels.count) labels, \(templates.count) templates, tags \(tags)")

        var options = ParserTrainer.Options()
        options.epochs = epochs
        options.seed = seed
        options.bucketBits = bucketBits
        options.exploration = exploration
        options.pruneThreshold = prune
        options.members = members
        var trainer = ParserTrainer(labels: labels, templates: templates, senses: senses, options: options)
        var epochStart = Date()
        var recipe = [
            "treebank": "UD English EWT v2.16 (r2.16, 4c89b5833a70aa5ed3a00bad2f23f57992cc7df8)",
            "trained-on": "en_ewt-ud-train.conllu" + (limit.map { " (first \($0) sentences)" } ?? "") + (includeDev ? " + en_ewt-ud-dev.conllu" : ""),
            "tags": tags == "gold" ? "gold" : "jack-knifed predicted tags, \(folds) folds",
            "word-classes": wordClasses ? "WordNet supersenses, Open English WordNet 2025 (CC BY 4.0)" : "none",
            "augmentation": augment > 0 ? "news constructions \(augmentConstructions), share \(augment)" : "none",
            "members": "\(members)",
            "epochs": "\(epochs)", "seed": "\(seed)",
            "system": "greedy arc-hybrid, dynamic oracle (Goldberg & Nivre 2013), exploration p=\(options.exploration) after \(options.oracleEpochs) epoch(s)",
            "pruning": "|w| < \(options.pruneThreshold)", "buckets": "2^\(options.bucketBits)",
            "license": "CC BY-SA 4.0 (trained on UD English EWT)",
        ]
        var model = trainer.train(sentences, recipe: recipe) { epoch, accuracy in
            log(String(format: "epoch %2d  oracle agreement %.2f%%  %.1f s", epoch, 100 * accuracy, Date().timeIntervalSince(epochStart)))
            epochStart = Date()
        }
        let parser = DependencyParser(model: model)
        // Dev is parsed as at run time: tags from the bundled tagger (gold if there is none yet).
        let tagger: PartOfSpeechTagger? = tags == "gold" ? nil : try? PartOfSpeechTagger.bundled()
        let lemmatizer: Lemmatizer? = tagger == nil ? nil : try Lemmatizer.bundled()
        let devTags = tagger == nil ? "gold" : "predicted"
        let score = ParserEvaluation.run(dev, parser: parser, tagger: tagger, lemmatizer: lemmatizer)
        log(String(format: "dev (%@ tags): uas=%.2f las=%.2f las-full=%.2f  weights=%d buckets=%d",
                   devTags, score.uas, score.las, score.lasFull, model.weights.weightCount, model.weights.featureCount))
        recipe["dev"] = String(format: "uas %.2f las %.2f (%@ tags)%@", score.uas, score.las, devTags, includeDev ? ", trained on" : "")
        recipe["training-seconds"] = String(format: "%.0f", Date().timeIntervalSince(started))
        model = ParserModel(labels: model.labels, templates: model.templates, weights: model.weights, senses: model.senses, recipe: recipe)
        if !dryRun {
            try model.write(to: URL(fileURLWithPath: output))
            let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
            log("wrote \(output) (\(size / 1024) KiB)")
        }
        log(String(format: "total %.0f s", Date().timeIntervalSince(started)))
    }

    private func log(_ message: String) { Self.log(message) }

    private static func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
