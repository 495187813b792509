import FactModel
import FactStore
import Foundation
import QueryLanguage
import TextPipeline

/// The state of one shell run: the loaded store and engine, the output settings the dot-commands
/// change, where output goes, and the worst outcome so far (the exit status).
public final class ShellSession {
    public let store: FactStore
    public private(set) var engine: QueryEngine
    let loader: CorpusLoader
    /// What was loaded so far, for the banner and `.stats`.
    var loads: [LoadReport] = []
    var loadedPaths: [String] = []

    /// Output settings (`.mode`, `.headers`, `.evidence`, `.timer`).
    public var format: OutputFormat
    public var headers = true
    public var evidence = true
    public var timer = false
    /// Stop at the first failing statement (scripts with `--bail`).
    public var bail = false
    /// True in the REPL: diagnostics leave out the file, the banner is shown, `.quit` ends the loop.
    public var interactive = false

    /// Where answers go (standard output, or the file `.output` names).
    public var output: any TextSink
    /// The standard output, kept while `.output` points elsewhere.
    public let standardOutput: any TextSink
    /// Where messages go.
    public let errors: any TextSink
    /// Set by `.quit`.
    public var quitRequested = false
    /// The worst outcome so far.
    public private(set) var status: ExitStatus = .success
    /// How many statements or loads failed so far.
    public private(set) var failureCount = 0
    /// Nesting of `.read`, to stop a script that reads itself.
    var readDepth = 0

    public init(
        store: FactStore, engine: QueryEngine, loader: CorpusLoader, format: OutputFormat,
        output: any TextSink = DescriptorSink.standardOutput, errors: any TextSink = DescriptorSink.standardError
    ) {
        self.store = store
        self.engine = engine
        self.loader = loader
        self.format = format
        self.output = output
        self.standardOutput = output
        self.errors = errors
    }

    /// Records an outcome; the exit status is the worst one seen.
    func record(_ outcome: ExitStatus) {
        status = max(status, outcome)
        if outcome != .success { failureCount += 1 }
    }

    var errorStyle: Style { Style(enabled: errors.isTerminal && Terminal.allowsColor(STDERR_FILENO)) }
    var outputStyle: Style {
        Style(enabled: output.isTerminal && output === standardOutput && Terminal.allowsColor(STDOUT_FILENO))
    }

    /// The settings answers are formatted with now.
    var formatSettings: FormatSettings {
        FormatSettings(
            headers: headers, evidence: evidence,
            width: output === standardOutput ? Terminal.layoutWidth(of: STDOUT_FILENO) : nil,
            toTerminal: output.isTerminal, style: outputStyle)
    }

    /// Reports a shell problem on standard error and records its exit status.
    func report(_ error: ShellError) {
        errors.write(ErrorReport.render(error, style: errorStyle))
        record(ErrorReport.exitStatus(for: error))
    }

    func warn(_ text: String) {
        errors.write(ErrorReport.renderWarning(text, style: errorStyle))
    }

    /// Tells what a load did: problems and warnings, each naming its file.
    func reportLoad(_ report: LoadReport) {
        loads.append(report)
        for problem in report.problems { self.report(problem) }
        let renderer = DiagnosticRenderer(style: errorStyle)
        for item in report.diagnostics {
            // Always with the file: the position is in a loaded file, not in what was typed.
            errors.write(renderer.render(item.diagnostic, source: item.line, firstLine: item.diagnostic.range?.start.line ?? 1))
            record(.badInput)
        }
        for warning in report.warnings { warn(warning) }
        if report.cancelled { warn("loading stopped by Ctrl-C; \(report.documents) documents were loaded") }
        refreshCompletion()
    }

    /// Loads more sources into the store (`.load`, and the start-up load, whose `setUpSeconds`
    /// of looking up the cache and loading the lexicon count as loading time too).
    func load(_ requests: [LoadRequest], setUpSeconds: Double = 0, isCancelled: @escaping @Sendable () -> Bool) -> LoadReport {
        var report = loader.load(requests, into: store, isCancelled: isCancelled) { problems, warnings in
            for problem in problems { self.report(problem) }
            for warning in warnings { self.warn(warning) }
        }
        report.seconds += setUpSeconds
        loadedPaths += requests.map(\.displayPath)
        reportLoad(report)
        return report
    }

    /// Records the start-up load as opened from the snapshot cache: the store already holds it.
    func openedFromSnapshot(_ requests: [LoadRequest], seconds: Double) -> LoadReport {
        var report = LoadReport()
        report.documents = store.documentIDs.count
        report.sentences = store.documentIDs.reduce(0) { $0 + (store.document($1)?.sentences.count ?? 0) }
        report.facts = store.factCount
        report.entities = store.entityCount
        report.seconds = seconds
        report.fromSnapshot = true
        loadedPaths += requests.map(\.displayPath)
        reportLoad(report)
        return report
    }

    /// A one-line note about the snapshot cache on standard error (`PATH: warning: MESSAGE…`);
    /// the cache never changes the exit status.
    func note(_ problem: Diagnostic, adding consequence: String) {
        var problem = problem
        problem.message += consequence
        errors.write(DiagnosticRenderer(style: errorStyle).render(problem, source: nil))
    }

    /// Points completion at the current store's entity and relation names (in the REPL only).
    func refreshCompletion() {
        guard interactive else { return }
        var vocabulary = Completion.Vocabulary()
        vocabulary.dotCommands = DotCommands.all.flatMap { [$0.name] + $0.aliases }
        vocabulary.keywords = QueryKeywords.all
        var names = Set<String>()
        for index in 0..<store.entityCount {
            let entity = store.entity(EntityID(index))
            names.insert(entity.name)
            for alias in entity.aliases where alias.count > 1 { names.insert(alias) }
        }
        for (relation, _) in store.relationCounts() { names.insert(relation) }
        vocabulary.names = Array(names)
        for command in DotCommands.all {
            if command.argumentIsFile { vocabulary.fileCommands.insert(command.name) }
            if !command.argumentChoices.isEmpty {
                for name in [command.name] + command.aliases { vocabulary.arguments[name] = command.argumentChoices }
            }
        }
        Completion.update(vocabulary)
    }
}
