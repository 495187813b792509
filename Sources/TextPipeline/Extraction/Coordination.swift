import FactModel

/// Coordination (extraction.md §4). Subject and object conjuncts are expanded where they are read
/// (`SentenceReader.conjuncts(of:)`): "X, Y and Z met" gives three facts. Verb conjuncts inherit
/// the subject (`subjects(of:)`). This file holds the harder case: a name joined with "as well as"
/// that a parser hangs under the predicate (or under a parenthetical inside it) instead of under
/// the subject; it is read as a further subject.
extension SentenceReader {
    /// True when the coordinator of conjunct `c` is "as well as" (`cc` as + `fixed` well, as).
    func isAsWellAs(_ c: Int) -> Bool {
        for cc in tree.dependents(c, ["cc"]) where tree.lemma(cc) == "as" {
            let fixed = tree.dependents(cc, ["fixed"]).map { tree.lemma($0) }
            if fixed.contains("well") { return true }
        }
        // Some parsers attach "well" and the second "as" to the conjunct itself.
        let before = tree.children[c].filter { $0 < c }.map { tree.lemma($0) }
        return before.contains("well") && before.filter { $0 == "as" }.count >= 1
    }

    /// A name conjunct under a predicate it cannot coordinate with: a proper noun joined to a
    /// verb, or joined with "as well as" to a common-noun predicate ("will be in attendance ... as
    /// well as Tom Manger").
    func isMisplacedSubject(_ c: Int, under h: Int) -> Bool {
        guard tree.deprel(c) == "conj", tree.isProperNoun(c) || tree.upos(c) == "PRON" else { return false }
        if tree.has(c, Self.subjectRelations) || tree.has(c, ["cop"]) { return false }
        if tree.isVerb(h) { return true }
        return isAsWellAs(c) && !tree.isProperNoun(h)
    }

    /// The further subjects of clause `h` read from misplaced name conjuncts, with their own
    /// conjuncts ("Tom Manger ... and Scott Thompson").
    func misplacedSubjectConjuncts(of h: Int) -> [Int] {
        var result: [Int] = []
        var candidates = tree.dependents(h, ["conj"]).filter { isMisplacedSubject($0, under: h) }
        // A parenthetical inside the clause may have captured the conjunct ("— it is considered a
        // sanctuary jurisdiction — as well as X").
        for p in tree.dependents(h, ["parataxis", "appos"]) {
            for w in tree.subtree(p) where tree.deprel(w) == "conj" && tree.isProperNoun(w) && isAsWellAs(w) {
                candidates.append(w)
            }
        }
        for c in candidates {
            result += conjuncts(of: c)
        }
        return Array(Set(result)).sorted()
    }
}
