import FactModel

/// The word that introduces a candidate answer where it is written: the preposition of the fact
/// argument that holds it, or the word before its mention in the sentence. Read by the answer
/// filters that tell a span's bounds ("since 1998", "from 1,200 kwacha to 1,750 kwacha").
extension QuestionAnswerer {
    /// The word that introduces a candidate: the preposition of the fact's qualifier that holds
    /// it (or, for its object, the preposition the relation ends with: "will go up from"), or
    /// the word before its mention in the sentence (a determiner or "early", "late" skipped).
    /// Nil when neither can be read. O(the sentence's length).
    func marker(before candidate: Candidate) -> String? {
        switch candidate.support {
        case .fact(let id):
            let fact = source.fact(id)
            let text = folded(candidate.text)
            if let qualifier = fact.qualifiers.first(where: { folded($0.argument.text).contains(text) }) { return folded(qualifier.marker) }
            guard let object = fact.object, folded(object.text).contains(text),
                  let last = fact.predicate.surface.lowercased().split(separator: " ").last,
                  EnglishWords.prepositions.contains(String(last)) else { return nil }
            return String(last)
        case .sentence(let ref, let provenance?):
            guard let start = source.document(ref.document)?.startOfSentence(Int(ref.sentence)) else { return nil }
            let sentence = source.sentenceText(ref)
            let offset = Int(provenance.start) - start
            guard offset > 0, offset <= sentence.utf8.count else { return nil }
            let before = wordsOf(String(decoding: sentence.utf8.prefix(offset), as: UTF8.self))
            return before.reversed().first { !["the", "a", "an", "early", "late", "mid"].contains($0) }
        default:
            return nil
        }
    }
}
