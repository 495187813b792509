import Foundation

/// Trains the name tagger on IOB2 sentences whose words have been tagged, lemmatized and parsed
/// by the pipeline's own models (so training sees the same, imperfect, tags as use does).
public struct NamedEntityTrainer {
    /// One training or evaluation sentence: its annotated document and gold label indices.
    struct Example {
        var features: [NamedEntityFeatures.TokenFeatures]
        var gold: [Int]
    }

    public var epochs = 12
    public var seed: UInt64 = 7
    /// Train a structured perceptron decoded by second-order Viterbi search (one update per
    /// sentence) instead of the greedy tagger (one update per token).
    public var viterbi = false
    /// Perceptrons trained from seeds `seed`, `seed + 1`, …, whose weights are averaged into one model.
    public var ensemble = 1
    /// Ensemble only: weights smaller than this share of the largest are dropped from the mean model.
    public var prune: Float = 0
    /// Viterbi only: train the second pass that reads the first pass's labels of the same word
    /// elsewhere in the document (`NamedEntityDocumentLabels`), on held-out first-pass labels.
    public var documentLabels = false
    /// Document labels only: the folds of training documents whose first-pass labels come from a
    /// perceptron trained on the other folds (EWT dev: 2 folds 74.15, 4 folds 75.04, 5 74.87, 8 74.56).
    public var heldOutFolds = 4
    /// When set, every perceptron (held-out fold models too) trains exactly this many passes and
    /// keeps the last, without reading dev: for training on dev as well once the count is chosen.
    public var fixedEpochs: Int? = nil
    /// Document labels only: further ensemble members trained without the document-label features
    /// (the one-pass recipe), averaged in with the others so that a lone name leans on its own
    /// features as the one-pass model does.
    public var plainMembers = 0
    let gazetteer: Gazetteer
    let titles: PersonTitleLexicon

    public init(gazetteer: Gazetteer, titles: PersonTitleLexicon) {
        self.gazetteer = gazetteer
        self.titles = titles
    }

    /// Turns IOB2 sentences into examples, running `annotate` (tag, lemmatize, parse) on their words.
    func examples(_ sentences: [IOB2Sentence], annotate: (inout AnnotatedDocument) -> Void) -> [Example] {
        sentences.map { sentence in
            var document = AnnotatedDocument(words: sentence.words)
            annotate(&document)
            let context = EntityContext(document: document, gazetteer: gazetteer, titles: titles)
            let features = NamedEntityFeatures.staticFeatures(
                sentence: 0..<document.tokens.count, document: document, context: context)
            return Example(features: features, gold: sentence.tags.map(EntityLabel.index(of:)))
        }
    }

