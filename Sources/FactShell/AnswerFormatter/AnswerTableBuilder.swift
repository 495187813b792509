import QueryLanguage

/// Builds answer tables for the shell's own listings (`.sources`, `.stats`), so they print in
/// every output format like answers do.
enum AnswerTableBuilder {
    static func table(columns: [String], rows: [[String]], note: String? = nil) -> AnswerTable {
        AnswerTable(columns: columns, rows: rows.map { AnswerRow(values: $0) }, note: note)
    }
}
