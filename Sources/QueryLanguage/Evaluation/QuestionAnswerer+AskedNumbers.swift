import FactModel

/// "who had 8 delegates": a number an entity question writes is part of what it asks. When some fact
/// answers hold that number, the fact answers whose arguments hold only other numbers ("had the
/// most delegates, with 60", "had 26 delegates") go; answers without numbers stay.
extension QuestionAnswerer {
    /// `candidates` without the fact answers that state another number than the asked one, when
    /// any states it; unchanged for a question without a number. O(candidates × arguments).
    func matchingTheAskedNumbers(_ candidates: [Candidate], question: Question) -> [Candidate] {
        // A value question's own numbers are its setting ("how many delegates did he win in 2020").
        guard case .clause = question.form, AnswerTypes.valueKinds(for: question.kind, forms: forms) == nil else { return candidates }
        let asked = Set(question.words.filter { $0.kind == .number }.compactMap { Double($0.text.filter { $0 != "," }) })
        guard !asked.isEmpty else { return candidates }
        func numbers(_ candidate: Candidate) -> Set<Double>? {
            guard case .fact(let id) = candidate.support else { return nil }
            let amounts = source.fact(id).arguments.compactMap { $0.value?.amount }
            return amounts.isEmpty ? nil : Set(amounts)
        }
        let stated = candidates.map(numbers)
        guard stated.contains(where: { $0.map { !$0.isDisjoint(with: asked) } ?? false }) else { return candidates }
        return zip(candidates, stated).filter { _, numbers in numbers.map { !$0.isDisjoint(with: asked) } ?? true }.map(\.0)
    }
}
