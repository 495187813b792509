import FactModel

/// Turns a diagnostic into the text a person reads, compiler style:
///
///     queries.fq:3:12: error: expected a noun phrase after 'of'
///     who is mayor of
///                    ^
///
/// In the shell the file is left out (`1:12: error: …`). Column counts characters; the caret line
/// mirrors the tabs of the source line so it stays under the column; a range on one line is
/// underlined with `~`.
public struct DiagnosticRenderer: Sendable {
    var style = Style(enabled: false)

    public init() {}
    init(style: Style) { self.style = style }

    /// The rendered diagnostic, ending with a newline. `source` is the text the positions refer
    /// to, whose first line is line `firstLine` of the file (a whole script, or one statement);
    /// `file` overrides `diagnostic.file`; `showFile: false` omits the file, as the shell does.
    public func render(
        _ diagnostic: Diagnostic, source: String?, firstLine: Int = 1, file: String? = nil, showFile: Bool = true
    ) -> String {
        let fileName = showFile ? (file ?? diagnostic.file) : nil
        var out = header(fileName, diagnostic.range?.start, diagnostic.severity.rawValue, diagnostic.message)
        out += excerpt(source, firstLine, diagnostic.range)
        for note in diagnostic.notes {
            out += header(fileName, note.range?.start, "note", note.message)
            out += excerpt(source, firstLine, note.range)
        }
        return out
    }

    private func header(_ file: String?, _ position: SourcePosition?, _ severity: String, _ message: String) -> String {
        var location = ""
        if let file { location += TerminalSanitizer.sanitize(file) + ":" }
        if let position { location += "\(position.line):\(position.column):" }
        let label: String
        switch severity {
        case "error": label = style.red("error:")
        case "warning": label = style.yellow("warning:")
        default: label = style.bold("\(severity):")
        }
        let prefix = location.isEmpty ? "" : style.bold(location) + " "
        return prefix + label + " " + TerminalSanitizer.sanitize(message) + "\n"
    }

    /// The source line of `range` and a caret line under its start column.
    private func excerpt(_ source: String?, _ firstLine: Int, _ range: SourceRange?) -> String {
        guard let source, let range else { return "" }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let lineIndex = range.start.line - firstLine
        // Positions may count lines of a whole file while `source` is one statement; the caller
        // passes the right text, and a line out of range simply has no excerpt.
        guard lines.indices.contains(lineIndex) else { return "" }
        var line = String(lines[lineIndex])
        if line.hasSuffix("\r") { line.removeLast() }
        let characters = Array(line)
        let column = max(1, range.start.column)
        var caret = ""
        for character in characters.prefix(column - 1) {
            caret += character == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(TerminalSanitizer.sanitize(String(character))))
        }
        var underline = style.green("^")
        if range.end.line == range.start.line, range.end.column > column + 1 {
            let end = min(range.end.column, characters.count + 1)
            if end > column + 1 {
                let covered = String(characters[min(column, characters.count)..<(end - 1)])
                underline += style.green(String(repeating: "~", count: DisplayWidth.of(covered)))
            }
        }
        let shown = line.map { $0 == "\t" ? "\t" : TerminalSanitizer.sanitize(String($0)) }.joined()
        return shown + "\n" + caret + underline + "\n"
    }
}
