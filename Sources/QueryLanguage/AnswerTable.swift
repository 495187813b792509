import FactModel

/// The evidence for one answer: the sentence it was read from and where that sentence is.
///
/// Evidence found by a query is read from the fact source only when shown: an answer keeps the
/// provenance (a few integers) and the sentence text, path and line are looked up on access, so
/// a query that matches thousands of facts builds no strings for evidence nobody reads.
public struct Evidence: Hashable, Sendable {
    private enum Content: Sendable {
        case text(sentence: String, path: String, line: Int)
        /// Read from `source` on access; `sentence` is the sentence the provenance lies in.
        case provenance(Provenance, source: any FactSource)
        /// A whole sentence cited by the fallback, whose document has no provenance to give.
        case sentence(SentenceRef, source: any FactSource)
    }

    private let content: Content
    /// True when the answer was found in the sentence text by the fallback, not in a fact.
    public var fromSentence: Bool

    public init(sentence: String, path: String, line: Int, fromSentence: Bool = false) {
        content = .text(sentence: sentence, path: path, line: line)
        self.fromSentence = fromSentence
    }

    /// Evidence read from `source` when shown: the sentence that holds `provenance`.
    init(provenance: Provenance, source: any FactSource, fromSentence: Bool) {
        content = .provenance(provenance, source: source)
        self.fromSentence = fromSentence
    }

    /// Evidence read from `source` when shown: the whole sentence `ref`.
    init(sentence ref: SentenceRef, source: any FactSource) {
        content = .sentence(ref, source: source)
        fromSentence = true
    }

    /// The sentence the answer was read from. O(its length) on each access for evidence a query found.
    public var sentence: String {
        switch content {
        case .text(let sentence, _, _): return sentence
        case .provenance(let provenance, let source):
            return source.sentenceText(provenance.sentenceRef)
        case .sentence(let ref, let source): return source.sentenceText(ref)
        }
    }

    /// The path of the sentence's document, as loaded.
    public var path: String { location.path }

    /// The 1-based line of the sentence's start (of the provenance's start within it).
    public var line: Int { location.line }

    private var location: (path: String, line: Int) {
        switch content {
        case .text(_, let path, let line): return (path, line)
        case .provenance(let provenance, let source): return source.location(of: provenance) ?? ("", 0)
        case .sentence(let ref, let source):
            guard let document = source.document(ref.document) else { return ("", 0) }
            let start = document.startOfSentence(Int(ref.sentence)) ?? 0
            return (document.path, document.line(atOffset: start))
        }
    }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        a.fromSentence == b.fromSentence && a.sentence == b.sentence && a.path == b.path && a.line == b.line
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sentence)
        hasher.combine(path)
        hasher.combine(line)
        hasher.combine(fromSentence)
    }
}

/// One row of an answer: its values (the answer first) and its evidence, best first.
public struct AnswerRow: Hashable, Sendable {
    public var values: [String]
    /// How many more sentences support this row beyond those in `evidence`.
    public var furtherEvidence: Int
    private var storedEvidence: StoredEvidence

    /// The evidence, best first.
    public var evidence: [Evidence] {
        get {
            switch storedEvidence {
            case .none: return []
            case .one(let item): return [item]
            case .several(let items): return items
            }
        }
        set { storedEvidence = StoredEvidence(newValue) }
    }

    public init(values: [String], evidence: [Evidence] = [], furtherEvidence: Int = 0) {
        self.values = values
        self.furtherEvidence = furtherEvidence
        storedEvidence = StoredEvidence(evidence)
    }

    /// A row with at most one sentence of evidence (no list to build).
    public init(values: [String], evidence: Evidence?) {
        self.values = values
        furtherEvidence = 0
        storedEvidence = evidence.map { .one($0) } ?? .none
    }

    /// Most rows have one sentence of evidence: it is kept in the row itself, so an answer of
    /// thousands of rows does not allocate (and later free) a one-element array per row.
    private enum StoredEvidence: Hashable, Sendable {
        case none
        case one(Evidence)
        case several([Evidence])

        init(_ items: [Evidence]) {
            switch items.count {
            case 0: self = .none
            case 1: self = .one(items[0])
            default: self = .several(items)
            }
        }
    }
}

/// The answer to one statement: named columns and rows; `note` says why it is empty, plainly.
public struct AnswerTable: Hashable, Sendable {
    public var columns: [String]
    public var rows: [AnswerRow]
    /// A plain-language remark: "no answer: nothing in the corpus matches 'attends'".
    public var note: String?

    public init(columns: [String], rows: [AnswerRow] = [], note: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.note = note
    }

    /// Only the rows whose first value passes `keep`, when some do; the table as it is when none
    /// does (a filter that would leave no answer leaves them all). O(rows).
    func keepingWhereAny(_ keep: (String) -> Bool) -> AnswerTable {
        let kept = rows.filter { keep($0.values[0]) }
        guard !kept.isEmpty, kept.count < rows.count else { return self }
        var copy = self
        copy.rows = kept
        return copy
    }
}
