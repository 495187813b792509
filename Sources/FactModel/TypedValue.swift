/// The kind of a typed value found in text.
public enum ValueKind: String, Sendable, Codable, CaseIterable {
    case number, money, percent, date, time, quantity, ordinal, duration, age
    /// Two counts set against each other, a result or a vote tally: "66 to 27", "28-14" (normalized "66-27").
    /// Last, so the snapshot codes of the others (their index here) stay as they were.
    case score
}

/// A number, amount, date or quantity read from text: "$4.1 billion", "roughly 300", "Jan. 25".
public struct TypedValue: Hashable, Sendable, Codable {
    public var kind: ValueKind
    /// The words as written: "$4.1 billion".
    public var text: String
    /// A normalized form: `4100000000 USD`, `2017-01-25`, `300`.
    public var normalized: String
    /// The numeric amount, when there is one.
    public var amount: Double?
    /// Approximation words kept with the value: "roughly", "about", "more than".
    public var approximation: String?

    public init(kind: ValueKind, text: String, normalized: String, amount: Double? = nil, approximation: String? = nil) {
        self.kind = kind
        self.text = text
        self.normalized = normalized
        self.amount = amount
        self.approximation = approximation
    }
}