    /// Trains `ensemble` perceptrons (seeds `seed`, `seed + 1`, …), each for `epochs` passes in a
    /// seeded shuffled order, keeping each one's averaged model of the epoch that scores best on
    /// `dev`, and averages their weights into one model. With `documentLabels` the training
    /// sentences first get the features of their documents' held-out first-pass labels, and dev is
    /// decoded document by document (`# newdoc`). `log` receives one line per epoch.
    public func train(
        train: [IOB2Sentence], dev: [IOB2Sentence], annotate: (inout AnnotatedDocument) -> Void,
        recipe: [String: String], log: (String) -> Void
    ) -> (tagger: NamedEntityTagger, devF1: Double) {
        let trainExamples = examples(train, annotate: annotate)
        let devExamples = examples(dev, annotate: annotate)
        let trainDocuments = IOB2.documents(train)
        let devDocuments = IOB2.documents(dev)
        log("features ready: \(trainExamples.count) training, \(devExamples.count) dev sentences")
        var recipe = recipe
        if viterbi { recipe["decoder"] = "viterbi" }
        let documentLabels = documentLabels && viterbi
        if documentLabels { recipe["document"] = "labels" }
        // Every feature a model can hold: the static ones of the training words and the label
        // features after every label.
        var keys: [UInt64] = []
        if viterbi || ensemble > 1 {
            for example in trainExamples {
                for token in example.features {
                    keys.append(contentsOf: token.keys)
                    for previous in 0..<EntityLabel.tags.count {
                        NamedEntityFeatures.addTokenFirstOrder(
                            to: &keys, previous: previous, word: token.word, shape: token.shape, upos: token.upos)
                    }
                }
            }
            if documentLabels { keys += NamedEntityDocumentLabels.allKeys }
            for p in 0..<EntityLabel.tags.count {
                keys.append(NamedEntityFeatures.previousLabel(p))
                for q in 0..<EntityLabel.tags.count { keys.append(NamedEntityFeatures.labelPair(previous: p, previous2: q)) }
            }
            keys.sort()
            var distinct = 0
            for key in keys where distinct == 0 || keys[distinct - 1] != key {
                keys[distinct] = key
                distinct += 1
            }
            keys.removeLast(keys.count - distinct)
        }
        // With document labels every member learns from the same held-out first-pass labels.
        let trainSet = documentLabels
            ? withDocumentLabels(trainExamples, documents: trainDocuments, devExamples, keys: keys, recipe: recipe, log: log)
            : trainExamples
        var members: [(model: PerceptronModel, devF1: Double, epoch: Int)] = []
        for member in 0..<max(ensemble, 1) {
            if ensemble > 1 { log("ensemble member \(member + 1) of \(ensemble), seed \(seed &+ UInt64(member))") }
            members.append(trainMember(
                seed: seed &+ UInt64(member), trainSet, devExamples, keys: keys, recipe: recipe,
                devDocuments: devDocuments, log: log))
        }
        let plainSeed = seed &+ UInt64(max(ensemble, 1))
        for member in 0..<(documentLabels ? plainMembers : 0) {
            log("member without document labels \(member + 1) of \(plainMembers), seed \(plainSeed &+ UInt64(member))")
            var plainRecipe = recipe
            plainRecipe["document"] = nil
            members.append(trainMember(
                seed: plainSeed &+ UInt64(member), trainExamples, devExamples, keys: keys, recipe: plainRecipe,
                devDocuments: devExamples.indices.map { $0..<$0 + 1 }, log: log))
        }
        if documentLabels && plainMembers > 0 { recipe["plain_members"] = String(plainMembers) }
        var final: NamedEntityTagger
        var devF1: Double
        if members.count == 1 {
            recipe["epochs"] = String(members[0].epoch)
            final = NamedEntityTagger(model: members[0].model, recipe: recipe)
            devF1 = members[0].devF1
        } else {
            // The members' averaged weights, averaged again: one model, as fast as each member.
            recipe["ensemble"] = String(members.count)
            recipe["epochs"] = members.map { String($0.epoch) }.joined(separator: ",")
            let model = PerceptronModel.mean(of: members.map(\.model), keys: keys, classCount: EntityLabel.tags.count, prune: prune)
            final = NamedEntityTagger(model: model, recipe: recipe)
            devF1 = Self.f1(final, devExamples, documents: devDocuments)
            log(String(format: "ensemble of %d: dev F1 %.2f", members.count, devF1))
        }
        final = NamedEntityTagger(model: final.model, recipe: final.recipe.merging(
            ["dev_f1": String(format: "%.2f", devF1)], uniquingKeysWith: { $1 }))
        return (final, devF1)
    }

