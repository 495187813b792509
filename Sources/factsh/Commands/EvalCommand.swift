import ArgumentParser

/// `factsh eval`: measure a pipeline stage against annotated data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Measure a pipeline stage against annotated data.",
        subcommands: [EvalTaggerCommand.self, EvalSentencesCommand.self, EvalParserCommand.self, EvalEntitiesCommand.self])
}
