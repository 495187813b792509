import FactModel

/// "what was inflation in May", "what is the unemployment rate": a measure that the article gives
/// as the value it reached or stood at ("Annual inflation reached 6.8 percent in May, up from 5.1
/// percent in February"), not as a copula. The answer is that value; words of the question after
/// the measure ("in May") must be stated beside it, which keeps the February figure out.
extension QuestionAnswerer {
    /// Verbs that give the level a measure is at (their value is the object or the "to" or "at"
    /// argument: "rose to", "stood at").
    static let levelVerbs: Set<String> = [
        "be", "reach", "stand", "stand at", "hit", "total", "amount to", "average", "remain", "rise", "fall", "climb",
        "drop", "increase", "decrease", "jump", "grow", "slow", "ease", "accelerate",
    ]
    /// Value kinds a measure takes.
    static let levelKinds: Set<ValueKind> = [.percent, .money, .number, .quantity]

    /// The values the facts about the measure named by `phrase` give it. O(f) in the facts whose
    /// subject has the measure's head.
    func levelValues(of phrase: Phrase) -> [Candidate] {
        let words = phrase.words
        let cut = words.firstIndex { EnglishWords.prepositions.contains($0.lowercased()) } ?? words.count
        guard cut > 0, !phrase.quoted else { return [] }
        let measure = Phrase(words: Array(words[..<cut]), range: phrase.range)
        let context = words[cut...].dropFirst().map { folded($0) }.filter { !EnglishWords.determiners.contains($0) }
        let matcher = PhraseMatcher(phrase: measure, source: source, forms: forms)
        guard matcher.entities.isEmpty else { return [] }
        var candidates: [Candidate] = []
        for lookup in matcher.lookups {
            for id in source.facts(matching: FactPattern(subject: lookup)) {
                let fact = source.fact(id)
                guard !fact.predicate.negated, Self.levelVerbs.contains(fact.predicate.lemma) else { continue }
                let arguments = [fact.object].compactMap { $0 } + fact.qualifiers.filter { ["to", "at"].contains($0.marker.lowercased()) }.map(\.argument)
                guard let level = arguments.first(where: { $0.value.map { Self.levelKinds.contains($0.kind) } ?? false }),
                      let value = level.value else { continue }
                let match = matcher.score(fact.subject)
                guard match >= 0.6 else { continue }
                // The question's words after the measure are stated with the value ("in May").
                let stated = wordsOf(([fact.object?.text ?? ""] + fact.qualifiers.map(\.argument.text)).joined(separator: " ")).map(folded)
                guard context.allSatisfy(stated.contains) else { continue }
                candidates.append(Candidate(value: .text(value.text), text: value.text, score: match * (0.6 + 0.4 * Double(fact.confidence)),
                                            support: .fact(id), fromSentence: false, valueKind: value.kind))
            }
        }
        return candidates
    }
}
