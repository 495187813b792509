import FactModel

/// Attribution and quotes (extraction.md §9). A say-verb with a clausal complement gives
/// (speaker; say; content), kind `.attribution`, and every fact read inside the content is marked
/// as attributed to the speaker, not asserted by the article. Parsers also link "“…,” Garcetti
/// said" by `parataxis` in either direction; both are accepted. Quote marks are not part of the
/// content.
extension SentenceReader {
    mutating func readAttributions() {
        var contentOwners: [(content: Set<Int>, excluded: Set<Int>, index: Int)] = []
        for index in drafts.indices {
            guard drafts[index].kind == .event, let content = drafts[index].contentClause,
                  words.isSayVerb(drafts[index].lemma) else { continue }
            drafts[index].kind = .attribution
            contentOwners.append((Set(tree.subtree(content)), [], index))
        }
        for s in tree.indices where tree.isVerb(s) && words.isSayVerb(verbLemma(s)) && !tree.has(s, ["obj", "ccomp"]) {
            var content: Set<Int>
            let own = Set(tree.subtree(s))
            if tree.deprel(s) == "parataxis", let q = tree.head(s) {
                content = Set(tree.subtree(q)).subtracting(own)
            } else if let q = tree.dependents(s, ["parataxis"]).first {
                content = Set(tree.subtree(q))
            } else {
                continue
            }
            guard let speaker = subjects(of: s).first else { continue }
            let part = verbWords(s, adverbsAfter: subjectEnd(of: s))
            let contentWords = tree.trimmed(content.sorted(), head: -1)
            guard !contentWords.isEmpty else { continue }
            var draft = DraftFact(
                subject: speaker.argument, relationWords: part.words.sorted(), lemma: verbLemma(s),
                object: DraftArgument(words: contentWords, head: tree.head(s) ?? contentWords[0]),
                kind: .attribution, anchor: s)
            draft.negated = part.negated
            draft.role = role(of: s)
            draft.subjectSource = speaker.source
            // The say-clause read alone ("Lee said") is superseded by the attribution.
            drafts.removeAll { $0.anchor == s && $0.object == nil && $0.kind == .event }
            drafts.append(draft)
            contentOwners.append((content, own, drafts.count - 1))
        }
        for owner in contentOwners {
            for index in drafts.indices where index != owner.index && drafts[index].attributedBy == nil {
                let anchor = drafts[index].anchor
                if owner.content.contains(anchor) && !owner.excluded.contains(anchor) {
                    drafts[index].attributedBy = owner.index
                }
            }
        }
    }
}
