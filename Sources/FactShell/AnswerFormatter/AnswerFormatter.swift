import QueryLanguage

/// How answers are laid out; chosen with `--format` or `.mode`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, tsv, csv, json, jsonl

    /// The formatter for this format.
    var formatter: any AnswerFormatter {
        switch self {
        case .table: TableFormatter()
        case .tsv: DelimitedFormatter(style: .tsv)
        case .csv: DelimitedFormatter(style: .csv)
        case .json: JSONFormatter(linePerRow: false)
        case .jsonl: JSONFormatter(linePerRow: true)
        }
    }
}

/// The settings that shape one answer's text.
struct FormatSettings: Sendable {
    /// Print the header row (tsv, csv, table).
    var headers = true
    /// Add the `evidence` and `source` columns.
    var evidence = true
    /// The width tables must fit in; nil for no limit.
    var width: Int?
    /// The output is a terminal: make every control character visible.
    var toTerminal = false
    var style = Style(enabled: false)
    /// What a table counts in its footer ("(3 answers)"); nil for no footer.
    var rowNoun: (singular: String, plural: String)? = ("answer", "answers")
}

/// Turns one answer table into text in one output format.
protocol AnswerFormatter: Sendable {
    /// The text of `table`, ending with a newline (or empty when the format prints nothing).
    func format(_ table: AnswerTable, _ settings: FormatSettings) -> String
    /// True when the format states an empty answer in its own output (a table does; tsv prints a
    /// header only, so the shell says it on standard error).
    var explainsEmptyAnswers: Bool { get }
}

/// An answer flattened into named string columns: the answer columns first, then `evidence`
/// (the best evidence sentence) and `source` (`path:line`, followed by `(sentence)` when the
/// answer was read from the sentence text rather than from a fact).
struct AnswerRecords: Sendable {
    var columns: [String]
    var rows: [[String]]
    /// Index of the first evidence column, when evidence is included.
    var evidenceColumn: Int?

    init(_ table: AnswerTable, evidence: Bool) {
        // The answer columns are the table's columns without the evidence columns the engine
        // may list: evidence lives in `AnswerRow.evidence`.
        let answerColumns = table.columns.filter { $0 != "evidence" && $0 != "source" }
        let width = max(answerColumns.count, table.rows.map(\.values.count).max() ?? 0)
        var columns = answerColumns
        while columns.count < width { columns.append("column\(columns.count + 1)") }
        evidenceColumn = evidence ? columns.count : nil
        if evidence { columns += ["evidence", "source"] }
        self.columns = columns
        rows = table.rows.map { row in
            var cells = row.values
            while cells.count < width { cells.append("") }
            if evidence {
                if let best = row.evidence.first {
                    cells.append(best.sentence)
                    // An answer the fallback read from the sentence text, not from a fact, says so.
                    cells.append(best.path.isEmpty ? "" : "\(best.path):\(best.line)" + (best.fromSentence ? " (sentence)" : ""))
                } else {
                    cells += ["", ""]
                }
            }
            return cells
        }
    }
}
