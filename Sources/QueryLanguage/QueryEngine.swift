import FactModel

/// Parses and evaluates query text against a `FactSource`.
///
/// Three visible steps per statement: parse (`QueryParser`), plan (`QueryPlanner`, ordered by the
/// source's estimates), evaluate (`PlanExecutor` and the answerers). Failures are `Diagnostic`s.
public struct QueryEngine: Sendable {
    public let source: any FactSource
    public let lexicon: any Lexicon
    /// Parses sentences for the sentence fallback (the text pipeline); nil reads their words only.
    public let sentenceParser: (any SentenceParsing)?
    private let forms: WordForms
    /// The lexicon's word classes of a base form, for the parser to tell verbs inside word runs
    /// (made once: a closure made per query cost 2 % of a short query's instructions).
    private let wordClasses: @Sendable (String) -> Set<WordClass>?

    public init(source: any FactSource, lexicon: any Lexicon, sentenceParser: (any SentenceParsing)? = nil) {
        self.source = source
        self.lexicon = lexicon
        self.sentenceParser = sentenceParser
        self.forms = WordForms(lexicon: lexicon)
        self.wordClasses = { lexicon.wordClasses(ofBaseForm: $0) }
    }


    /// True when `text` ends inside an open parenthesis or quote, so the shell should read more lines.
    public static func needsContinuation(_ text: String) -> Bool { QueryLexer.isIncomplete(text) }

    /// The words tab completion offers: commands, question words and pattern keywords.
    public static let keywords: [String] = [
        "who", "whom", "what", "which", "whose", "where", "when", "how many", "how much", "how old", "how long",
        "did", "does", "is", "are", "was", "were", "describe", "entities", "people", "organizations", "places",
        "relations", "sentences with", "sources", "explain", "count", "distinct", "where", "and", "or", "not",
        "order by", "limit", "asc", "desc",
    ]

    /// The syntax help `.help query` shows (the same text as docs/query-language.md's summary).
    public static let helpText = QueryHelp.text

    /// Runs every statement of `text`; one result per statement, in order.
    /// `line` is the line number of the text's first line in its file, for diagnostics.
    public func run(_ text: String, line: Int = 1, isCancelled: @Sendable () -> Bool = { false }) -> [Result<AnswerTable, Diagnostic>] {
        withoutActuallyEscaping(isCancelled) { isCancelled in
            // Each statement is evaluated as soon as it is parsed (no list of statements to copy
            // them out of); a failed one is reported and parsing resumes after it.
            var parser = QueryParser(tokens: QueryLexer.tokenize(text, firstLine: line), wordClasses: wordClasses)
            var results: [Result<AnswerTable, Diagnostic>] = []
            while let parsed = parser.parseNextStatement() {
                switch parsed {
                case .failure(let diagnostic): results.append(.failure(diagnostic))
                case .success(let statement):
                    let result = evaluate(statement, isCancelled: isCancelled)
                    results.append(isCancelled() ? .failure(QueryDiagnostics.cancelled(statement.range)) : result)
                }
            }
            return results
        }
    }

    /// The plan of every statement in `text`, as `explain` prints it (for tests and benchmarks).
    public func explain(_ text: String) -> [Result<String, Diagnostic>] {
        QueryParser.parse(text, wordClasses: wordClasses).map { parsed in parsed.map { plan(for: $0, isCancelled: { false }).description } }
    }

    private func evaluate(_ statement: Statement, isCancelled: @escaping @Sendable () -> Bool) -> Result<AnswerTable, Diagnostic> {
        if statement.explain {
            let plan = plan(for: statement, isCancelled: isCancelled)
            var table = AnswerTable(columns: ["plan"])
            table.rows = plan.description.split(separator: "\n").map { AnswerRow(values: [String($0)]) }
            return .success(table)
        }
        switch statement.body {
        case .command(let command):
            return Browser(source: source, forms: forms).run(command)
        case .question(let question):
            return .success(QuestionAnswerer(source: source, forms: forms, isCancelled: isCancelled, sentenceParser: sentenceParser).answer(question))
        case .pattern(let pattern):
            return .success(PatternRunner(source: source, forms: forms, isCancelled: isCancelled).run(pattern))
        }
    }

    private func plan(for statement: Statement, isCancelled: @escaping @Sendable () -> Bool) -> QueryPlan {
        switch statement.body {
        case .command(let command):
            return QueryPlan(understood: command.description, root: nil, notes: ["browse the store directly"])
        case .question(let question):
            return QuestionAnswerer(source: source, forms: forms, isCancelled: isCancelled, sentenceParser: sentenceParser).plan(question)
        case .pattern(let pattern):
            return PatternRunner(source: source, forms: forms, isCancelled: isCancelled).plan(pattern)
        }
    }
}
