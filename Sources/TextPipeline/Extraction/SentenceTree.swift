import FactModel

/// One parsed sentence as the extractor reads it: words by sentence-local index (0-based), each
/// with its head, relation and dependents, so every rule is a walk over a small tree.
struct SentenceTree {
    let document: AnnotatedDocument
    /// Document-level token range of the sentence.
    let range: Range<Int>
    /// Local index of each word's head; -1 for the root.
    let heads: [Int]
    /// Dependents of each word, in sentence order.
    let children: [[Int]]
    /// Local indexes of the roots (normally one).
    let roots: [Int]

    init(document: AnnotatedDocument, range: Range<Int>) {
        self.document = document
        self.range = range
        let count = range.count
        var heads = [Int](repeating: -1, count: count)
        var children = [[Int]](repeating: [], count: count)
        var roots: [Int] = []
        for local in 0..<count {
            let head = Int(document.tokens[range.lowerBound + local].head)
            let localHead = head - range.lowerBound
            if head >= 0, localHead >= 0, localHead < count, localHead != local {
                heads[local] = localHead
                children[localHead].append(local)
            } else {
                roots.append(local)
            }
        }
        self.heads = heads
        self.children = children
        self.roots = roots
    }

    var count: Int { range.count }
    var indices: Range<Int> { 0..<range.count }

    func token(_ i: Int) -> Token { document.tokens[range.lowerBound + i] }
    func form(_ i: Int) -> String { token(i).form }
    /// The lemma, falling back to the lowercased form when the lemmatizer left it empty.
    /// Inflected verbs the lemmatizer left as written get `VerbLemmaFallback`'s lemma.
    func lemma(_ i: Int) -> String {
        let t = token(i)
        let lemma = t.lemma.isEmpty ? t.form.lowercased() : t.lemma.lowercased()
        if (t.upos == "VERB" || t.upos == "AUX"), lemma == t.form.lowercased() {
            return VerbLemmaFallback.lemma(of: t.form, xpos: t.xpos)
        }
        return lemma
    }
    func upos(_ i: Int) -> String { token(i).upos }
    func xpos(_ i: Int) -> String { token(i).xpos }
    /// The full relation to the head ("nsubj:pass").
    func deprel(_ i: Int) -> String { token(i).deprel }
    /// The universal part of the relation ("nsubj" for "nsubj:pass").
    func baseRelation(_ i: Int) -> Substring {
        let rel = token(i).deprel
        if let colon = rel.firstIndex(of: ":") { return rel[..<colon] }
        return rel[...]
    }
    func head(_ i: Int) -> Int? { heads[i] >= 0 ? heads[i] : nil }

    // `relations` is a set, or a literal list: a few string comparisons cost less than the set a
    // literal would build (and hash) on every call, and extraction asks these millions of times.
    /// Dependents of `i` whose full relation is one of `relations`.
    func dependents<Relations: Collection<String>>(_ i: Int, _ relations: Relations) -> [Int] {
        children[i].filter { relations.contains(token($0).deprel) }
    }
    /// The first dependent of `i` with one of `relations`.
    func dependent<Relations: Collection<String>>(_ i: Int, _ relations: Relations) -> Int? {
        children[i].first { relations.contains(token($0).deprel) }
    }
    /// Dependents of `i` whose universal relation is `base` (any subtype).
    func dependents(_ i: Int, base: String) -> [Int] {
        children[i].filter { baseRelation($0) == base }
    }
    func has<Relations: Collection<String>>(_ i: Int, _ relations: Relations) -> Bool { dependent(i, relations) != nil }

    /// Every word of the subtree rooted at `i`, in sentence order. O(subtree).
    func subtree(_ i: Int) -> [Int] {
        var result: [Int] = []
        var stack = [i]
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: children[next])
        }
        return result.sorted()
    }

    /// The subtree of `i` without the subtrees of the dependents `cut` accepts.
    func subtree(_ i: Int, cutting cut: (Int) -> Bool) -> [Int] {
        var result: [Int] = [i]
        var stack = children[i].filter { !cut($0) }
        while let next = stack.popLast() {
            result.append(next)
            stack.append(contentsOf: children[next])
        }
        return result.sorted()
    }

    /// True when `ancestor` dominates `i` (or is `i`).
    func dominates(_ ancestor: Int, _ i: Int) -> Bool {
        var current: Int? = i
        var steps = 0
        while let c = current, steps <= count {
            if c == ancestor { return true }
            current = head(c)
            steps += 1
        }
        return false
    }

    /// How many heads lie above `i` (0 for a root).
    func depth(_ i: Int) -> Int {
        var current = i
        var steps = 0
        while let up = head(current), steps <= count {
            current = up
            steps += 1
        }
        return steps
    }

    /// The text of local words, with the document's spacing inside contiguous runs and one space
    /// between runs.
    func text(_ words: [Int]) -> String {
        guard !words.isEmpty else { return "" }
        var parts: [String] = []
        var runStart = words[0]
        var previous = words[0]
        for w in words.dropFirst() {
            if w != previous + 1 {
                parts.append(document.text(ofTokens: (range.lowerBound + runStart)..<(range.lowerBound + previous + 1)))
                runStart = w
            }
            previous = w
        }
        parts.append(document.text(ofTokens: (range.lowerBound + runStart)..<(range.lowerBound + previous + 1)))
        return parts.joined(separator: " ")
    }

    /// Document-level token index of a local word.
    func documentIndex(_ i: Int) -> Int { range.lowerBound + i }

    // MARK: word classes

    func isVerb(_ i: Int) -> Bool { upos(i) == "VERB" }
    func isNominal(_ i: Int) -> Bool {
        let u = upos(i)
        return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM" || u == "SYM"
    }
    func isProperNoun(_ i: Int) -> Bool { upos(i) == "PROPN" || xpos(i).hasPrefix("NNP") }
    func isPunctuation(_ i: Int) -> Bool { upos(i) == "PUNCT" || deprel(i) == "punct" }
    func isPastParticiple(_ i: Int) -> Bool { xpos(i) == "VBN" }
    func isGerund(_ i: Int) -> Bool { xpos(i) == "VBG" }
}
