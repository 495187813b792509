import ArgumentParser

/// `factsh ... sentences`: Measure tokenization and sentence splitting on a .conllu file.
struct EvalSentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sentences", abstract: "Measure tokenization and sentence splitting on a .conllu file.")

    @Argument var arguments: [String] = []

    func run() throws { throw ValidationError("sentences: not built yet") }
}
