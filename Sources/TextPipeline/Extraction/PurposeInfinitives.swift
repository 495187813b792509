import FactModel

/// An infinitive of purpose: "the spokes are designed to shave ten minutes off a race", "the
/// viaduct was opened to carry the line". UD hangs the infinitive on the verb as an `advcl`, and
/// read alone it said (the spokes; shave; ten minutes ...): an act the subject is meant for, not
/// one it did. The governing verb, with its auxiliaries, and "to" lead the relation instead
/// ("are designed to shave"), as a control verb leads its infinitive, and say how the act stands
/// (the modality).
extension SentenceReader {
    /// The frame of purpose infinitive `h`, led by its governor; nil when `h` is not a
    /// subject-less `to` infinitive hung as an adverbial clause on a verb or copular adjective.
    func purposeInfinitiveFrame(_ h: Int) -> ClauseFrame? {
        guard tree.deprel(h) == "advcl", isSubjectlessInfinitive(h), let governor = tree.head(h), governor < h,
              var frame = verbFrame(h) else { return nil }
        var lead: [Int]
        // "beat Australia to win the cup": the winner did win it; a result, read as its own clause.
        if TreeRepairs.victoryVerbs.contains(tree.lemma(governor).lowercased()) { return nil }
        if tree.isVerb(governor), !tree.has(governor, ["cop"]) {
            lead = verbWords(governor, adverbsAfter: subjectEnd(of: governor)).words
        } else if tree.upos(governor) == "ADJ", tree.caseMarker(governor) == nil, let copula = copulaFrame(governor) {
            lead = copula.relationWords.filter { $0 < governor } + [governor]
        } else {
            return nil
        }
        // Only the governor's own words: none of the infinitive's.
        let own = Set(tree.subtree(h))
        lead = lead.filter { !own.contains($0) }
        let to = tree.dependents(h, ["mark"]).filter { tree.lemma($0) == "to" }
        frame.relationWords = Array(Set(lead + to + frame.relationWords)).sorted()
        frame.modality = tree.text(Array(Set(lead + to)).sorted())
        return frame
    }
}
