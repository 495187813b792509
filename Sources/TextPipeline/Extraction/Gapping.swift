/// A gapped conjunct repeats the verb of the clause before it without writing it: "Bill Clinton
/// was impeached in 1998, and Andrew Johnson in 1868" says Andrew Johnson was impeached in 1868.
/// The parser hangs the conjunct's noun on the verb as a `conj`, with its own prepositional
/// phrase under it; each such conjunct gets a copy of the verb's fact with its own subject and
/// its own qualifier in place of the one with the same preposition.
///
/// Only for a verb without an object (a passive, an intransitive): with an object the noun could
/// be a second object as well ("arrested Lee in Boston, and Park in Salem"). An object the
/// relation's preposition took is no such object: "senators would be limited to two terms and
/// representatives to three" gives (representatives; would be limited to; three). The facts that read
/// the conjunct as a plain second subject, with the first one's qualifiers, are replaced.
enum Gapping {
    /// Adds the gapped conjuncts' drafts to `drafts` and drops the coordination's reading of them.
    static func apply(to drafts: inout [DraftFact], tree: SentenceTree) {
        var added: [DraftFact] = []
        var replaced: [(verb: Int, conjunct: Int)] = []
        for draft in drafts where draft.kind == .event && draft.role == .main {
            let verb = draft.anchor
            // An object the relation's preposition took ("would be limited to two terms"): a
            // conjunct's phrase with that preposition is the gapped clause's object instead.
            let objectPreposition: String? = draft.object.flatMap { object in
                guard let last = draft.relationWords.last, tree.deprel(last) == "case", let objectHead = object.head,
                      tree.head(last) == objectHead else { return nil }
                return tree.form(last).lowercased()
            }
            guard tree.upos(verb) == "VERB", draft.object == nil || objectPreposition != nil else { continue }
            for conjunct in tree.dependents(verb, ["conj"]) where conjunct > verb
                && ["PROPN", "NOUN", "PRON"].contains(tree.upos(conjunct)) {
                // Its own prepositional phrase: "in 1868".
                guard let phrase = tree.children[conjunct].first(where: { ["nmod", "obl"].contains(tree.deprel($0)) && $0 > conjunct }),
                      let marker = tree.caseMarker(phrase) else { continue }
                var copy = draft
                var subjectWords = tree.argumentSpan(conjunct).words.filter { $0 < phrase && !tree.isPunctuation($0)
                    && !["cc"].contains(tree.deprel($0)) }
                subjectWords.removeAll { tree.children[phrase].contains($0) || $0 == phrase }
                guard !subjectWords.isEmpty else { continue }
                copy.subject = DraftArgument(words: subjectWords, head: conjunct)
                var phraseSpan = tree.argumentSpan(phrase)
                phraseSpan.words.removeAll { marker.words.contains($0) }
                if let objectPreposition {
                    guard marker.text.lowercased() == objectPreposition else { continue }
                    copy.object = phraseSpan
                } else {
                    copy.qualifiers = draft.qualifiers.filter { $0.marker != marker.text }
                    copy.qualifiers.append((marker: marker.text, argument: phraseSpan, time: false))
                }
                added.append(copy)
                replaced.append((verb, conjunct))
            }
        }
        guard !added.isEmpty else { return }
        drafts.removeAll { draft in replaced.contains { draft.anchor == $0.verb && draft.subject.head == $0.conjunct } }
        drafts += added
    }
}
