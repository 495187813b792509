import FactModel

/// "how much were the stolen goods worth": a price question asks for money. When no answer is an
/// amount of money (the sentences that name the goods hold only a count, "14 watches"), the
/// article's sentences with the question's word of price hold it: the first amount of money
/// after the word ("watches and diamonds worth an estimated €1.8 million").
extension QuestionAnswerer {
    func addingMoneyAfterPriceWords(_ candidates: [Candidate], question: Question, held: [DocumentID: Int]) -> [Candidate] {
        guard case .amount = question.kind, case .clause(let atom) = question.form,
              !candidates.contains(where: { $0.valueKind == .money }) else { return candidates }
        let words = priceWordsAsked(in: atom)
        guard !words.isEmpty, let documents = articlesHoldingMost(held) ?? (held.count == 1 ? Set(held.keys) : nil) else { return candidates }
        var found: [Candidate] = []
        for word in words {
            for ref in source.sentences(containing: word) where documents.contains(ref.document) {
                let text = source.sentenceText(ref)
                let lowered = text.lowercased()
                guard let at = lowered.firstRange(of: word) else { continue }
                let wordOffset = lowered.utf8.distance(from: lowered.startIndex, to: at.lowerBound)
                let sentenceStart = source.document(ref.document)?.startOfSentence(Int(ref.sentence)) ?? 0
                let money = source.mentions(in: ref)
                    .filter { $0.type.valueKind == .money && Int($0.provenance.start) - sentenceStart > wordOffset }
                    .min { $0.provenance.start < $1.provenance.start }
                guard let money else { continue }
                let amount = money.value?.text ?? money.text
                found.append(Candidate(value: .text(amount), text: amount, score: 0.2,
                                       support: .sentence(ref, money.provenance), fromSentence: true, valueKind: .money))
            }
        }
        return candidates + found
    }

    /// The words of paying or worth the question says, as the sentence index holds them
    /// (lower-cased, verbs as lemmas and as written).
    func priceWordsAsked(in atom: Atom) -> [String] {
        var words: [String] = []
        if case .verb(let verb, _, _) = atom.relation { words += [verb.lowercased(), forms.verbLemma(verb)] }
        for term in [atom.subject, atom.object] + atom.qualifiers.map(\.term) {
            if case .phrase(let phrase)? = term { words += phrase.words.map { $0.lowercased() } }
        }
        var seen = Set<String>()
        return words.filter { word in
            (Self.priceWords.contains(word) || Self.priceWords.contains(forms.verbLemma(word))) && seen.insert(word).inserted
        }
    }
}
