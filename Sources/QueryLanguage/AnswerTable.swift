import FactModel

/// The evidence for one answer: the sentence it was read from and where that sentence is.
public struct Evidence: Hashable, Sendable {
    public var sentence: String
    public var path: String
    public var line: Int
    /// True when the answer was found in the sentence text by the fallback, not in a fact.
    public var fromSentence: Bool

    public init(sentence: String, path: String, line: Int, fromSentence: Bool = false) {
        self.sentence = sentence
        self.path = path
        self.line = line
        self.fromSentence = fromSentence
    }
}

/// One row of an answer: its values (the answer first) and its evidence, best first.
public struct AnswerRow: Hashable, Sendable {
    public var values: [String]
    public var evidence: [Evidence]
    /// How many more sentences support this row beyond those in `evidence`.
    public var furtherEvidence: Int

    public init(values: [String], evidence: [Evidence] = [], furtherEvidence: Int = 0) {
        self.values = values
        self.evidence = evidence
        self.furtherEvidence = furtherEvidence
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
}
