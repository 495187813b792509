import FactModel

extension QuestionAnswerer {
    /// "According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali
    /// Alghasi Mehr, said ...": the description after the cited source belongs to the name after
    /// it, though the extractor may appose it to the source too. A fact answer whose subject is
    /// what its sentence cites after "according to" gives way to another answer from the same
    /// sentence that is not cited. O(candidates²) over a handful.
    func withoutCitedSources(_ candidates: [Candidate]) -> [Candidate] {
        func citation(_ candidate: Candidate) -> (sentence: SentenceRef, cited: Bool)? {
            guard case .fact(let id) = candidate.support else { return nil }
            let fact = source.fact(id)
            let ref = fact.provenance.sentenceRef
            let text = source.sentenceText(ref)
            guard let range = text.firstRange(of: fact.subject.text), !fact.subject.text.isEmpty else { return (ref, false) }
            let offset = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            return (ref, SentenceFallback.isCitedSource(at: offset, in: text))
        }
        let read = candidates.map(citation)
        let uncitedSentences = Set(read.compactMap { $0.flatMap { $0.cited ? nil : $0.sentence } })
        return zip(candidates, read).filter { _, citation in
            guard let citation, citation.cited else { return true }
            return !uncitedSentences.contains(citation.sentence)
        }.map(\.0)
    }
}
