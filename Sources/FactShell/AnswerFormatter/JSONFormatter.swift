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
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value) {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
