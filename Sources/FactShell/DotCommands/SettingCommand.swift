/// The on/off settings: `.headers`, `.evidence`, `.timer`. Without an argument, each tells its value.
struct SettingCommand: DotCommand {
    let name: String
    let summary: String
    let keyPath: ReferenceWritableKeyPath<ShellSession, Bool> & Sendable
    let usage = "on|off"
    var argumentChoices: [String] { ["on", "off"] }

    static let headers = SettingCommand(name: ".headers", summary: "header row in table, tsv and csv output", keyPath: \.headers)
    static let evidence = SettingCommand(name: ".evidence", summary: "evidence and source columns with every answer", keyPath: \.evidence)
    static let timer = SettingCommand(name: ".timer", summary: "show how long each statement took", keyPath: \.timer)

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        guard !argument.isEmpty else {
            session.output.write("\(name.dropFirst()): \(session[keyPath: keyPath] ? "on" : "off")\n")
            return .success
        }
        guard let value = parseSwitch(argument) else {
            session.report(.command("\(name) takes on or off, not '\(argument)'"))
            return .queryFailed
        }
        session[keyPath: keyPath] = value
        return .success
    }
}
