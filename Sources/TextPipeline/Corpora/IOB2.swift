import Foundation

/// One sentence of an IOB2 named-entity file: words with their BIO tags.
public struct IOB2Sentence: Hashable, Sendable {
    public var words: [String]
    /// "B-PER", "I-ORG", "O", ...
    public var tags: [String]
}

/// Reads the IOB2 files of Universal NER (tab-separated: index, word, tag; blank line between sentences).
public enum IOB2 {
    /// Parses IOB2 text; comment lines (`#`) are skipped. O(n).
    public static func parse(_ content: String) -> [IOB2Sentence] {
        var sentences: [IOB2Sentence] = []
        var current = IOB2Sentence(words: [], tags: [])
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                if !current.words.isEmpty { sentences.append(current) }
                current = IOB2Sentence(words: [], tags: [])
                continue
            }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3 else { continue }
            current.words.append(String(columns[1]))
            current.tags.append(String(columns[2]))
        }
        if !current.words.isEmpty { sentences.append(current) }
        return sentences
    }

    /// Reads and parses an IOB2 file.
    public static func read(path: String) throws -> [IOB2Sentence] {
        parse(try String(contentsOfFile: path, encoding: .utf8))
    }
}
