/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable {
    case error, warning, note
}

/// A problem found in user input (a query, an article, a fact file), as data.
///
/// Lower modules create diagnostics; only the shell turns them into text and exit codes,
/// so the wording and the position stay together and are rendered in one place.
public struct Diagnostic: Error, Hashable, Sendable {
    /// A stable identifier from the catalog that produced it, e.g. `query.expected-noun-phrase`.
    public var id: String
    public var severity: Severity
    public var message: String
    /// Where in the input the problem is; nil when it concerns a whole file.
    public var range: SourceRange?
    /// The file (article, script or fact file) the input came from, when there is one.
    public var file: String?
    /// Further notes, each optionally positioned (for example where an unclosed quote opened).
    public var notes: [Note]

    /// A secondary message attached to a diagnostic.
    public struct Note: Hashable, Sendable {
        public var message: String
        public var range: SourceRange?
        public init(message: String, range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    public init(
        id: String, severity: Severity = .error, message: String,
        range: SourceRange? = nil, file: String? = nil, notes: [Note] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.range = range
        self.file = file
        self.notes = notes
    }
}
