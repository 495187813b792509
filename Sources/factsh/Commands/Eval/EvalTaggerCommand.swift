import ArgumentParser

/// `factsh ... tagger`: Measure the tagger on a .conllu file.
struct EvalTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tagger", abstract: "Measure the tagger on a .conllu file.")

    @Argument var arguments: [String] = []

    func run() throws { throw ValidationError("tagger: not built yet") }
}
