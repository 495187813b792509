import FactModel

/// How a run ended, as the exit status the command line promises.
public enum ExitStatus: Int32, Sendable, Comparable {
    /// Every query succeeded.
    case success = 0
    /// At least one query failed.
    case queryFailed = 1
    /// Bad usage, or input that could not be read.
    case badInput = 2

    public static func < (a: ExitStatus, b: ExitStatus) -> Bool { a.rawValue < b.rawValue }
}

/// Problems the shell itself reports (not query diagnostics): each has its message and exit status here.
public enum ShellError: Error, Sendable, Equatable {
    /// A file or folder could not be loaded; `reason` says why ("binary file", "not valid UTF-8 …").
    case unloadable(path: String, reason: String)
    /// A path that does not exist.
    case missing(path: String)
    /// The command line used wrongly.
    case usage(String)
    /// A dot-command that failed: an unknown command, `.mode` with an unknown format…
    case command(String)
    /// The demo corpus could not be found.
    case noCorpus(searched: [String])
    /// A script file could not be read.
    case unreadableScript(path: String, reason: String)
    /// An output file could not be opened.
    case unwritable(path: String, reason: String)
    /// The text pipeline's models could not be loaded, so articles cannot be read.
    case models(reason: String)
}

/// The one place that turns a problem into the text a person reads and the exit status it implies.
public enum ErrorReport {
    /// The exit status a problem implies.
    public static func exitStatus(for error: ShellError) -> ExitStatus {
        switch error {
        case .usage: .badInput
        case .command: .queryFailed
        case .unloadable, .missing, .noCorpus, .unreadableScript, .unwritable, .models: .badInput
        }
    }

    /// The exit status a failed query implies.
    public static func exitStatus(for diagnostic: Diagnostic) -> ExitStatus {
        diagnostic.severity == .error ? .queryFailed : .success
    }

    /// The message for a shell problem, one line, without a trailing newline.
    public static func message(for error: ShellError) -> String {
        switch error {
        case .unloadable(let path, let reason): "\(path): \(reason); skipped"
        case .missing(let path): "\(path): no such file or folder"
        case .usage(let text), .command(let text): text
        case .noCorpus(let searched):
            "cannot find the demo corpus (looked in \(searched.joined(separator: ", "))); "
                + "give article files or folders, or set FACTSH_CORPUS"
        case .unreadableScript(let path, let reason): "cannot read script \(path): \(reason)"
        case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
        case .models(let reason): "cannot load the language models (\(reason)); articles cannot be read"
        }
    }

    /// The full line printed on standard error: `error: MESSAGE`.
    static func render(_ error: ShellError, style: Style) -> String {
        style.red("error:") + " " + TerminalSanitizer.sanitize(message(for: error)) + "\n"
    }

    /// A warning line: `warning: MESSAGE`.
    static func renderWarning(_ text: String, style: Style) -> String {
        style.yellow("warning:") + " " + TerminalSanitizer.sanitize(text) + "\n"
    }
}
