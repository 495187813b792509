import Foundation

/// The name tagger: a greedy left-to-right BIO averaged perceptron over `NamedEntityFeatures`,
/// labelling person, organization and place names.
public struct NamedEntityTagger: Sendable {
    public static let modelKind = "factsh-ner"
    let model: PerceptronModel
    /// How the model was trained (data, epochs, scores), as stored in the model file.
    public let recipe: [String: String]

    init(model: PerceptronModel, recipe: [String: String]) {
        self.model = model
        self.recipe = recipe
    }

    /// Loads a model file written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        let file = try ModelFile(contentsOf: url)
        guard file.kind == Self.modelKind, try file.list("labels") == EntityLabel.tags else {
            throw EntityResourceError.malformed(url.lastPathComponent)
        }
        self.init(model: try PerceptronModel(from: file, prefix: "ner"), recipe: file.recipe)
    }

    /// The bundled `ner.model`.
    public static func bundled() throws -> NamedEntityTagger {
        try NamedEntityTagger(contentsOf: EntityResources.url("ner.model"))
    }

    /// Writes the model file.
    public func write(to url: URL) throws {
        var file = ModelFile(kind: Self.modelKind, recipe: recipe, lists: ["labels": EntityLabel.tags])
        model.write(to: &file, prefix: "ner")
        try file.write(to: url)
    }

    /// The best label sequence for one sentence's features, greedily, never an I- after a
    /// label of another type. O(tokens × features).
    func decode(_ tokens: [NamedEntityFeatures.TokenFeatures]) -> [Int] {
        var labels: [Int] = []
        labels.reserveCapacity(tokens.count)
        var scores = [Int32](repeating: 0, count: EntityLabel.tags.count)
        var keys: [UInt64] = []
        keys.reserveCapacity(80)
        for token in tokens {
            let previous = labels.last ?? EntityLabel.outside
            let previous2 = labels.count > 1 ? labels[labels.count - 2] : EntityLabel.outside
            keys.removeAll(keepingCapacity: true)
            keys.append(contentsOf: token.keys)
            NamedEntityFeatures.addDynamic(
                to: &keys, previous: previous, previous2: previous2, word: token.word, shape: token.shape, upos: token.upos)
            model.score(keys, into: &scores)
            labels.append(Self.bestAllowed(scores, after: previous))
        }
        return labels
    }

    /// The highest-scoring label that may follow `previous`; ties go to the lowest index.
    static func bestAllowed<S: Comparable & SignedNumeric>(_ scores: [S], after previous: Int) -> Int {
        var best = EntityLabel.outside
        for label in scores.indices where EntityLabel.allowed(label, after: previous) && scores[label] > scores[best] {
            best = label
        }
        return best
    }
}
