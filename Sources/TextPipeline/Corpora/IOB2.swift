import Foundation

/// One sentence of an IOB2 named-entity file: words with their BIO tags.
public struct IOB2Sentence: Hashable, Sendable {
    public var words: [String]
    /// "B-PER", "I-ORG", "O", ...
    public var tags: [String]
    /// True for the first sentence of a document (a `# newdoc` comment before it).
    public var startsDocument: Bool

    public init(words: [String], tags: [String], startsDocument: Bool = false) {
        self.words = words
        self.tags = tags
        self.startsDocument = startsDocument
    }
}

/// Reads the IOB2 files of Universal NER (tab-separated: index, word, tag; blank line between sentences).
public enum IOB2 {
    /// Parses IOB2 text; comment lines (`#`) are skipped but for `# newdoc`, which marks the next
    /// sentence as a document's first (in a file without such marks, every sentence). O(n).
    public static func parse(_ content: String) -> [IOB2Sentence] {
        var sentences: [IOB2Sentence] = []
        var current = IOB2Sentence(words: [], tags: [])
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !current.words.isEmpty { sentences.append(current) }
                current = IOB2Sentence(words: [], tags: [])
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc") {
                    if !current.words.isEmpty { sentences.append(current) }
                    current = IOB2Sentence(words: [], tags: [], startsDocument: true)
                }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3 else { continue }
            current.words.append(String(columns[1]))
            current.tags.append(String(columns[2]))
        }
        if !current.words.isEmpty { sentences.append(current) }
        // Without `# newdoc` marks nothing says which sentences belong together: each is a document.
        if !sentences.contains(where: \.startsDocument) {
            for index in sentences.indices { sentences[index].startsDocument = true }
        }
        return sentences
    }

    /// The sentences of each document, as index ranges into `sentences`, in order: a document runs
    /// from a sentence that starts one to the next; with no such sentence, each is its own.
    public static func documents(_ sentences: [IOB2Sentence]) -> [Range<Int>] {
        guard sentences.contains(where: \.startsDocument) else { return sentences.indices.map { $0..<$0 + 1 } }
        var ranges: [Range<Int>] = []
        var start = 0
        for index in sentences.indices.dropFirst() where sentences[index].startsDocument {
            ranges.append(start..<index)
            start = index
        }
        if !sentences.isEmpty { ranges.append(start..<sentences.count) }
        return ranges
    }

    /// Reads and parses an IOB2 file.
    public static func read(path: String) throws -> [IOB2Sentence] {
        parse(try String(contentsOfFile: path, encoding: .utf8))
    }
}
