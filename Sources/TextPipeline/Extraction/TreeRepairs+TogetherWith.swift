import FactModel

/// Repairs to "together with" / "along with" joining a name to an earlier name.
extension TreeRepairs {
    /// "The study was led by Professor Ana Berg, a neurologist at the university, together with
    /// Dr. Leo Holm and Dr. Eva Lind": "together with" (or "along with") after a comma adds people
    /// as "and" does, but when a description stands between, the parser hangs the second name deep
    /// inside the description. A name after ", together with", whose nearest name before it is a
    /// person (or organization) of the same kind, either right before the comma or followed by its
    /// own apposition up to it, becomes that name's conjunct: "together" its coordinator, "with"
    /// fixed to it, the comma its punctuation. The name keeps its own conjuncts, which then share
    /// the role too.
    static func togetherWithAfterADescription(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func form(_ i: Int) -> String { range.contains(i) ? document.tokens[i].form.lowercased() : "" }
        for adverb in range where ["together", "along"].contains(form(adverb)) && form(adverb + 1) == "with" && form(adverb - 1) == "," {
            let comma = adverb - 1
            guard let joined = nameSpan(startingNear: adverb + 2, range, document),
                  let earlier = nameBefore(comma: comma, type: joined.type, range, document),
                  let joinedHead = document.headWord(of: joined.tokens),
                  let earlierHead = document.headWord(of: earlier.tokens),
                  head(joinedHead) != earlierHead || document.tokens[joinedHead].deprel != "conj",
                  !isInside(earlierHead, subtreeOf: joinedHead, range, document) else { continue }
            document.tokens[joinedHead].head = Int32(earlierHead)
            document.tokens[joinedHead].deprel = "conj"
            for (word, deprel) in [(comma, "punct"), (adverb, "cc")] {
                document.tokens[word].head = Int32(joinedHead)
                document.tokens[word].deprel = deprel
            }
            document.tokens[adverb + 1].head = Int32(adverb)
            document.tokens[adverb + 1].deprel = "fixed"
        }
    }

    /// The person or organization name starting at `start`, or after one title word there ("Dr.
    /// Leo Holm"). O(spans).
    private static func nameSpan(startingNear start: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> EntitySpan? {
        document.spans.first { span in
            guard [start, start + 1].contains(span.tokens.lowerBound), range.contains(span.tokens.lowerBound) else { return false }
            if case .entity(let type) = span.type { return type == .person || type == .organization }
            return false
        }
    }

    /// The name of `type` ending right before `comma`, or the one whose apposition runs from the
    /// comma after it up to `comma` ("Ana Berg, a neurologist at the university,"). O(spans × sentence).
    private static func nameBefore(comma: Int, type: MentionType, _ range: Range<Int>, _ document: AnnotatedDocument) -> EntitySpan? {
        let names = document.spans.filter { $0.type == type && range.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= comma }
        guard let nearest = names.last else { return nil }
        if nearest.tokens.upperBound == comma { return nearest }
        let afterName = nearest.tokens.upperBound
        guard document.tokens[afterName].form == ",", let nameHead = document.headWord(of: nearest.tokens) else { return nil }
        let apposed = (afterName + 1..<comma).contains { Int(document.tokens[$0].head) == nameHead && document.tokens[$0].deprel == "appos" }
        // The description holds no other comma: one description, not a list.
        let oneDescription = !(afterName + 1..<comma).contains { document.tokens[$0].form == "," }
        return apposed && oneDescription ? nearest : nil
    }
}
