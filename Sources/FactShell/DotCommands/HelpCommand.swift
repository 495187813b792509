/// `.help [TOPIC]`: the commands, or one topic: `keys`, `query`, `formats`, `files`, or a command.
struct HelpCommand: DotCommand {
    let name = ".help"
    let aliases = [".h"]
    let usage = "[TOPIC]"
    let summary = "this help; topics: keys, query, formats, files, or a .command"
    var argumentChoices: [String] { HelpText.topics.map(\.name) + DotCommands.all.map(\.name) }

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        let topic = argument.lowercased()
        if topic.isEmpty {
            session.output.write(HelpText.overview)
        } else if let text = HelpText.topics.first(where: { $0.name == topic })?.text {
            session.output.write(text)
        } else if let command = DotCommands.named(topic.hasPrefix(".") ? topic : "." + topic) {
            session.output.write(HelpText.describe(command))
        } else {
            session.report(.command("no help on '\(argument)'; topics: "
                + HelpText.topics.map(\.name).joined(separator: ", ") + ", or a command such as .mode"))
            return .queryFailed
        }
        return .success
    }
}
