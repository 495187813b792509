@testable import QueryLanguage

/// How the parser understood a question, as `explain` prints its form; "<not a question>" when the
/// text parses as something else or not at all (which no expected form contains).
enum UnderstoodQuestion {
    static func text(_ question: String) -> String {
        guard case .success(let statement)? = QueryParser.parse(question).first, case .question(let parsed) = statement.body else {
            return "<not a question>"
        }
        return "\(parsed)"
    }
}
