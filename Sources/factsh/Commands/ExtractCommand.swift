import ArgumentParser
import FactShell

/// `factsh extract [--format jsonl|tsv|carb|carb-features] [--sentences] PATH ...`: print the extracted facts.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the facts extracted from articles.",
        discussion: "tsv columns: source (path:line), subject, relation, object, qualifiers, kind, confidence, sentence.")

    @Option(help: ArgumentHelp("jsonl (the store's fact format), tsv, carb (for the CaRB benchmark), or carb-features (carb with confidence features, for training).", valueName: "FORMAT"))
    var format = "jsonl"

    @Flag(help: "The input has one sentence a line.")
    var sentences = false

    @Argument(help: "Article files or folders.")
    var paths: [String]

    func validate() throws {
        guard ExtractFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)': use jsonl, tsv, carb or carb-features")
        }
    }

    func run() throws {
        let status = ExtractRunner.run(paths: paths, format: ExtractFormat(rawValue: format)!, sentencePerLine: sentences)
        throw ExitCode(status)
    }
}
