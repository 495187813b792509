import FactModel

/// "since when has Adamowicz been mayor", "until when will Parliament stay suspended": the
/// preposition before "when" asks for the time that starts or ends the span, as the sentence marks
/// it ("mayor since 1998", "out of session through October 14"). When some answers are so marked,
/// the other times of the sentences ("stabbed last night", "the deadline is October 31") go.
extension QuestionAnswerer {
    /// The prepositions that mark each asked boundary in a sentence.
    static let boundaryMarkers: [String: Set<String>] = [
        "since": ["since", "from"],
        "until": ["until", "till", "through", "to", "before"],
        "till": ["until", "till", "through", "to", "before"],
        "by": ["by", "before"],
    ]

    /// `candidates` without the times the asked boundary's markers do not introduce, when any
    /// candidate is introduced by one; unchanged for other questions. O(candidates × marker lookups).
    func boundedByTheAskedMarker(_ candidates: [Candidate], question: Question) -> [Candidate] {
        guard let markers = askedBoundaryMarkers(question) else { return candidates }
        let marked = candidates.map { candidate in marker(before: candidate).map(markers.contains) ?? false }
        guard marked.contains(true) else { return candidates }
        return zip(candidates, marked).filter(\.1).map(\.0)
    }

    /// True when the question asks for a boundary and no candidate is introduced by one of its
    /// markers: "until when was the vote postponed", answered by a fact only with the day of the
    /// postponing, is told in another sentence ("voted to delay the decision until November 4"),
    /// which the sentences may give.
    func lacksTheAskedBoundary(_ candidates: [Candidate], question: Question) -> Bool {
        guard let markers = askedBoundaryMarkers(question) else { return false }
        return !candidates.contains { candidate in marker(before: candidate).map(markers.contains) ?? false }
    }

    /// The markers of the boundary a "since when" / "until when" question asks for; nil for others.
    private func askedBoundaryMarkers(_ question: Question) -> Set<String>? {
        guard case .time = question.kind, question.words.count > 1, question.words[1].isWord("when") else { return nil }
        return Self.boundaryMarkers[question.words[0].lowered]
    }
}
