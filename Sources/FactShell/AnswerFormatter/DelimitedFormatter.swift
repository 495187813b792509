import QueryLanguage

/// Tab- and comma-separated output for programs: a header row first, the answer in the first column.
struct DelimitedFormatter: AnswerFormatter {
    enum Style: Sendable {
        /// Tab-separated; tabs, newlines and backslashes in values are written `\t`, `\n`, `\\`,
        /// so one row is always one line.
        case tsv
        /// RFC 4180: CRLF line ends; a field holding a comma, quote, CR or LF is quoted, with quotes doubled.
        case csv
    }

    let style: Style
    var explainsEmptyAnswers: Bool { false }

    func format(_ table: AnswerTable, _ settings: FormatSettings) -> String {
        let records = AnswerRecords(table, evidence: settings.evidence)
        var out = ""
        if settings.headers { out += line(records.columns, settings) }
        for row in records.rows { out += line(row, settings) }
        return out
    }

    private func line(_ fields: [String], _ settings: FormatSettings) -> String {
        let safe = settings.toTerminal ? fields.map { TerminalSanitizer.sanitize($0, singleLine: false) } : fields
        switch style {
        case .tsv: return safe.map(Self.escapeTSV).joined(separator: "\t") + "\n"
        case .csv: return safe.map(Self.quoteCSV).joined(separator: ",") + "\r\n"
        }
    }

    /// A TSV field: `\` `\t` `\n` `\r` written as two-character escapes.
    static func escapeTSV(_ field: String) -> String {
        guard field.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" || $0 == "\r\n" }) else {
            return field
        }
        var out = ""
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A CSV field per RFC 4180.
    static func quoteCSV(_ field: String) -> String {
        let special = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard special else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
