import ArgumentParser
import Foundation
import TextPipeline

/// The parser's decoding options, shared by `parse` and `eval parser`.
struct BranchingOptions: ParsableArguments {
    @Option(help: "Parser decoding: move sequences compared by selectional branching (1: greedy, the default; 2 or 4 parse more accurately and more slowly).")
    var branches = 1

    @Option(help: "Parser decoding: largest score gap (averaged weight units) at which a decision may branch.")
    var branchMargin: Float = 20

    var branching: ParserBranching { ParserBranching(branches: branches, margin: branchMargin) }

    /// The parser read from `modelPath` (the bundled model when nil), decoding with these options.
    func parser(modelPath: String?) throws -> DependencyParser {
        var parser = try modelPath.map { DependencyParser(model: try ParserModel(contentsOf: URL(fileURLWithPath: $0))) }
            ?? DependencyParser.bundled()
        parser.branching = branching
        return parser
    }
}
