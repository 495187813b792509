import FactModel

/// "how much will the monthly housing allowance be" with "will go up from 1,200 kwacha to 1,750
/// kwacha": the level a change reaches (after "to") is what the thing will be; the level it
/// leaves (after "from") goes when both are answers from one sentence. Not for questions about
/// the change itself ("by how much did it rise") or about the level before ("previously").
extension QuestionAnswerer {
    /// Words that ask about the level before a change.
    static let earlierLevelWords: Set<String> = ["before", "previously", "originally", "formerly", "old", "initially", "earlier"]

    /// `candidates` without those introduced by "from" when one of the same sentence is introduced
    /// by "to"; unchanged for other questions. O(candidates × marker lookups).
    func keepingTheLevelReached(_ candidates: [Candidate], question: Question) -> [Candidate] {
        guard AnswerTypes.valueKinds(for: question.kind, forms: forms) != nil, candidates.count > 1,
              !SentenceFallback.asksAboutAChange(question),
              !question.words.contains(where: { Self.earlierLevelWords.contains($0.lowered) }),
              !question.adverbs.contains(where: Self.earlierLevelWords.contains) else { return candidates }
        let markers = candidates.map { marker(before: $0) }
        // Only a level reached ("to") can drop anything: no evidence is read without one.
        guard markers.contains("to") else { return candidates }
        let builder = EvidenceBuilder(source: source)
        let sentences = candidates.map { builder.evidence(for: $0.support).map { $0.sentence } }
        let reached = Set(zip(markers, sentences).compactMap { marker, sentence in marker == "to" ? sentence : nil })
        guard !reached.isEmpty else { return candidates }
        return candidates.indices.filter { i in
            !(markers[i] == "from" && sentences[i].map(reached.contains) == true)
        }.map { candidates[$0] }
    }
}
