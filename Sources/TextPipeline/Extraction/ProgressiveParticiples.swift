/// A clause headed by a bare present participle ("bridges spanning the river", "..., leading to
/// riots") says its subject is doing something, and reads as the progressive: (bridges; be
/// spanning; the river). The relation takes an inserted "be", as Open IE benchmarks write it
/// ("are spanning"); tense is not known, and "be" stands for any of its forms. Only for
/// participle and adverbial clauses, whose verb has no auxiliary of its own: a complement
/// ("began working") or a conjunct sharing auxiliaries reads as written.
///
/// A relation that starts with the participle "being" ("the firm, being owned by a trust",
/// "after being appointed") is a passive or copula read the same way: "be owned by", "be
/// appointed", not "being ..." ("is being built" keeps its tense).
enum ProgressiveParticiples {
    static func apply(to drafts: inout [DraftFact], tree: SentenceTree) {
        for index in drafts.indices {
            let draft = drafts[index]
            guard draft.kind == .event || draft.kind == .copula, draft.insertedRelation == nil,
                  draft.surfaceOverride == nil, let first = draft.relationWords.first else { continue }
            if tree.form(first).lowercased() == "being", tree.upos(first) == "AUX" {
                drafts[index].relationWords.removeFirst()
                drafts[index].insertedRelation = "be"
            } else if draft.kind == .event, draft.role == .participle || draft.role == .adverbial,
                      tree.isGerund(first), tree.upos(first) == "VERB" {
                drafts[index].insertedRelation = "be"
            }
        }
    }
}
