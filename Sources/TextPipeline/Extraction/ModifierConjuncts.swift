import FactModel

/// Coordinated modifiers of one noun: "Greek and Roman pagans scorned him" says Greek pagans
/// scorned him and Roman pagans did, as "Greeks and Romans scorned him" does. A subject or object
/// whose head has adjectives coordinated before it gives one argument per adjective, each
/// keeping the rest of the phrase (`distributed`).
extension SentenceReader {
    /// `argument` once per coordinated adjective modifying its head, or just `argument`.
    func splitByModifierConjuncts(_ argument: DraftArgument) -> [DraftArgument] {
        guard let head = argument.head else { return [argument] }
        let words = Set(argument.words)
        for modifier in tree.dependents(head, ["amod"]) where modifier < head && words.contains(modifier) {
            let others = tree.dependents(modifier, ["conj"]).filter { words.contains($0) && tree.upos($0) == "ADJ" && $0 < head }
            guard tree.upos(modifier) == "ADJ", !others.isEmpty, others.count <= 3,
                  let parts = distributed(argument, over: others.count + 1) else { continue }
            // "both residential and commercial properties": "both" goes with the coordination.
            return parts.map { part in
                var part = part
                part.words.removeAll { tree.deprel($0) == "cc:preconj" || tree.form($0).lowercased() == "both" && tree.upos($0) == "CCONJ" }
                return part
            }
        }
        return [argument]
    }
}
