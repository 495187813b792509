import QueryLanguage

/// One statement of input: a query (one or more lines) or a dot-command (one line).
public struct Statement: Equatable, Sendable {
    public var text: String
    /// The line of the input the statement starts on (1-based).
    public var line: Int
    public var isDotCommand: Bool
}

/// Groups input lines into statements. A line starting with `.` (at the start of a statement)
/// is a dot-command; a query continues onto the next line while the query language says it is
/// unfinished (an open parenthesis or quote: `QueryEngine.needsContinuation`). Blank lines
/// between statements are skipped.
public struct StatementReader: Sendable {
    private var pending: [String] = []
    private var pendingLine = 0

    public init() {}

    /// True while a statement is unfinished (the shell shows the continuation prompt).
    public var isContinuing: Bool { !pending.isEmpty }
    /// The number of lines the unfinished statement has so far.
    public var pendingLineCount: Int { pending.count }

    /// Adds input line `number`; returns the statement it completes, if any.
    public mutating func add(_ line: String, number: Int) -> Statement? {
        if pending.isEmpty {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            if trimmed.hasPrefix(".") { return Statement(text: trimmed, line: number, isDotCommand: true) }
            pendingLine = number
        }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        if QueryEngine.needsContinuation(text) { return nil }
        pending = []
        return Statement(text: text, line: pendingLine, isDotCommand: false)
    }

    /// At the end of input: the unfinished statement, if one is pending (the query language
    /// then reports what is missing).
    public mutating func finish() -> Statement? {
        guard !pending.isEmpty else { return nil }
        defer { pending = [] }
        return Statement(text: pending.joined(separator: "\n"), line: pendingLine, isDotCommand: false)
    }

    /// Drops the unfinished statement (Ctrl-C).
    public mutating func reset() { pending = [] }
}
