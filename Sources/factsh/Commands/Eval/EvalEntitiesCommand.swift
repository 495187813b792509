import ArgumentParser

/// `factsh ... entities`: Measure entity recognition on a .iob2 file.
struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "Measure entity recognition on a .iob2 file.")

    @Argument var arguments: [String] = []

    func run() throws { throw ValidationError("entities: not built yet") }
}
