/// A clause headed by a bare present participle ("bridges spanning the river", "..., leading to
/// riots") says its subject is doing something, and reads as the progressive: (bridges; be
/// spanning; the river). The relation takes an inserted "be", as Open IE benchmarks write it
/// ("are spanning"); tense is not known, and "be" stands for any of its forms. Only for
/// participle and adverbial clauses, whose verb has no auxiliary of its own: a complement
/// ("began working") or a conjunct sharing auxiliaries reads as written.
enum ProgressiveParticiples {
    static func apply(to drafts: inout [DraftFact], tree: SentenceTree) {
        for index in drafts.indices {
            let draft = drafts[index]
            guard draft.kind == .event, draft.role == .participle || draft.role == .adverbial,
                  draft.insertedRelation == nil, draft.surfaceOverride == nil,
                  let first = draft.relationWords.first, tree.isGerund(first), tree.upos(first) == "VERB"
            else { continue }
            drafts[index].insertedRelation = "be"
        }
    }
}
