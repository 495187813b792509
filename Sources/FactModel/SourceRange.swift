/// A position in a source text: 1-based line and column (in characters), 0-based UTF-8 offset.
public struct SourcePosition: Hashable, Sendable, Codable, Comparable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool { a.offset < b.offset }
}

/// A half-open range between two source positions.
public struct SourceRange: Hashable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A zero-width range at one position.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }
}
