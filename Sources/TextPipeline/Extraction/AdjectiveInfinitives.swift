import FactModel

/// A copular adjective that takes an infinitive: "the crew was able to repair the engine", "she is
/// unlikely to run again". UD heads the clause with the adjective (`cop` was, `xcomp` repair), and
/// the infinitive, having no subject of its own, is no clause either: read as a plain copula the
/// clause said only (the crew; was; able). The infinitive carries the act, so it is read as the
/// clause's verb with the copula, the adjective and "to" in front of it ("was able to repair"), as
/// "threatened to pull" merges a control verb; each verb coordinated with the infinitive ("to
/// repair the engine and restart it") gives its own frame.
extension SentenceReader {
    /// Adjectives whose infinitive says the act did not happen.
    static let negatingAdjectives: Set<String> = ["unable"]

    /// The frames of copular adjective `h` merged with its infinitive, or nil when `h` is not an
    /// adjective with a subject-less `to` infinitive.
    func adjectiveInfinitiveFrames(_ h: Int) -> [ClauseFrame]? {
        guard tree.upos(h) == "ADJ", tree.caseMarker(h) == nil, let copula = copulaFrame(h),
              let infinitive = tree.dependents(h, ["xcomp"]).first(where: { isSubjectlessInfinitive($0) && $0 > h })
        else { return nil }
        // The copula's own words without anything it promoted ("is n't aware of"): the
        // auxiliaries, negation and adverbs before the adjective.
        let lead = copula.relationWords.filter { $0 < h } + [h]
        let verbs = [infinitive] + tree.dependents(infinitive, ["conj"]).filter { tree.isVerb($0) && !tree.has($0, Self.subjectRelations) }
        var frames: [ClauseFrame] = []
        for verb in verbs {
            guard var frame = verbFrame(verb) else { continue }
            let marks = tree.dependents(verb, ["mark"]).filter { tree.lemma($0) == "to" }
            let toWord = marks.isEmpty ? tree.dependents(infinitive, ["mark"]).filter { tree.lemma($0) == "to" } : marks
            frame.relationWords = Array(Set(lead + toWord + frame.relationWords)).sorted()
            frame.negated = frame.negated || copula.negated || Self.negatingAdjectives.contains(tree.lemma(h))
            frame.modality = tree.text(Array(Set(lead + toWord)).sorted())
            // The adjective's own qualifiers ("That night, the crew was able to ...").
            frame.qualifiers = (copula.qualifiers + frame.qualifiers).sorted { ($0.argument.words.first ?? 0) < ($1.argument.words.first ?? 0) }
            frame.infinitiveObject = nil
            frames.append(frame)
        }
        return frames.isEmpty ? nil : frames
    }

    /// A verb hung as `xcomp` with "to" and no subject of its own.
    func isSubjectlessInfinitive(_ x: Int) -> Bool {
        tree.isVerb(x) && !tree.has(x, Self.subjectRelations)
            && tree.dependents(x, ["mark"]).contains { tree.lemma($0) == "to" }
    }
}
