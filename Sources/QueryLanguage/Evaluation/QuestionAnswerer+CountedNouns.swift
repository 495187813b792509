import FactModel

/// "how many seats did the Conservative Party win": a number written before another noun ("won
/// with 92,153 votes") counts something else, once another answer counts the asked noun ("365
/// seats").
extension QuestionAnswerer {
    /// `candidates` without the numbers that count another noun, when some count the asked one;
    /// unchanged otherwise (a paraphrase, "276 passengers" for "how many people", keeps its answer
    /// when nothing counts "people"). O(candidates × sentence length).
    func countingTheAskedNoun(_ candidates: [Candidate], kind: AnswerKind) -> [Candidate] {
        guard case .count(let phrase?) = kind, let noun = phrase.words.last.map({ forms.nounLemma($0.lowercased()) }) else { return candidates }
        let counts = candidates.map { counted(by: $0) }
        guard counts.contains(where: { $0 == noun }) else { return candidates }
        return zip(candidates, counts).filter { $0.1 == nil || $0.1 == noun }.map(\.0)
    }

    /// The noun lemma written right after a number answer in its sentence ("92,153 votes" ->
    /// "vote"), nil when none follows (a bare number, a preposition, the end).
    func counted(by candidate: Candidate) -> String? {
        let number = wordsOf(candidate.text)
        guard let last = number.last, last.first?.isNumber == true || QuestionAnswerer.numberWords.contains(last) else { return nil }
        guard let ref = sentence(of: candidate.support) else { return nil }
        let words = wordsOf(source.sentenceText(ref))
        guard let at = words.indices.first(where: { words[$0] == last }), at + 1 < words.count else { return nil }
        let next = words[at + 1]
        guard next.first?.isLetter == true, EnglishWords.isContentWord(next), !EnglishWords.prepositions.contains(next),
              !QuestionAnswerer.numberWords.contains(next) else { return nil }
        return forms.nounLemma(next)
    }
}
