import ArgumentParser

/// `factsh ... parser`: Measure the parser on a .conllu file.
struct EvalParserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parser", abstract: "Measure the parser on a .conllu file.")

    @Argument var arguments: [String] = []

    func run() throws { throw ValidationError("parser: not built yet") }
}
