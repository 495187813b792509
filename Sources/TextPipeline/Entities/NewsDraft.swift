import Foundation

/// Writes machine-labelled drafts of news sentences for hand correction: one sentence a line,
/// tokens separated by spaces, names bracketed as `[PER Eric Garcetti]`. The corrected drafts
/// become the hand-labelled news training file (`ner-news-train.iob2`).
public enum NewsDraft {
    /// Drafts of the first `perArticle` sentences of every `.txt` article in `folder`, by file name.
    public static func drafts(folder: URL, perArticle: Int, pipeline: Pipeline) throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var lines: [String] = []
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let document = pipeline.annotate(text)
            lines.append("# doc \(file)")
            for sentence in document.sentences.prefix(perArticle) {
                var words: [String] = []
                var open = false
                for i in sentence {
                    let tag = document.tokens[i].entityTag
                    if open && !tag.hasPrefix("I-") { words[words.count - 1] += "]"; open = false }
                    if tag.hasPrefix("B-") || (tag.hasPrefix("I-") && !open) {
                        words.append("[" + tag.dropFirst(2) + " " + document.tokens[i].form)
                        open = true
                    } else {
                        words.append(document.tokens[i].form)
                    }
                }
                if open { words[words.count - 1] += "]" }
                lines.append(words.joined(separator: " "))
            }
        }
        return lines
    }
}
