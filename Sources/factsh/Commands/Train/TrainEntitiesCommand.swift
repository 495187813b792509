import ArgumentParser

/// `factsh ... entities`: Train the entity recognizer.
struct TrainEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "Train the entity recognizer.")

    @Argument var arguments: [String] = []

    func run() throws { throw ValidationError("entities: not built yet") }
}
