import ArgumentParser

/// `factsh extract`: print the facts extracted from articles.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "Print the extracted facts.")

    @Option(help: "jsonl, tsv or carb.") var format = "jsonl"
    @Flag(help: "The input has one sentence a line.") var sentences = false
    @Argument var paths: [String]

    func run() throws { throw ValidationError("extract: not built yet") }
}
