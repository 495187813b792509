import FactModel

/// A time fronted before the subject covers every verb the subject does: "In 1879, he was
/// re-elected and died soon after" says he died in 1879 too, as he is its subject. A verb
/// conjunct that borrows its subject also takes the time qualifiers its governor has before that
/// subject, unless it has a time of its own.
extension SentenceReader {
    /// The fronted time qualifiers a subject-less verb conjunct `h` shares with its governor.
    func sharedFrontedTimes(of h: Int) -> [(marker: String, argument: DraftArgument, time: Bool)] {
        guard tree.deprel(h) == "conj", !tree.has(h, Self.subjectRelations) else { return [] }
        var top = h
        while tree.deprel(top) == "conj", let up = tree.head(top) { top = up }
        guard top != h, let subject = tree.dependent(top, Self.subjectRelations) else { return [] }
        let subjectStart = tree.subtree(subject).first ?? subject
        var result: [(marker: String, argument: DraftArgument, time: Bool)] = []
        let adverbs = tree.dependents(top, ["advmod"]).filter { words.isTimeAdverb(tree.lemma($0)) && !tree.xpos($0).hasPrefix("W") }
        for o in tree.dependents(top, base: "obl") + adverbs where o < subjectStart && isTemporal(o) {
            let label = tree.caseMarker(o)?.text ?? "time"
            result.append((marker: label, argument: tree.argumentSpan(o), time: true))
        }
        return result
    }
}
