import FactModel

/// Parses and evaluates query text against a `FactSource`.
/// SCAFFOLD: understands only `who VERB NOUN`; the real lexer, parser, planner and evaluator replace it.
public struct QueryEngine: Sendable {
    public let source: any FactSource
    public let lexicon: any Lexicon

    public init(source: any FactSource, lexicon: any Lexicon) {
        self.source = source
        self.lexicon = lexicon
    }

    /// True when `text` ends inside an open parenthesis or quote, so the shell should read more lines.
    public static func needsContinuation(_ text: String) -> Bool { false }

    /// Runs every statement of `text`; one result per statement, in order.
    /// `line` is the line number of the text's first line in its file, for diagnostics.
    public func run(_ text: String, line: Int = 1, isCancelled: @Sendable () -> Bool = { false }) -> [Result<AnswerTable, Diagnostic>] {
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 3, words[0] == "who" else {
            return [.failure(Diagnostic(
                id: "query.unsupported", message: "this question form is not understood yet",
                range: SourceRange(at: SourcePosition(line: line, column: 1, offset: 0))))]
        }
        let verb = lexicon.lemma(of: words[1], as: .verb)
        let ids = source.facts(matching: FactPattern(relation: verb, object: .head(words[2])))
        var table = AnswerTable(columns: ["who", "evidence", "source"])
        for id in ids {
            let fact = source.fact(id)
            let document = source.document(fact.provenance.document)
            let evidence = Evidence(
                sentence: source.sentenceText(SentenceRef(document: fact.provenance.document, sentence: fact.provenance.sentence)),
                path: document?.path ?? "", line: document?.line(atOffset: Int(fact.provenance.start)) ?? 0)
            table.rows.append(AnswerRow(values: [fact.subject.text], evidence: [evidence]))
        }
        if table.rows.isEmpty { table.note = "no answer" }
        return [.success(table)]
    }
}
