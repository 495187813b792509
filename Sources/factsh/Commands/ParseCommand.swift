import ArgumentParser

/// `factsh ... parse`: Show the dependency tree of sentences.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Show the dependency tree of sentences.")

    @Argument var arguments: [String] = []

    func run() throws { throw ValidationError("parse: not built yet") }
}
