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

    /// Trains for `epochs` passes in a seeded shuffled order and keeps the averaged model of the
    /// epoch that scores best on `dev`. `log` receives one line per epoch.
    public func train(
        train: [IOB2Sentence], dev: [IOB2Sentence], annotate: (inout AnnotatedDocument) -> Void,
        recipe: [String: String], log: (String) -> Void
    ) -> (tagger: NamedEntityTagger, devF1: Double) {
        let trainExamples = examples(train, annotate: annotate)
        let devExamples = examples(dev, annotate: annotate)
        log("features ready: \(trainExamples.count) training, \(devExamples.count) dev sentences")
        var perceptron = AveragedPerceptron(classCount: EntityLabel.tags.count, tableBits: 22)
        var order = Array(trainExamples.indices)
        var random = SplitMix64(seed: seed)
        var best: (tagger: NamedEntityTagger, devF1: Double, epoch: Int)? = nil
        var scores: [Float] = []
        var keys: [UInt64] = []
        for epoch in 1...epochs {
            order.shuffle(using: &random)
            var mistakes = 0
            var total = 0
            for index in order {
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
            var epochRecipe = recipe
            epochRecipe["epochs"] = String(epoch)
            let tagger = NamedEntityTagger(model: perceptron.averaged(), recipe: epochRecipe)
            let f1 = Self.f1(tagger, devExamples)
            log(String(format: "epoch %d: train error %.2f%%, dev F1 %.2f", epoch, 100 * Double(mistakes) / Double(max(total, 1)), f1))
            if best == nil || f1 > best!.devF1 { best = (tagger, f1, epoch) }
        }
        var final = best!.tagger
        final = NamedEntityTagger(model: final.model, recipe: final.recipe.merging(
            ["dev_f1": String(format: "%.2f", best!.devF1)], uniquingKeysWith: { $1 }))
        return (final, best!.devF1)
    }

    /// Exact-span typed F1 (percent) of the raw tagger on examples.
    static func f1(_ tagger: NamedEntityTagger, _ examples: [Example]) -> Double {
        var score = EntityScore()
        for example in examples {
            let predicted = tagger.decode(example.features).map { EntityLabel.tags[$0] }
            score.add(gold: example.gold.map { EntityLabel.tags[$0] }, predicted: predicted)
        }
        return score.f1
    }
}

extension AnnotatedDocument {
    /// A one-sentence document of pre-split words joined by single spaces (for IOB2 and CoNLL-U data).
    public init(words: [String]) {
        var text = ""
        var tokens: [Token] = []
        tokens.reserveCapacity(words.count)
        for (index, word) in words.enumerated() {
            if index > 0 { text += " " }
            let start = Int32(text.utf8.count)
            text += word
            tokens.append(Token(start: start, end: Int32(text.utf8.count), form: word, spaceAfter: index + 1 < words.count))
        }
        self.init(text: text, tokens: tokens, sentences: tokens.isEmpty ? [] : [0..<tokens.count])
    }
}
