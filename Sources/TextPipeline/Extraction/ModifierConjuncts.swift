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

    /// The argument of each conjunct of `head` (`conjuncts(of:)`), bare nouns given the head noun
    /// they share with the last conjunct (`sharedHeadNoun`): "head the energy and health
    /// ministries" has the objects "the energy ministries" and "health ministries".
    func conjunctArguments(of head: Int) -> [DraftArgument] {
        let all = conjuncts(of: head)
        let shared = sharedHeadNoun(of: all)
        return all.map { conjunct in
            var argument = tree.argumentSpan(conjunct)
            if let shared, conjunct != shared {
                argument.words = (argument.words + [shared]).sorted()
                argument.head = shared
            }
            return argument
        }
    }

    /// The head noun that coordinated bare nouns share with the last conjunct, which has a noun
    /// of its own right before it: the parser reads "the energy and health ministries" as
    /// "energy" heading "health ministries", but it means the energy ministries and the health
    /// ministries. Nil unless every conjunct but the last is a singular noun with nothing but a
    /// determiner, coordinator or comma below it besides the other conjuncts, and the last is a
    /// plural noun with a compound noun right before it.
    func sharedHeadNoun(of conjuncts: [Int]) -> Int? {
        guard conjuncts.count >= 2, let last = conjuncts.last, tree.xpos(last) == "NNS",
              tree.dependents(last, ["compound"]).contains(last - 1), tree.xpos(last - 1) == "NN" else { return nil }
        let bare = conjuncts.dropLast().allSatisfy { noun in
            tree.xpos(noun) == "NN"
                && tree.children[noun].allSatisfy { conjuncts.contains($0) || ["det", "cc", "punct"].contains(tree.deprel($0)) }
        }
        return bare ? last : nil
    }
}
