import ArgumentParser

/// `factsh ... tagger`: Train the tagger.
struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tagger", abstract: "Train the tagger.")

    @Argument var arguments: [String] = []

    func run() throws { throw ValidationError("tagger: not built yet") }
}
