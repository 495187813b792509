import FactModel

/// "what kind of investigation is the department conducting": the kind is what the answer's
/// words before the asked noun say, so "a criminal investigation of Ford's testing practices"
/// answers "criminal investigation".
extension QuestionAnswerer {
    func namingTheSort(_ candidates: [Candidate], kind: AnswerKind) -> [Candidate] {
        guard case .kind(let noun) = kind, noun.words.count >= 3, EnglishWords.sortNouns.contains(noun.words[0].lowercased()),
              noun.words[1].lowercased() == "of", let head = noun.words.last else { return candidates }
        let lemma = forms.nounLemma(head.lowercased())
        return candidates.map { candidate in
            guard case .text = candidate.value else { return candidate }
            let words = candidate.text.split(separator: " ").map(String.init)
            guard let at = words.firstIndex(where: { forms.nounLemma(folded($0)) == lemma }) else { return candidate }
            let start = words.first.map { EnglishWords.determiners.contains($0.lowercased()) } == true ? 1 : 0
            // Without a word before the noun the phrase names no kind: it stays as it is.
            guard start < at else { return candidate }
            var trimmed = candidate
            trimmed.text = words[start...at].joined(separator: " ")
            trimmed.value = .text(trimmed.text)
            return trimmed
        }
    }
}
