import FactModel

/// Passive clauses (extraction.md §5). "X will be joined by Y at the meeting" is stored as the
/// active fact (Y; join; X; at: the meeting) with voice `.passive` and the surface "will be joined
/// by", so questions in either voice find it; the CaRB writer restores the surface order. A passive
/// without an agent keeps the patient as its subject. A past participle modifying a noun reads
/// passive too ("cities deemed sanctuary" -> (cities; be deemed; sanctuary)).
extension SentenceReader {
    /// True when verb `v` is passive: a passive auxiliary or subject, or a participle on a noun.
    func isPassive(_ v: Int) -> Bool {
        tree.has(v, ["aux:pass", "nsubj:pass", "csubj:pass"])
            || (tree.deprel(v) == "acl" && tree.isPastParticiple(v))
            || sharesPassive(v)
    }

    /// True when oblique `o` is the agent: `obl:agent`, or a "by" phrase of a passive verb that
    /// names no point in time ("By Sunday, 287,500 children had been vaccinated" is a deadline;
    /// "caused by four days of rain" has its agent).
    func isAgent(_ o: Int, passive: Bool) -> Bool {
        (tree.deprel(o) == "obl:agent" || (passive && tree.caseMarker(o)?.text.lowercased() == "by")) && !isTimePoint(o)
    }

    /// A date, a day, a year or a part of a day: "Sunday", "Tuesday evening", "2030", "midnight".
    func isTimePoint(_ o: Int) -> Bool {
        isDateOrYear(o) || ExtractionLexicon.timePointNouns.contains(tree.lemma(o).lowercased())
    }

    /// The subjects and objects of the stored fact: for a passive with an agent, the agents become
    /// the subjects and the grammatical subjects (the patients) the objects.
    func activeArguments(
        subjects: [(argument: DraftArgument, source: SubjectSource)], frame: ClauseFrame
    ) -> (subjects: [(argument: DraftArgument, source: SubjectSource)], objects: [(argument: DraftArgument, source: SubjectSource)]) {
        if frame.voice == .passive, !frame.agents.isEmpty {
            return (frame.agents.map { (argument: $0, source: SubjectSource.own) }, subjects)
        }
        return (subjects, frame.objects.map { (argument: $0, source: SubjectSource.own) })
    }
}
