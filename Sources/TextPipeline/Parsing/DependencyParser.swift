import Foundation

/// Assigns each token a head and a Universal Dependencies label: a greedy arc-hybrid parser
/// scored by an averaged perceptron (see `ParserTrainer`), one tree per sentence, one root each.
public struct DependencyParser: Sendable {
    public let model: ParserModel
    /// Greedy decoding (the default), or selectional branching at a cost in speed.
    public var branching: ParserBranching

    public init(model: ParserModel, branching: ParserBranching = .greedy) {
        self.model = model
        self.branching = branching
    }

    /// The parser trained on UD English EWT, loaded once from the package's resources.
    public static func bundled() throws -> DependencyParser {
        try bundledModel.get()
    }

    private static let bundledModel: Result<DependencyParser, Error> = Result {
        guard let url = Bundle.module.url(forResource: "parser", withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "parser", withExtension: "model")
        else { throw ParserModelError.missingResource("parser.model") }
        return DependencyParser(model: try ParserModel(contentsOf: url))
    }

    /// Parses every sentence of `document`, setting each token's `head` (document-level index,
    /// -1 for the root) and `deprel`. Reads `form`, `xpos`, `upos` and `lemma`. Clauses joined by
    /// semicolons that the whole parse tangles are parsed one at a time (`SemicolonClauses`).
    public func parse(_ document: inout AnnotatedDocument) {
        var decoder = ParserDecoder(model: model, branching: branching)
        let semicolons = SemicolonClauses(labels: model.labels)
        for sentence in document.sentences where !sentence.isEmpty {
            let input = ParserInput(document, range: sentence, senses: model.senses)
            var tree = decoder.parse(input)
            if let clauses = semicolons.reparse(tree, sentence: sentence, document: document, parse: { range in
                decoder.parse(ParserInput(document, range: range, senses: model.senses))
            }) {
                tree = clauses
            }
            for (offset, index) in sentence.enumerated() {
                let head = Int(tree.heads[offset])
                document.tokens[index].head = head == input.count ? -1 : Int32(sentence.lowerBound + head)
                document.tokens[index].deprel = model.labels.name(of: tree.labels[offset])
            }
        }
    }

    /// Parses one encoded sentence: heads (sentence-level, `input.count` for ROOT) and labels.
    public func parse(_ input: ParserInput) -> (heads: [Int32], labels: [String]) {
        var decoder = ParserDecoder(model: model, branching: branching)
        let tree = decoder.parse(input)
        return (tree.heads, tree.labels.map { model.labels.name(of: $0) })
    }
}
