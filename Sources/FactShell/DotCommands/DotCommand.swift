/// A shell command that starts with a dot: `.mode csv`, `.load PATH`.
protocol DotCommand: Sendable {
    /// The name with its dot: `.mode`.
    var name: String { get }
    var aliases: [String] { get }
    /// The arguments as shown in `.help`: `table|tsv|csv|json|jsonl`.
    var usage: String { get }
    /// One line for `.help`.
    var summary: String { get }
    /// Words Tab offers for the argument.
    var argumentChoices: [String] { get }
    /// The argument is a file name (Tab completes file names).
    var argumentIsFile: Bool { get }
    /// Runs with the text after the name (trimmed); returns the outcome.
    func run(_ argument: String, in session: ShellSession) -> ExitStatus
}

extension DotCommand {
    var aliases: [String] { [] }
    var argumentChoices: [String] { [] }
    var argumentIsFile: Bool { false }
}

/// Every dot-command, and the dispatch from a line to its command.
enum DotCommands {
    static let all: [any DotCommand] = [
        HelpCommand(), LoadCommand(), SourcesCommand(), StatsCommand(), ModeCommand(),
        SettingCommand.headers, SettingCommand.evidence, SettingCommand.timer,
        ReadCommand(), OutputCommand(), ParseCommand(), QuitCommand(),
    ]

    /// The command called `name` (with its dot), or nil.
    static func named(_ name: String) -> (any DotCommand)? {
        all.first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Runs a dot-command line such as `.mode csv`.
    static func run(_ line: String, in session: ShellSession) -> ExitStatus {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.prefix { !$0.isWhitespace }).lowercased()
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        guard let command = named(name) else {
            var message = "unknown command '\(name)'"
            if let guess = closest(to: name) { message += "; did you mean \(guess)?" }
            session.report(.command(message + " (.help lists the commands)"))
            return .queryFailed
        }
        return command.run(argument, in: session)
    }

    /// The command name nearest to a mistyped one (edit distance at most 2).
    static func closest(to name: String) -> String? {
        let names = all.flatMap { [$0.name] + $0.aliases }
        let scored = names.map { ($0, editDistance(Array(name), Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}

/// `on`/`off` (also yes/no, true/false, 1/0) as a Bool, or nil.
func parseSwitch(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "on", "yes", "true", "1": true
    case "off", "no", "false", "0": false
    default: nil
    }
}
