import FactModel

/// Every message the query language can give, each with a stable identifier.
///
/// The parser and evaluator detect problems and call one of these; the wording lives only here,
/// and the shell renders the resulting `Diagnostic` (position, caret, notes).
public enum QueryDiagnostics {
    /// The identifiers, stable across versions: scripts and tests may rely on them.
    public enum ID {
        public static let unexpectedCharacter = "query.unexpected-character"
        public static let unterminatedString = "query.unterminated-string"
        public static let unclosedParenthesis = "query.unclosed-parenthesis"
        public static let unmatchedParenthesis = "query.unmatched-parenthesis"
        public static let expectedStatement = "query.expected-statement"
        public static let expectedNounPhrase = "query.expected-noun-phrase"
        public static let expectedVerb = "query.expected-verb"
        public static let expectedName = "query.expected-name"
        public static let expectedString = "query.expected-string"
        public static let expectedVariable = "query.expected-variable"
        public static let expectedNumber = "query.expected-number"
        public static let expectedKeyword = "query.expected-keyword"
        public static let expectedCondition = "query.expected-condition"
        public static let unexpectedToken = "query.unexpected-token"
        public static let nestingTooDeep = "query.nesting-too-deep"
        public static let unboundVariable = "query.unbound-variable"
        public static let unknownEntity = "query.unknown-entity"
        public static let cancelled = "query.cancelled"
    }

    static func at(_ range: SourceRange, _ id: String, _ message: String, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(id: id, severity: .error, message: message, range: range, notes: notes)
    }

    /// How a token is named in a message: 'attends', "a string", end of input.
    static func describe(_ token: QueryToken) -> String {
        switch token.kind {
        case .end: return "the end of the input"
        case .separator: return token.text == ";" ? "';'" : "the end of the line"
        case .string, .unterminatedString: return "the string \"\(token.text)\""
        case .variable: return "'?\(token.text)'"
        default: return "'\(token.text)'"
        }
    }

    static func unexpectedCharacter(_ token: QueryToken) -> Diagnostic {
        at(token.range, ID.unexpectedCharacter, "unexpected character '\(token.text)'")
    }

    static func unterminatedString(_ token: QueryToken) -> Diagnostic {
        at(SourceRange(at: token.range.end), ID.unterminatedString, "unterminated string",
           notes: [Diagnostic.Note(message: "the string opened here", range: SourceRange(at: token.range.start))])
    }

    static func unclosedParenthesis(at token: QueryToken, opener: QueryToken) -> Diagnostic {
        at(token.range, ID.unclosedParenthesis,
           "expected ')' before \(describe(token)) (to close '(' at \(opener.range.start.line):\(opener.range.start.column))",
           notes: [Diagnostic.Note(message: "'(' opened here", range: opener.range)])
    }

    static func unmatchedParenthesis(_ token: QueryToken) -> Diagnostic {
        at(token.range, ID.unmatchedParenthesis, "')' without a matching '('")
    }

    static func expectedStatement(_ token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedStatement,
           "expected a question, a pattern or a command, found \(describe(token)) (try 'who attends meeting' or '.help query')")
    }

    static func expectedNounPhrase(after previous: QueryToken, found token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedNounPhrase, "expected a noun phrase after '\(previous.text)', found \(describe(token))")
    }

    static func expectedVerb(after previous: QueryToken, found token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedVerb, "expected a verb after '\(previous.text)', found \(describe(token))")
    }

    static func expectedName(after previous: QueryToken, found token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedName, "expected a name after '\(previous.text)', found \(describe(token))")
    }

    static func expectedString(after previous: QueryToken, found token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedString, "expected a quoted word after '\(previous.text)', e.g. \"sanctuary\"; found \(describe(token))")
    }

    static func expectedVariable(after previous: QueryToken, found token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedVariable, "expected a variable such as ?x after '\(previous.text)', found \(describe(token))")
    }

    static func expectedNumber(after previous: QueryToken, found token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedNumber, "expected a number after '\(previous.text)', found \(describe(token))")
    }

    static func expectedKeyword(_ keyword: String, after previous: QueryToken, found token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedKeyword, "expected '\(keyword)' after '\(previous.text)', found \(describe(token))")
    }

    static func expectedCondition(after previous: QueryToken, found token: QueryToken) -> Diagnostic {
        at(token.range, ID.expectedCondition, "expected a pattern such as '?x attend meeting' after '\(previous.text)', found \(describe(token))")
    }

    static func unexpectedToken(_ token: QueryToken, after what: String) -> Diagnostic {
        at(token.range, ID.unexpectedToken, "unexpected \(describe(token)) after \(what)")
    }

    static func nestingTooDeep(_ token: QueryToken, limit: Int) -> Diagnostic {
        at(token.range, ID.nestingTooDeep, "the query nests deeper than \(limit) levels")
    }

    static func unboundVariable(_ token: QueryToken) -> Diagnostic {
        at(token.range, ID.unboundVariable, "the variable ?\(token.text) does not occur in the pattern")
    }

    static func unknownEntity(_ name: String, range: SourceRange, suggestions: [String]) -> Diagnostic {
        let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        return at(range, ID.unknownEntity, "no entity named '\(name)' in the corpus\(hint)")
    }

    static func cancelled(_ range: SourceRange) -> Diagnostic {
        Diagnostic(id: ID.cancelled, severity: .note, message: "query cancelled", range: range)
    }

    // MARK: Notes for answers that parse but find nothing (shown by the shell, not errors).

    static func nothingFound(part: String, suggestions: [String]) -> String {
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?)"
        return "no answer: nothing in the corpus matches \(part)\(hint)"
    }

    static func answeredFromSentences(part: String, suggestions: [String]) -> String {
        "no fact matches \(part) (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?); the answers come from sentences"
    }

    static let notFoundInCorpus = "not found in the corpus"
}
