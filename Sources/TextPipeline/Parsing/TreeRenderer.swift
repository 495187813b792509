/// Draws a parsed sentence as an indented tree, for people debugging parses and extraction.
///
/// ```
/// joined  VERB/VBN  root
/// ├─ nsubj:pass  Garcetti  PROPN/NNP
/// │  ├─ nmod:desc  Mayor  PROPN/NNP
/// ```
/// Each line is one word: its relation, form and tags; children follow their head, in sentence
/// order, one level deeper. `table` gives the same parse as CoNLL-style columns.
public enum TreeRenderer {
    /// The tree of sentence `index` of `document`.
    public static func render(_ document: AnnotatedDocument, sentence index: Int) -> String {
        let range = document.sentences[index]
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for i in range {
            let head = Int(document.tokens[i].head)
            if head < 0 || !range.contains(head) { roots.append(i) } else { children[head, default: []].append(i) }
        }
        var lines: [String] = []
        var visited = Set<Int>()
        func line(_ i: Int) -> String {
            let t = document.tokens[i]
            return "\(t.deprel.isEmpty ? "_" : t.deprel)  \(t.form)  \(t.upos)/\(t.xpos)  #\(i - range.lowerBound + 1)"
        }
        func draw(_ i: Int, prefix: String, isLast: Bool, isTop: Bool) {
            guard visited.insert(i).inserted else { return }
            lines.append(isTop ? line(i) : prefix + (isLast ? "└─ " : "├─ ") + line(i))
            let kids = children[i] ?? []
            let childPrefix = isTop ? "" : prefix + (isLast ? "   " : "│  ")
            for (n, child) in kids.enumerated() {
                draw(child, prefix: childPrefix, isLast: n == kids.count - 1, isTop: false)
            }
        }
        for root in roots { draw(root, prefix: "", isLast: true, isTop: true) }
        // Words on a cycle (never produced by the parser) would be unreachable: list them flat.
        for i in range where !visited.contains(i) { lines.append("? " + line(i)) }
        return lines.joined(separator: "\n")
    }

    /// Sentence `index` as columns: position, form, lemma, UPOS, XPOS, head position, relation.
    public static func table(_ document: AnnotatedDocument, sentence index: Int) -> String {
        let range = document.sentences[index]
        return range.map { i in
            let t = document.tokens[i]
            let head = t.head < 0 ? 0 : Int(t.head) - range.lowerBound + 1
            return [String(i - range.lowerBound + 1), t.form, t.lemma, t.upos, t.xpos, String(head), t.deprel]
                .joined(separator: "\t")
        }.joined(separator: "\n")
    }
}
