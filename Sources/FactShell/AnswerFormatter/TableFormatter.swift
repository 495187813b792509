import QueryLanguage

/// Aligned columns for people, fitted to the terminal width: evidence is wrapped (at most
/// `evidenceLines` lines, then cut with "…"), the source keeps its line number, other wide
/// columns are cut with "…". An empty answer is said plainly.
struct TableFormatter: AnswerFormatter {
    var evidenceLines = 3
    var explainsEmptyAnswers: Bool { true }

    func format(_ table: AnswerTable, _ settings: FormatSettings) -> String {
        let style = settings.style
        if table.rows.isEmpty {
            return style.yellow(Self.noAnswerText(table.note)) + "\n"
        }
        var records = AnswerRecords(table, evidence: settings.evidence)
        records.rows = records.rows.map { $0.map { TerminalSanitizer.sanitize($0) } }
        records.columns = records.columns.map { TerminalSanitizer.sanitize($0) }
        let evidence = records.evidenceColumn
        let source = evidence.map { $0 + 1 }
        if let source {
            // In a table the folder adds little: show the file name and line.
            records.rows = records.rows.map { row in
                var row = row
                row[source] = Self.fileAndLine(row[source])
                return row
            }
        }
        let widths = fit(records, evidence: evidence, source: source, into: settings.width)
        // Columns of numbers read better right-aligned ("1,193" under "75").
        let numeric = records.columns.indices.map { index in
            index != evidence && index != source && !records.rows.isEmpty
                && records.rows.allSatisfy { Self.isNumber($0[index]) }
        }
        var out = ""
        let separator = " │ "
        if settings.headers {
            let header = records.columns.enumerated().map { index, name in
                DisplayWidth.pad(DisplayWidth.truncate(name, to: widths[index]), to: widths[index])
            }
            out += trimmed(" " + header.map { style.bold($0) }.joined(separator: separator)) + "\n"
            out += "─" + widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─") + "\n"
        }
        for row in records.rows {
            var columnLines: [[String]] = []
            for (index, cell) in row.enumerated() {
                if index == evidence {
                    columnLines.append(DisplayWidth.wrap(cell, to: widths[index], maxLines: evidenceLines))
                } else if index == source {
                    columnLines.append([DisplayWidth.truncateMiddle(cell, to: widths[index], keepingSuffix: Self.lineSuffixLength(cell))])
                } else if cell.contains("/"), let slash = cell.lastIndex(of: "/") {
                    // A path: keep its file name, cut the folders in the middle.
                    let fileName = cell.distance(from: slash, to: cell.endIndex)
                    columnLines.append([DisplayWidth.truncateMiddle(cell, to: widths[index], keepingSuffix: min(fileName, widths[index] - 4))])
                } else {
                    columnLines.append([DisplayWidth.truncate(cell, to: widths[index])])
                }
            }
            let height = columnLines.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                let cells = columnLines.enumerated().map { index, lines in
                    let text = lineIndex < lines.count ? lines[lineIndex] : ""
                    return numeric[index]
                        ? String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text))) + text
                        : DisplayWidth.pad(text, to: widths[index])
                }
                out += trimmed(" " + cells.joined(separator: separator)) + "\n"
            }
        }
        if let noun = settings.rowNoun {
            let count = table.rows.count
            out += style.dim("(\(count) \(count == 1 ? noun.singular : noun.plural))") + "\n"
        }
        if let note = table.note, !note.isEmpty { out += style.dim(TerminalSanitizer.sanitize(note)) + "\n" }
        return out
    }

    /// True for "75", "1,193", "-2.5", "12%": a cell a number column holds.
    static func isNumber(_ text: String) -> Bool {
        let core = text.hasSuffix("%") ? String(text.dropLast()) : text
        guard let first = core.first, first.isNumber || (first == "-" && core.count > 1) else { return false }
        return core.dropFirst().allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    /// "No answer." or the engine's note, stated as a sentence.
    static func noAnswerText(_ note: String?) -> String {
        guard let note = note.map({ TerminalSanitizer.sanitize($0) }), !note.isEmpty else { return "No answer." }
        let capitalized = note.prefix(1).uppercased() + note.dropFirst()
        return note.lowercased().hasPrefix("no answer") ? capitalized : "No answer: \(note)"
    }

    /// `Corpus/2019-01-04-pelosi.txt:3` -> `2019-01-04-pelosi.txt:3`.
    static func fileAndLine(_ source: String) -> String {
        guard let slash = source.lastIndex(of: "/") else { return source }
        return String(source[source.index(after: slash)...])
    }

    /// How many trailing characters hold ":LINE" (kept when a source is cut in the middle).
    static func lineSuffixLength(_ source: String) -> Int {
        guard let colon = source.lastIndex(of: ":") else { return 0 }
        return source.distance(from: colon, to: source.endIndex)
    }

    /// Column widths: natural widths when they fit; otherwise the source is capped to a quarter
    /// of the width, each answer column to a third, and evidence takes what is left (at least
    /// 20); if that is still too wide, the widest columns shrink further.
    func fit(_ records: AnswerRecords, evidence: Int?, source: Int?, into limit: Int?) -> [Int] {
        var widths = records.columns.indices.map { index in
            max(DisplayWidth.of(records.columns[index]), records.rows.map { DisplayWidth.of($0[index]) }.max() ?? 0)
        }
        guard let limit else { return widths.map { min($0, 200) } }
        // A line is " " + cells joined by " │ ".
        let overhead = 1 + 3 * (widths.count - 1)
        func total() -> Int { overhead + widths.reduce(0, +) }
        guard total() > limit else { return widths }
        if let source { widths[source] = min(widths[source], max(16, limit / 4)) }
        for index in widths.indices where index != evidence && index != source {
            widths[index] = min(widths[index], max(12, limit / 3))
        }
        if let evidence {
            let others = widths.indices.filter { $0 != evidence }.reduce(0) { $0 + widths[$1] }
            widths[evidence] = min(widths[evidence], max(20, limit - overhead - others))
        }
        while total() > limit {
            let shrinkable = widths.indices.filter { widths[$0] > ($0 == evidence ? 10 : 6) }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }

    private func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
