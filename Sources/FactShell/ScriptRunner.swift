import Foundation

/// Runs a script: a query file (`-f`, `.read`), piped standard input, or `-c` text. No prompt and
/// no line editor; every failing statement is reported (as `FILE:LINE:COL: error: …`), and with
/// `bail` the script stops at the first one.
enum ScriptRunner {
    /// Runs the lines `nextLine` gives until it returns nil; `file` names the script in
    /// diagnostics. Returns false when the script stopped early (bail or `.quit`).
    @discardableResult
    static func run(lines nextLine: () -> String?, file: String?, in session: ShellSession) -> Bool {
        var reader = StatementReader()
        var number = 0
        while let line = nextLine() {
            number += 1
            guard let statement = reader.add(line, number: number) else { continue }
            if !execute(statement, file: file, in: session) { return false }
        }
        if let unfinished = reader.finish() {
            return execute(unfinished, file: file, in: session)
        }
        return true
    }

    /// Runs the text of a whole script.
    @discardableResult
    static func run(text: String, file: String?, in session: ShellSession) -> Bool {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        if lines.last == "" { lines = lines.dropLast() }
        return run(lines: { lines.popFirst().map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 } }, file: file, in: session)
    }

    /// Runs a script file; a file that cannot be read is reported and gives false. `name` is
    /// how diagnostics call the file (default: the path as given).
    @discardableResult
    static func run(file path: String, in session: ShellSession, as name: String? = nil) -> Bool {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            session.report(.unreadableScript(path: path, reason: ArticleReader.reasonText(error)))
            return false
        }
        switch ArticleReader.decode(data) {
        case .failure(let failure):
            session.report(.unreadableScript(path: path, reason: failure.reason))
            return false
        case .success(let text):
            return run(text: text, file: name ?? path, in: session)
        }
    }

    /// Runs one statement; false when the script must stop.
    private static func execute(_ statement: Statement, file: String?, in session: ShellSession) -> Bool {
        let outcome = StatementRunner.run(statement, in: session, file: file)
        if session.quitRequested { return false }
        return !(session.bail && outcome != .success)
    }
}
