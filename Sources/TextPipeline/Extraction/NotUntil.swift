import FactModel

/// "not ... until": "Parliament will not reconvene until October 14" says when it reconvenes. The
/// negated clause stays as written; a derived fact states the event positively at that time.
extension SentenceReader {
    mutating func readNotUntil() {
        for draft in drafts where draft.negated && draft.kind == .event && draft.attributedBy == nil {
            guard let until = draft.qualifiers.first(where: { $0.marker == "until" || $0.marker == "till" }) else { continue }
            var derived = draft
            derived.kind = .derived
            derived.negated = false
            derived.relationWords = draft.relationWords.filter { !["not", "n't", "never"].contains(tree.form($0).lowercased()) }
            derived.qualifiers = [(marker: "time", argument: until.argument, time: true)]
            drafts.append(derived)
        }
    }
}
