import FactModel
import Foundation
import QueryLanguage

/// Runs one statement in a session: a dot-command, or a query whose answers are formatted to
/// the session's output and whose diagnostics are rendered to its error stream.
enum StatementRunner {
    /// Runs `statement`; `file` names the script for diagnostics (nil in the shell and for `-c`).
    /// Returns the outcome of this statement.
    @discardableResult
    static func run(_ statement: Statement, in session: ShellSession, file: String?) -> ExitStatus {
        let started = ContinuousClock.now
        let outcome: ExitStatus
        if statement.isDotCommand {
            outcome = DotCommands.run(statement.text, in: session)
        } else {
            outcome = runQuery(statement, in: session, file: file)
        }
        if session.timer {
            let elapsed = ContinuousClock.now - started
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            session.errors.write(session.errorStyle.dim(String(format: "time: %.1f ms", milliseconds)) + "\n")
        }
        return outcome
    }

    private static func runQuery(_ statement: Statement, in session: ShellSession, file: String?) -> ExitStatus {
        let engine = session.engine
        let (results, cancelled) = SignalHandling.cancellable {
            engine.run(statement.text, line: statement.line, isCancelled: SignalHandling.isInterrupted)
        }
        if cancelled {
            session.errors.write(session.errorStyle.yellow("cancelled") + "\n")
            return .success
        }
        var outcome = ExitStatus.success
        let formatter = session.format.formatter
        let settings = session.formatSettings
        for result in results {
            switch result {
            case .success(let table):
                session.output.write(formatter.format(table, settings))
                if table.rows.isEmpty, !formatter.explainsEmptyAnswers {
                    let note = TableFormatter.noAnswerText(table.note)
                    session.errors.write(session.errorStyle.dim("note: " + note) + "\n")
                }
            case .failure(let diagnostic):
                let renderer = DiagnosticRenderer(style: session.errorStyle)
                session.errors.write(renderer.render(
                    diagnostic, source: statement.text, firstLine: statement.line, file: file,
                    showFile: file != nil))
                outcome = max(outcome, ErrorReport.exitStatus(for: diagnostic))
            }
        }
        session.record(outcome)
        return outcome
    }
}
