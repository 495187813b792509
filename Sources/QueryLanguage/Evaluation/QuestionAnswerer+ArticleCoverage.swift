import FactModel

extension QuestionAnswerer {
    /// The document a candidate was read from; nil for a title without provenance.
    func document(of candidate: Candidate) -> DocumentID? {
        switch candidate.support {
        case .fact(let id): return source.provenance(of: id).document
        case .sentence(let ref, _): return ref.document
        case .title(let provenance): return provenance?.document
        }
    }

    /// How many of the question's content-word groups (each word in any of its forms) each
    /// article holds, for the articles holding any. O(question words × their sentences).
    func questionWordsHeld(_ question: Question) -> [DocumentID: Int] {
        var held: [DocumentID: Int] = [:]
        for group in fallback.wordGroups(question.words) {
            var present = Set<DocumentID>()
            for form in group { for ref in source.sentences(containing: form) { present.insert(ref.document) } }
            for document in present { held[document, default: 0] += 1 }
        }
        return held
    }

    /// With many articles loaded, an answer from an article that holds every content word of the
    /// question beats one from an article that lacks some: "how many delegates did Klobuchar earn
    /// in New Hampshire" is not answered from an article that never mentions New Hampshire. The
    /// candidates from the articles holding the most of the question's word groups (in any
    /// form) are kept; with one article loaded nothing changes.
    func fromArticlesCovering(_ question: Question, _ candidates: [Candidate], held: [DocumentID: Int]) -> [Candidate] {
        let documents = Set(candidates.compactMap(document(of:)))
        guard documents.count > 1 else { return candidates }
        let most = documents.map { held[$0] ?? 0 }.max() ?? 0
        return candidates.filter { candidate in document(of: candidate).map { (held[$0] ?? 0) >= most } ?? true }
    }

    /// True when another article holds more of the question's words than any article the
    /// candidates come from: facts about "received 400 votes" elsewhere do not answer "who
    /// received 192 votes" as well as the sentences of the article that says 192, so those are read too.
    func anotherArticleHoldsMore(_ candidates: [Candidate], held: [DocumentID: Int]) -> Bool {
        guard !candidates.isEmpty, let most = held.values.max() else { return false }
        let answered = candidates.compactMap(document(of:)).map { held[$0] ?? 0 }.max() ?? 0
        return answered < most
    }

    /// The articles holding the most of the question's words, which the sentence fallback reads
    /// with many articles loaded: "how much was Smithers fined" is read in the article that has
    /// both, not from whichever sentences about fines rank best across all. Nil (every article)
    /// when one article is loaded or no article holds any word.
    func articlesHoldingMost(_ held: [DocumentID: Int]) -> Set<DocumentID>? {
        guard held.count > 1, let most = held.values.max() else { return nil }
        return Set(held.filter { $0.value == most }.keys)
    }
}
