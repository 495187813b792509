/// "The Associated Press called the election for Biden, as did NBC News": an elliptical clause of
/// "as" and an auxiliary says its subject did what the main clause says, so NBC News called the
/// election for Biden too. Each subject in the clause ("as have France and Italy") gets a copy of
/// the main verb's facts with that subject.
///
/// The parser hangs the clause on the main verb as an `advcl` in one of two shapes: headed by the
/// subject, with "as" and the auxiliary as its `mark` and `aux` ("as did NBC News"), or headed by
/// the auxiliary read as a verb, with the subject as its object or subject ("as have France").
/// A clause with anything else in it ("as did the others before them", "as was expected") is left
/// alone: it is no bare repetition.
enum AsDidClauses {
    /// Auxiliaries that stand for the main clause's verb phrase.
    static let auxiliaries: Set<String> = ["do", "have", "be", "will", "would", "can", "could", "should", "may", "might", "must"]

    /// Adds a copy of each main event fact of a verb for each subject of its "as did" clause.
    static func apply(to drafts: inout [DraftFact], tree: SentenceTree) {
        var added: [DraftFact] = []
        for draft in drafts where draft.kind == .event && draft.role == .main && tree.upos(draft.anchor) == "VERB" {
            for clause in tree.dependents(draft.anchor, ["advcl"]) where clause > draft.anchor {
                for subject in subjects(of: clause, tree: tree) {
                    var copy = draft
                    var span = tree.argumentSpan(subject)
                    // "as did NBC News": the subject without the clause's "as" and auxiliary.
                    span.words.removeAll { $0 < subject && (["mark", "aux", "punct"].contains(tree.deprel($0)) || tree.upos($0) == "AUX") }
                    copy.subject = span
                    copy.subjectSource = .own
                    added.append(copy)
                }
            }
        }
        drafts += added
    }

    /// The heads of the subjects an "as" + auxiliary clause names; empty for any other clause.
    static func subjects(of clause: Int, tree: SentenceTree) -> [Int] {
        let children = tree.children[clause]
        guard let mark = children.first(where: { tree.deprel($0) == "mark" }), tree.form(mark).lowercased() == "as",
              mark < clause else { return [] }
        let nominal: Int
        if ["PROPN", "NOUN"].contains(tree.upos(clause)) {
            // "as did NBC News": the subject heads the clause.
            // The auxiliary may come with any label ("did" read as an `amod` of the name).
            guard let aux = children.first(where: { tree.deprel($0).hasPrefix("aux") || tree.upos($0) == "AUX" }),
                  auxiliaries.contains(tree.lemma(aux).lowercased()), aux > mark, aux < clause else { return [] }
            let allowed: Set<String> = ["mark", "punct", "compound", "flat", "det", "amod", "conj", "cc", "nmod:poss"]
            guard children.allSatisfy({ $0 == aux || allowed.contains(tree.deprel($0)) }) else { return [] }
            nominal = clause
        } else if auxiliaries.contains(tree.lemma(clause).lowercased()) {
            // "as have France and Italy": the auxiliary read as the clause's verb.
            let arguments = children.filter { ["obj", "nsubj"].contains(tree.deprel($0)) }
            guard arguments.count == 1, let only = arguments.first, only > clause, ["PROPN", "NOUN"].contains(tree.upos(only)),
                  children.allSatisfy({ ["mark", "punct", "obj", "nsubj"].contains(tree.deprel($0)) }) else { return [] }
            nominal = only
        } else {
            return []
        }
        return [nominal] + tree.dependents(nominal, ["conj"]).filter { ["PROPN", "NOUN"].contains(tree.upos($0)) }
    }
}
