#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import FactModel
import FactStore
import Foundation
import QueryLanguage
import TextPipeline

/// Entry point of the shell: loads the sources, then runs `-c` commands, a `-f` script, piped
/// standard input, or the interactive REPL; returns the exit status.
public enum ShellMain {
    public static let version = "0.1.0"

    /// Runs the shell and returns the process exit status.
    public static func run(_ options: ShellOptions) -> Int32 {
        let interactive = options.commands.isEmpty && options.scriptFile == nil && Terminal.isTerminal(STDIN_FILENO)
        if interactive {
            SignalHandling.installCrashHandlers()
            SignalHandling.installInterruptHandler()
        }
        let errors = DescriptorSink.standardError
        let errorStyle = Style(enabled: Terminal.allowsColor(STDERR_FILENO))

        // Where to load from: the paths given, or the demo corpus.
        var requests = options.paths.map { LoadRequest(path: $0) }
        if requests.isEmpty {
            switch CorpusLocator.locate() {
            case .success(let corpus): requests = [LoadRequest(path: corpus.directory, displayPath: corpus.displayName)]
            case .failure(let problem):
                errors.write(ErrorReport.render(problem, style: errorStyle))
                return ErrorReport.exitStatus(for: problem).rawValue
            }
        }
        let session: ShellSession
        let started = ContinuousClock.now
        let loader = CorpusLoader.bundled()
        let cache = SnapshotCache(environment: ProcessInfo.processInfo.environment, disabled: options.noCache)
        let lookup = cache?.lookup(requests, loader: loader) ?? .uncacheable
        var snapshotStore: FactStore?
        if case .hit(let store) = lookup { snapshotStore = store }
        do {
            session = try makeSession(options: options, interactive: interactive, store: snapshotStore ?? FactStore(), loader: loader)
        } catch {
            errors.write(errorStyle.red("error:") + " cannot load the language models: \(error)\n")
            return ExitStatus.badInput.rawValue
        }
        let report = openSources(requests, in: session, cache: cache, lookup: lookup, started: started)
        if !interactive, report.documents == 0, case .failure = session.loader.models {
            // Nothing could be read: answering over an empty store would only mislead.
            return session.status.rawValue
        }

        if !options.commands.isEmpty {
            for command in options.commands {
                if !ScriptRunner.run(text: command, file: nil, in: session) { break }
            }
        } else if let script = options.scriptFile {
            if script == "-" {
                ScriptRunner.run(lines: { Swift.readLine(strippingNewline: true) }, file: "<stdin>", in: session)
            } else {
                ScriptRunner.run(file: script, in: session)
            }
        } else if !interactive {
            ScriptRunner.run(lines: { Swift.readLine(strippingNewline: true) }, file: "<stdin>", in: session)
        } else {
            session.interactive = true
            session.output.write(banner(report, style: session.outputStyle))
            let wanted = History.path()
            let editor = LineEditor(historyPath: wanted)
            if let wanted, editor.historyPath == nil {
                session.warn("cannot create the history file \(wanted); history is not saved this session")
            }
            REPL.run(session, editor: editor)
            SignalHandling.restoreTerminal()
        }
        return session.status.rawValue
    }

    /// The start-up load: from the snapshot when `lookup` found one, else from the sources, then
    /// saved to the cache when the load was complete and clean (a snapshot must answer exactly
    /// as its sources do). A damaged or old snapshot, or one that cannot be written, is one line
    /// on standard error.
    static func openSources(
        _ requests: [LoadRequest], in session: ShellSession, cache: SnapshotCache?, lookup: SnapshotCache.Lookup,
        started: ContinuousClock.Instant
    ) -> LoadReport {
        if case .hit = lookup { return session.openedFromSnapshot(requests, seconds: seconds(since: started)) }
        if case .miss(_, _, let problem?) = lookup {
            session.note(problem, adding: "; rebuilding it from the sources")
        }
        let setUpSeconds = seconds(since: started)
        let report = SignalHandling.cancellable {
            session.load(requests, setUpSeconds: setUpSeconds, isCancelled: SignalHandling.isInterrupted)
        }.0
        if let cache, case .miss(let key, let path, _) = lookup, report.documents > 0, !report.cancelled,
           report.problems.isEmpty, report.warnings.isEmpty, report.diagnostics.isEmpty,
           let problem = cache.save(session.store, key: key, path: path) {
            session.note(problem, adding: "; the snapshot cache is not updated")
        }
        return report
    }

    /// The store, the engine over it, and the loader, with the format the options ask for.
    static func makeSession(options: ShellOptions, interactive: Bool, store: FactStore, loader: CorpusLoader) throws -> ShellSession {
        let engine = QueryEngine(source: store, lexicon: try WordNetLexicon.bundled(), sentenceParser: LazySentenceParser(loader: loader))
        let format = options.format ?? (Terminal.isTerminal(STDOUT_FILENO) ? .table : .tsv)
        let session = ShellSession(store: store, engine: engine, loader: loader, format: format)
        session.bail = options.bail
        session.evidence = options.evidence
        session.interactive = interactive
        return session
    }

    /// What the shell says on start: version, what was loaded, how long it took, where help is.
    static func banner(_ report: LoadReport, style: Style) -> String {
        style.bold("factsh \(version)") + " — " + LoadSummary.line(report)
            + (report.fromSnapshot ? " (from the snapshot cache)" : "") + "\n"
            + "Ask a question (who attends meeting), or type .help. Tab completes; Ctrl-D quits.\n"
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