    /// Trains one perceptron for `epochs` passes in an order shuffled from `seed` and returns the
    /// averaged weights of the epoch that scores best on dev (each of `devDocuments` decoded as one).
    func trainMember(
        seed: UInt64, _ trainExamples: [Example], _ devExamples: [Example], keys allKeys: [UInt64],
        recipe: [String: String], devDocuments: [Range<Int>], log: (String) -> Void
    ) -> (model: PerceptronModel, devF1: Double, epoch: Int) {
        // The structured trainer adds weight to a label on some features and takes it from another
        // label on others; an extra class, never predicted and dropped from the model, holds the
        // other side of each such update.
        let sink = EntityLabel.tags.count
        var perceptron = AveragedPerceptron(classCount: EntityLabel.tags.count + (viterbi ? 1 : 0), tableBits: 22)
        var order = Array(trainExamples.indices)
        var random = SplitMix64(seed: seed)
        var best: (model: PerceptronModel, devF1: Double, epoch: Int)? = nil
        var scores: [Float] = []
        var keys: [UInt64] = []
        let passes = fixedEpochs ?? epochs
        for epoch in 1...passes {
            order.shuffle(using: &random)
            var mistakes = 0
            var total = 0
            for index in order where viterbi {
                let (wrong, tokens) = Self.trainStructured(&perceptron, trainExamples[index], sink: sink)
                mistakes += wrong
                total += tokens
            }
            for index in order where !viterbi {
                let example = trainExamples[index]
                var labels: [Int] = []
                for (position, token) in example.features.enumerated() {
                    let previous = labels.last ?? EntityLabel.outside
                    let previous2 = labels.count > 1 ? labels[labels.count - 2] : EntityLabel.outside
                    keys.removeAll(keepingCapacity: true)
                    keys.append(contentsOf: token.keys)
                    NamedEntityFeatures.addDynamic(
                        to: &keys, previous: previous, previous2: previous2,
                        word: token.word, shape: token.shape, upos: token.upos)
                    perceptron.observe(keys)
                    perceptron.score(keys, into: &scores)
                    let guess = NamedEntityTagger.bestAllowed(scores, after: previous)
                    let truth = example.gold[position]
                    if guess != truth {
                        perceptron.update(truth: truth, guess: guess, features: keys)
                        mistakes += 1
                    }
                    total += 1
                    labels.append(guess)
                }
            }
            if fixedEpochs != nil && epoch < passes {
                log(String(format: "epoch %d: train error %.2f%%", epoch, 100 * Double(mistakes) / Double(max(total, 1))))
                continue
            }
            let averaged = perceptron.averaged()
            let model = viterbi ? PerceptronModel.mean(of: [averaged], keys: allKeys, classCount: sink) : averaged
            let tagger = NamedEntityTagger(model: model, recipe: recipe)
            // With a fixed count dev may be in the training data: its score is only logged.
            let f1 = Self.f1(tagger, devExamples, documents: devDocuments)
            log(String(format: "epoch %d: train error %.2f%%, dev F1 %.2f", epoch, 100 * Double(mistakes) / Double(max(total, 1)), f1))
            if best == nil || f1 > best!.devF1 { best = (model, f1, epoch) }
        }
        return best!
    }

    /// The examples with their document-label features, from `heldOutLabels`.
    func withDocumentLabels(
        _ trainExamples: [Example], documents: [Range<Int>], _ devExamples: [Example], keys: [UInt64],
        recipe: [String: String], log: (String) -> Void
    ) -> [Example] {
        let labels = heldOutLabels(trainExamples, documents: documents, devExamples, keys: keys, recipe: recipe, log: log)
        var result = trainExamples
        for document in documents {
            let extra = NamedEntityDocumentLabels.features(trainExamples[document].map(\.features), labels: Array(labels[document]))
            for (index, keys) in zip(document, extra) {
                for (t, key) in keys.enumerated() { if let key { result[index].features[t].keys.append(key) } }
            }
        }
        return result
    }

    /// The first pass's labels of every training sentence as the tagger would give them to unseen
    /// text: the documents of each of `heldOutFolds` folds are labelled by a perceptron trained on
    /// the others (a model's labels of sentences it has trained on are nearly all right, and a
    /// second pass trained on them trusts them too much: EWT dev 73.06 with the labels of the
    /// perceptron being trained, against 74.15 with two folds). Seeded from `seed`; no document labels.
    func heldOutLabels(
        _ trainExamples: [Example], documents: [Range<Int>], _ devExamples: [Example], keys: [UInt64],
        recipe: [String: String], log: (String) -> Void
    ) -> [[Int]] {
        var labels = [[Int]](repeating: [], count: trainExamples.count)
        var recipe = recipe
        recipe["document"] = nil
        let folds = heldOutFolds
        for fold in 0..<folds {
            let training = documents.indices.filter { $0 % folds != fold }.flatMap { documents[$0] }
            log("held-out first-pass labels, fold \(fold + 1) of \(folds)")
            let member = trainMember(seed: seed, training.map { trainExamples[$0] }, devExamples, keys: keys,
                                     recipe: recipe, devDocuments: devExamples.indices.map { $0..<$0 + 1 }, log: log)
            let tagger = NamedEntityTagger(model: member.model, recipe: recipe)
            for document in documents.indices where document % folds == fold {
                for index in documents[document] { labels[index] = tagger.decode(trainExamples[index].features) }
            }
        }
        return labels
    }

