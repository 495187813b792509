import ArgumentParser

/// `factsh train`: rebuild a committed model from its treebank.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train", abstract: "Rebuild a bundled model from its training data.",
        subcommands: [TrainTaggerCommand.self, TrainParserCommand.self, TrainEntitiesCommand.self])
}
