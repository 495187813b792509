import Foundation

/// One word line of a CoNLL-U file (multiword-token ranges and empty nodes are skipped).
public struct CoNLLUWord: Hashable, Sendable {
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    /// 1-based head within the sentence; 0 for the root.
    public var head: Int
    public var deprel: String
    /// False when the MISC column says `SpaceAfter=No`.
    public var spaceAfter: Bool
}

/// One sentence of a CoNLL-U file with its comment metadata.
public struct CoNLLUSentence: Hashable, Sendable {
    public var words: [CoNLLUWord]
    /// The `# text = ...` line.
    public var text: String?
    /// The `# sent_id = ...` line.
    public var id: String?
    /// True when a `# newdoc` comment starts a document here.
    public var startsDocument: Bool
    /// True when a `# newpar` comment starts a paragraph here.
    public var startsParagraph: Bool
}

/// Reads the CoNLL-U format of Universal Dependencies treebanks.
public enum CoNLLU {
    /// Parses CoNLL-U text. Malformed word lines are skipped. O(n).
    public static func parse(_ content: String) -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [], text: nil, id: nil, startsDocument: false, startsParagraph: false)
        func flush() {
            if !current.words.isEmpty { sentences.append(current) }
            current = CoNLLUSentence(words: [], text: nil, id: nil, startsDocument: false, startsParagraph: false)
        }
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                if line.hasPrefix("# text = ") { current.text = String(line.dropFirst(9)) }
                else if line.hasPrefix("# sent_id = ") { current.id = String(line.dropFirst(12)) }
                else if line.hasPrefix("# newdoc") { current.startsDocument = true }
                else if line.hasPrefix("# newpar") { current.startsParagraph = true }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 10, !columns[0].contains("-"), !columns[0].contains(".") else { continue }
            current.words.append(CoNLLUWord(
                form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]),
                xpos: String(columns[4]), head: Int(columns[6]) ?? 0, deprel: String(columns[7]),
                spaceAfter: !columns[9].contains("SpaceAfter=No")))
        }
        flush()
        return sentences
    }

    /// Reads and parses a CoNLL-U file.
    public static func read(path: String) throws -> [CoNLLUSentence] {
        parse(try String(contentsOfFile: path, encoding: .utf8))
    }

    /// CoNLL-U text of `sentences` (sent_id and text comments, the ten columns with `_` for
    /// features and enhanced dependencies): `parse` reads it back unchanged.
    public static func format(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            if let id = sentence.id { out += "# sent_id = \(id)\n" }
            if let text = sentence.text { out += "# text = \(text)\n" }
            for (i, word) in sentence.words.enumerated() {
                let misc = word.spaceAfter ? "_" : "SpaceAfter=No"
                out += [String(i + 1), word.form, word.lemma, word.upos, word.xpos, "_",
                        String(word.head), word.deprel, "_", misc].joined(separator: "\t") + "\n"
            }
            out += "\n"
        }
        return out
    }
}
