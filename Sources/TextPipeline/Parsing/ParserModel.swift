import Foundation

/// A trained parser: its labels, feature templates, averaged weights and the recipe that made it.
public struct ParserModel: Sendable {
    /// The `kind` written in the model file.
    public static let kind = "parser"

    public let labels: DependencyLabelSet
    public let templates: ParserFeatureTemplates
    /// The feature extractor of `templates`, made once: its key plans took 1 % of the parse
    /// stage's instructions when each document's decoder made them again.
    public let features: ParserFeatures
    public let weights: ParserWeights
    /// The semantic classes the templates' `c` atoms read (empty when none of them do).
    public let senses: WordSenseClasses
    /// How the model was trained (treebank, commit, seed, epochs, tags, scores).
    public let recipe: [String: String]

    public init(labels: DependencyLabelSet, templates: ParserFeatureTemplates, weights: ParserWeights,
                senses: WordSenseClasses = .empty, recipe: [String: String]) {
        precondition(weights.classCount == Transition.classCount(labelCount: labels.count))
        self.labels = labels
        self.templates = templates
        features = ParserFeatures(templates: templates)
        self.weights = weights
        self.senses = senses
        self.recipe = recipe
    }

    /// The model as a checked, versioned `ModelFile`.
    public func file() -> ModelFile {
        var file = ModelFile(kind: Self.kind, recipe: recipe, lists: ["labels": labels.names, "templates": templates.names])
        weights.write(to: &file, prefix: "weights")
        if senses != .empty { senses.write(to: &file, prefix: "senses") }
        return file
    }

    /// Writes the model file atomically.
    public func write(to url: URL) throws { try file().write(to: url) }

    /// Reads a model from its file (memory-mapped), checking its kind and consistency.
    public init(contentsOf url: URL) throws {
        try self.init(file: ModelFile(contentsOf: url))
    }

    public init(file: ModelFile) throws {
        guard file.kind == Self.kind else { throw ModelFileError.wrongKind(expected: Self.kind, found: file.kind) }
        let names = try file.list("labels")
        guard names.first == "root", names.count < 128 else { throw ModelFileError.malformed("parser labels") }
        labels = DependencyLabelSet(names: names)
        templates = try ParserFeatureTemplates(try file.list("templates"))
        features = ParserFeatures(templates: templates)
        weights = try ParserWeights(from: file, prefix: "weights")
        senses = try WordSenseClasses(from: file, prefix: "senses")
        guard weights.classCount == Transition.classCount(labelCount: labels.count) else {
            throw ModelFileError.malformed("parser class count \(weights.classCount) for \(labels.count) labels")
        }
        recipe = file.recipe
    }
}
