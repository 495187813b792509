/// Clauses joined by semicolons, parsed one at a time when the parse of the whole sentence lets
/// them tangle: "That September, the movement launched; Thunberg promised protests ..." parsed
/// whole made "protests" the object of "launched". A semicolon outside quotation marks ends a
/// clause in news text, so when a word of one clause hangs on a word of another by anything but
/// a clause link, each clause is parsed alone; if every one of them is a full clause (its root a
/// predicate with a subject), the first is the sentence's root and each later one its
/// `parataxis`, the semicolon hanging on the clause it opens, as UD English EWT annotates them.
/// Otherwise the whole parse stands ("cities including Paris, France; Berlin, Germany").
struct SemicolonClauses {
    let labels: DependencyLabelSet

    /// Relations that may link words across a semicolon: the clauses' roots to each other, and
    /// punctuation.
    static let clauseLinks: Set<String> = ["parataxis", "conj", "punct", "root"]
    static let subjects: Set<String> = ["nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"]

    /// The tree of `sentence` (document token range) with its semicolon clauses parsed apart, or
    /// nil to keep `tree`. Heads are sentence-local, `sentence.count` for ROOT. O(n) plus one
    /// parse per clause when they tangle.
    func reparse(
        _ tree: (heads: [Int32], labels: [UInt8]), sentence: Range<Int>, document: AnnotatedDocument,
        parse: (Range<Int>) -> (heads: [Int32], labels: [UInt8])
    ) -> (heads: [Int32], labels: [UInt8])? {
        // Most sentences have no semicolon: nothing to read or copy for them.
        guard sentence.contains(where: { document.tokens[$0].form == ";" }) else { return nil }
        let forms = sentence.map { document.tokens[$0].form }
        let semicolons = Self.clauseSemicolons(forms)
        guard !semicolons.isEmpty, tangles(tree, across: semicolons) else { return nil }
        // The clauses: the words between semicolons (each semicolon on its own).
        var clauses: [Range<Int>] = []
        var start = 0
        for semicolon in semicolons {
            clauses.append(start..<semicolon)
            start = semicolon + 1
        }
        clauses.append(start..<forms.count)
        guard clauses.allSatisfy({ !$0.isEmpty }),
              let parataxis = labels.id(of: "parataxis"), let punct = labels.id(of: "punct"), let root = labels.id(of: "root")
        else { return nil }
        let n = Int32(forms.count)
        var heads = [Int32](repeating: n, count: forms.count)
        var result = [UInt8](repeating: punct, count: forms.count)
        var roots: [Int32] = []
        for clause in clauses {
            let part = parse((sentence.lowerBound + clause.lowerBound)..<(sentence.lowerBound + clause.upperBound))
            let count = Int32(clause.count)
            guard let local = part.heads.firstIndex(of: count),
                  isFullClause(local, part, document: document, offset: sentence.lowerBound + clause.lowerBound) else { return nil }
            for (i, head) in part.heads.enumerated() {
                heads[clause.lowerBound + i] = head == count ? n : head + Int32(clause.lowerBound)
                result[clause.lowerBound + i] = part.labels[i]
            }
            roots.append(Int32(clause.lowerBound + local))
        }
        result[Int(roots[0])] = root
        for (index, clauseRoot) in roots.enumerated().dropFirst() {
            heads[Int(clauseRoot)] = roots[0]
            result[Int(clauseRoot)] = parataxis
            let semicolon = semicolons[index - 1]
            heads[semicolon] = clauseRoot
            result[semicolon] = punct
        }
        // The sentence's final punctuation belongs to the sentence's root.
        if let last = forms.indices.last, last != Int(roots[0]), let final = roots.last, heads[last] == final,
           [".", "!", "?"].contains(forms[last]) {
            heads[last] = roots[0]
        }
        return (heads, result)
    }

    /// Sentence-local indexes of the semicolons outside quotation marks, neither first nor last.
    static func clauseSemicolons(_ forms: [String]) -> [Int] {
        var quoted = false
        var found: [Int] = []
        for (i, form) in forms.enumerated() {
            if ["\"", "“", "”", "``", "''"].contains(form) { quoted.toggle() }
            if form == ";", !quoted, i > 0, i < forms.count - 1 { found.append(i) }
        }
        return found
    }

    /// True when some word hangs on a word across a semicolon by a relation other than a clause link.
    func tangles(_ tree: (heads: [Int32], labels: [UInt8]), across semicolons: [Int]) -> Bool {
        for (i, head) in tree.heads.enumerated() where Int(head) < tree.heads.count {
            let (low, high) = (min(i, Int(head)), max(i, Int(head)))
            guard semicolons.contains(where: { low < $0 && $0 < high }) else { continue }
            if !Self.clauseLinks.contains(labels.name(of: tree.labels[i])) { return true }
        }
        return false
    }

    /// A clause parse whose root is a verb, or a predicate with a copula, with a subject of its own.
    func isFullClause(_ root: Int, _ part: (heads: [Int32], labels: [UInt8]), document: AnnotatedDocument, offset: Int) -> Bool {
        let dependents = part.heads.indices.filter { Int(part.heads[$0]) == root }
        let relations = Set(dependents.map { labels.name(of: part.labels[$0]) })
        guard !relations.isDisjoint(with: Self.subjects) else { return false }
        return document.tokens[offset + root].upos == "VERB" || relations.contains("cop") || document.tokens[offset + root].upos == "AUX"
    }
}
