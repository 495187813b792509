import ArgumentParser
import FactShell

/// `factsh [OPTIONS] [PATH ...]`: open the shell over articles, folders and fact files.
struct FactshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factsh",
        abstract: "Ask questions of news articles.",
        discussion: """
        With no PATH, factsh opens over the demo corpus in Corpus/. Standard input that is not a \
        terminal is read as a script. Exit status: 0 every query succeeded, 1 a query failed, \
        2 bad usage or unreadable input.
        """,
        version: ShellMain.version,
        subcommands: [ExtractCommand.self, EvalCommand.self, TrainCommand.self, ParseCommand.self]
    )

    @Argument(help: "Article files (.txt), folders (searched recursively), or fact files (.jsonl).")
    var paths: [String] = []

    @Option(name: [.short, .customLong("command")], help: ArgumentHelp("Run QUERY, print its answer, exit (repeatable, run in order).", valueName: "QUERY"))
    var commands: [String] = []

    @Option(name: [.short, .customLong("file")], help: ArgumentHelp("Run a query file, exit ('-' reads standard input).", valueName: "SCRIPT"))
    var file: String?

    @Option(help: ArgumentHelp("Output format: table, tsv, csv, json or jsonl (default: table on a terminal, tsv otherwise).", valueName: "FORMAT"))
    var format: String?

    @Flag(help: "Stop a script at its first error.")
    var bail = false

    @Flag(help: "Answers without their evidence columns.")
    var noEvidence = false

    @Flag(help: "Neither read nor write the snapshot cache (also FACTSH_NO_CACHE=1).")
    var noCache = false

    func validate() throws {
        if let format, OutputFormat(rawValue: format) == nil {
            throw ValidationError("unknown format '\(format)': use table, tsv, csv, json or jsonl")
        }
        if file != nil, !commands.isEmpty {
            throw ValidationError("give either --command or --file, not both")
        }
    }

    func run() throws {
        var options = ShellOptions()
        options.paths = paths
        options.commands = commands
        options.scriptFile = file
        options.format = format.flatMap(OutputFormat.init(rawValue:))
        options.bail = bail
        options.evidence = !noEvidence
        options.noCache = noCache
        throw ExitCode(ShellMain.run(options))
    }
}
