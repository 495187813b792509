import Foundation

/// `.read FILE`: run the statements of a query file, as `-f` does.
struct ReadCommand: DotCommand {
    let name = ".read"
    let usage = "FILE"
    let summary = "run the queries in FILE"
    let argumentIsFile = true
    /// Deep enough for any real use, shallow enough to stop a file that reads itself.
    static let maximumDepth = 16

    func run(_ argument: String, in session: ShellSession) -> ExitStatus {
        guard !argument.isEmpty else {
            session.report(.command(".read needs a file name"))
            return .queryFailed
        }
        guard session.readDepth < Self.maximumDepth else {
            session.report(.command(".read: files nested more than \(Self.maximumDepth) deep (does a file read itself?)"))
            return .queryFailed
        }
        let failures = session.failureCount
        session.readDepth += 1
        let bail = session.bail
        // In the shell a script stops at its first error, as sqlite3 and psql do with their bail options.
        if session.interactive { session.bail = true }
        ScriptRunner.run(file: expandHome(unquote(argument)), in: session)
        session.bail = bail
        session.readDepth -= 1
        return session.failureCount > failures ? session.status : .success
    }
}

/// `"my file.fq"` -> `my file.fq`.
func unquote(_ text: String) -> String {
    if text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" {
        return String(text.dropFirst().dropLast())
    }
    return text
}

/// `~/queries.fq` -> `$HOME/queries.fq`.
func expandHome(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
    return home + path.dropFirst()
}
