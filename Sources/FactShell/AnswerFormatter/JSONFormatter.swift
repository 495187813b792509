import FactStore
import QueryLanguage

/// JSON output: one array of row objects per answer (`json`), or one object per line (`jsonl`).
/// Keys keep the column order; every value is a string.
struct JSONFormatter: AnswerFormatter {
    let linePerRow: Bool
    var explainsEmptyAnswers: Bool { false }

    func format(_ table: AnswerTable, _ settings: FormatSettings) -> String {
        let records = AnswerRecords(table, evidence: settings.evidence)
        let objects = records.rows.map { row in
            "{" + zip(records.columns, row).map { "\(Self.quote($0)):\(Self.quote($1))" }.joined(separator: ",") + "}"
        }
        if linePerRow { return objects.map { $0 + "\n" }.joined() }
        return "[" + objects.joined(separator: ",\n") + "]\n"
    }

    /// A JSON string literal (RFC 8259); control characters are escaped, so output is safe on a terminal.
    static func quote(_ text: String) -> String {
        JSONText.quote(text, escapingTerminalControls: true)
    }
}
