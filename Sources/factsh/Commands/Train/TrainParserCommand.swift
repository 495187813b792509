import ArgumentParser

/// `factsh ... parser`: Train the parser.
struct TrainParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parser", abstract: "Train the parser.")

    @Argument var arguments: [String] = []

    func run() throws { throw ValidationError("parser: not built yet") }
}
