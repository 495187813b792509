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

    /// With many articles loaded, an answer from an article that holds every content word of the
    /// question beats one from an article that lacks some: "how many delegates did Klobuchar earn
    /// in New Hampshire" is not answered from an article that never mentions New Hampshire. The
    /// candidates from the articles missing the fewest of the question's word groups (in any
    /// form) are kept; with one article loaded nothing changes. O(question words × their sentences).
    func fromArticlesCovering(_ question: Question, _ candidates: [Candidate]) -> [Candidate] {
        let documents = Set(candidates.compactMap(document(of:)))
        guard documents.count > 1 else { return candidates }
        var missing: [DocumentID: Int] = [:]
        for group in fallback.wordGroups(question.words) {
            var present = Set<DocumentID>()
            for form in group { for ref in source.sentences(containing: form) { present.insert(ref.document) } }
            for document in documents where !present.contains(document) { missing[document, default: 0] += 1 }
        }
        let least = documents.map { missing[$0] ?? 0 }.min() ?? 0
        return candidates.filter { candidate in document(of: candidate).map { (missing[$0] ?? 0) <= least } ?? true }
    }
}
