/// `.mode [FORMAT]`: how answers are printed; without an argument, tells the current mode.
struct ModeCommand: DotCommand {
    let name = ".mode"
    let usage = "table|tsv|csv|json|jsonl"
    let summary = "how answers are printed"
    var argumentChoices: [String] { OutputFormat.allCases.map(\.rawValue) }

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        guard !argument.isEmpty else {
            session.output.write("mode: \(session.format.rawValue)\n")
            return .success
        }
        guard let format = OutputFormat(rawValue: argument.lowercased()) else {
            session.report(.command("unknown mode '\(argument)': use \(usage)"))
            return .queryFailed
        }
        session.format = format
        return .success
    }
}
