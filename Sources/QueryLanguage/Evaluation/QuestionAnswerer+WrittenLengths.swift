import FactModel

/// "how long is the line" over "The 24.6-kilometre elevated line runs from ...": a length written
/// before a thing's noun is what the thing measures, and "how long" asks it rather than a time.
extension QuestionAnswerer {
    /// The lengths written right before the head noun of `thing` (at most two modifiers between),
    /// in the sentences that have that noun. O(sentences with the noun × their mentions).
    func lengthsWrittenBefore(_ thing: Phrase) -> [Candidate] {
        guard !thing.quoted, let last = thing.words.last else { return [] }
        let head = forms.nounLemma(last.lowercased())
        var candidates: [Candidate] = []
        for ref in source.sentences(containing: head) {
            // Mentions give document offsets; the sentence's bytes start at `start`.
            guard let start = source.document(ref.document)?.startOfSentence(Int(ref.sentence)) else { continue }
            let bytes = Array(source.sentenceText(ref).utf8)
            for mention in source.mentions(in: ref) where mention.type == .value(.quantity) && Self.isLength(mention.text) {
                let from = Int(mention.provenance.end) - start
                guard from >= 0, from < bytes.count else { continue }
                let after = String(decoding: bytes[from..<min(bytes.count, from + 60)], as: UTF8.self)
                // The words up to the first punctuation: "elevated line runs", "course through".
                let run = after.prefix { $0.isLetter || $0 == " " || $0 == "-" }
                let words = wordsOf(String(run)).prefix(3)
                guard let at = words.firstIndex(where: { forms.nounLemma($0.lowercased()) == head }),
                      words[..<at].allSatisfy({ !EnglishWords.prepositions.contains($0.lowercased()) }) else { continue }
                candidates.append(Candidate(value: .text(mention.text), text: mention.text, score: 0.9,
                                            support: .sentence(ref, mention.provenance), fromSentence: false, valueKind: .quantity))
            }
        }
        return candidates
    }

    /// True when a quantity's unit is one of length ("24.6-kilometre", "3 km", "400 metres").
    static func isLength(_ quantity: String) -> Bool {
        guard let unit = quantity.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).last else { return false }
        let singular = unit.hasSuffix("s") && unit.count > 2 ? String(unit.dropLast()) : String(unit)
        return lengthUnits.contains(singular) || lengthUnits.contains(String(unit))
    }

    /// Units of length, singular.
    static let lengthUnits: Set<String> = [
        "kilometre", "kilometer", "km", "metre", "meter", "m", "centimetre", "centimeter", "cm", "millimetre", "millimeter",
        "mm", "mile", "mi", "foot", "feet", "ft", "yard", "yd", "inch", "inches",
    ]
}