    /// One structured-perceptron step on a sentence: decodes it by Viterbi search with the current
    /// weights and, at every token whose label or previous labels differ from the gold ones, moves
    /// weight from the guessed label's features to the gold label's. Returns (wrong labels, tokens).
    static func trainStructured(_ perceptron: inout AveragedPerceptron, _ example: Example, sink: Int) -> (Int, Int) {
        let outside = EntityLabel.outside
        let tokens = example.features
        let gold = example.gold
        func dynamic(_ t: Int, _ labels: [Int]) -> [UInt64] {
            let p = t > 0 ? labels[t - 1] : outside
            let q = t > 1 ? labels[t - 2] : outside
            var keys: [UInt64] = [NamedEntityFeatures.labelPair(previous: p, previous2: q)]
            NamedEntityFeatures.addFirstOrder(
                to: &keys, previous: p, word: tokens[t].word, shape: tokens[t].shape, upos: tokens[t].upos)
            return keys
        }
        for t in tokens.indices { perceptron.observe(tokens[t].keys + dynamic(t, gold)) }
        let guess = decodeStructured(perceptron, tokens)
        var wrong = 0
        for t in tokens.indices {
            let same = guess[t] == gold[t] && (t == 0 || guess[t - 1] == gold[t - 1]) && (t < 2 || guess[t - 2] == gold[t - 2])
            if same { continue }
            if guess[t] != gold[t] {
                wrong += 1
                perceptron.update(truth: gold[t], guess: guess[t], features: tokens[t].keys)
            }
            // The label features differ with the previous labels: +1 for the gold label on the gold
            // path's, -1 for the guess on the guessed path's, the sink taking the other sides.
            perceptron.update(truth: gold[t], guess: sink, features: dynamic(t, gold))
            perceptron.update(truth: sink, guess: guess[t], features: dynamic(t, guess))
        }
        return (wrong, tokens.count)
    }

    /// The best label sequence under the perceptron's current (not averaged) weights, by Viterbi search.
    static func decodeStructured(_ perceptron: AveragedPerceptron, _ tokens: [NamedEntityFeatures.TokenFeatures]) -> [Int] {
        let count = EntityLabel.tags.count
        var keys: [UInt64] = []
        var base = [Float](repeating: 0, count: tokens.count * count)
        var scores: [Float] = []
        for (t, token) in tokens.enumerated() {
            perceptron.score(token.keys, into: &scores)
            for y in 0..<count { base[t * count + y] = scores[y] }
        }
        var pair = [Float](repeating: 0, count: count * count * count)
        for q in 0..<count {
            for p in 0..<count {
                perceptron.score([NamedEntityFeatures.labelPair(previous: p, previous2: q)], into: &scores)
                for y in 0..<count { pair[(q * count + p) * count + y] = scores[y] }
            }
        }
        let guess = NamedEntityTagger.viterbi(count: tokens.count, pair: pair, floor: -Float.infinity) { t, previous, out in
            keys.removeAll(keepingCapacity: true)
            NamedEntityFeatures.addFirstOrder(
                to: &keys, previous: previous, word: tokens[t].word, shape: tokens[t].shape, upos: tokens[t].upos)
            perceptron.score(keys, into: &out)
            for y in 0..<count { out[y] += base[t * count + y] }
        }
        return guess
    }

    /// Exact-span typed F1 (percent) of the raw tagger on examples, decoding each of `documents`
    /// (ranges of examples; by default each example alone) as one.
    static func f1(_ tagger: NamedEntityTagger, _ examples: [Example], documents: [Range<Int>]? = nil) -> Double {
        var score = EntityScore()
        for document in documents ?? examples.indices.map({ $0..<$0 + 1 }) {
            for (example, labels) in zip(examples[document], tagger.decodeDocument(examples[document].map(\.features))) {
                score.add(gold: example.gold.map { EntityLabel.tags[$0] }, predicted: labels.map { EntityLabel.tags[$0] })
            }
        }
        return score.f1
    }
}

extension AnnotatedDocument {
    /// A one-sentence document of pre-split words joined by single spaces (for IOB2 and CoNLL-U data).
    public init(words: [String]) {
        self.init(sentencesOfWords: [words])
    }

    /// A document of pre-split sentences, words joined by single spaces, sentences too.
    public init(sentencesOfWords: [[String]]) {
        var text = ""
        var tokens: [Token] = []
        var sentences: [Range<Int>] = []
        for words in sentencesOfWords where !words.isEmpty {
            let first = tokens.count
            for word in words {
                if !tokens.isEmpty { text += " " }
                let start = Int32(text.utf8.count)
                text += word
                tokens.append(Token(start: start, end: Int32(text.utf8.count), form: word, spaceAfter: true))
            }
            sentences.append(first..<tokens.count)
        }
        if !tokens.isEmpty { tokens[tokens.count - 1].spaceAfter = false }
        self.init(text: text, tokens: tokens, sentences: sentences)
    }
}
