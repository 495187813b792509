import FactModel

/// "how much did Corvane's shares rise" with "Shares in Corvane rose 4.2 percent to A$31.60": the
/// amount of a change is the value the verb takes directly; the values after "to" and "from" are
/// the levels it went between, no answer when the change itself is stated.
extension QuestionAnswerer {
    /// Verbs of a measure changing by an amount.
    static let changeVerbs: Set<String> = [
        "rise", "fall", "climb", "drop", "increase", "decrease", "jump", "grow", "gain", "lose", "decline", "slip", "surge",
        "soar", "plunge", "tumble", "shrink", "cut", "raise", "lower", "add",
    ]

    /// The candidates without the levels of a change whose fact states its amount. O(candidates).
    func withoutLevelsOfAChange(_ candidates: [Candidate], kind: AnswerKind) -> [Candidate] {
        guard case .amount = kind else { return candidates }
        return candidates.filter { candidate in
            guard case .fact(let id) = candidate.support else { return true }
            let fact = source.fact(id)
            guard Self.changeVerbs.contains(fact.predicate.lemma), fact.object?.value.map({ Self.levelKinds.contains($0.kind) }) == true,
                  fact.object?.value?.text != candidate.text else { return true }
            return !fact.qualifiers.contains { qualifier in
                ["to", "from"].contains(qualifier.marker.lowercased())
                    && (qualifier.argument.value?.text == candidate.text || qualifier.argument.text == candidate.text)
            }
        }
    }
}
