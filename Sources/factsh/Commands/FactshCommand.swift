import ArgumentParser
import FactShell

/// `factsh [OPTIONS] [PATH ...]`: open the shell over articles, folders and fact files.
struct FactshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factsh",
        abstract: "Ask questions of news articles.",
        version: "0.1.0",
        subcommands: [ExtractCommand.self, EvalCommand.self, TrainCommand.self, ParseCommand.self]
    )

    @Argument(help: "Article files (.txt), folders, or fact files (.jsonl). Default: the demo corpus.")
    var paths: [String] = []

    @Option(name: [.short, .customLong("command")], help: "Run QUERY, print its answer, exit (repeatable).")
    var commands: [String] = []

    @Option(name: [.short, .customLong("file")], help: "Run a query file, exit.")
    var file: String?

    @Option(help: "Output format: table, tsv, csv, json or jsonl.")
    var format: String?

    @Flag(help: "Stop a script at its first error.")
    var bail = false

    @Flag(help: "Answers without their evidence columns.")
    var noEvidence = false

    mutating func run() throws {
        var options = ShellOptions()
        options.paths = paths
        options.commands = commands
        options.scriptFile = file
        if let format {
            guard let parsed = OutputFormat(rawValue: format) else {
                throw ValidationError("unknown format '\(format)': use table, tsv, csv, json or jsonl")
            }
            options.format = parsed
        }
        options.bail = bail
        options.evidence = !noEvidence
        throw ExitCode(ShellMain.run(options))
    }
}
