import FactModel

/// Quotations that run on over several sentences, and how much of what a question asks about a
/// quotation holds.
extension QuestionAnswerer {
    /// How much of the asked subject a text holds: 1 with every content word of the about-phrase
    /// (in any noun form), or with a name of the entity it names ("Priya is the leader this company
    /// needs" is about Priya Natarajan), 0.5 with none; 1 when nothing is asked about. O(words ·
    /// the entity's names).
    func aboutWeight(_ matcher: PhraseMatcher?, in text: String) -> Double {
        guard let matcher, !matcher.words.isEmpty else { return 1 }
        let words = wordsOf(text)
        let foldedWords = words.map(folded)
        for id in matcher.entities.prefix(2) {
            let entity = source.entity(id)
            for name in [entity.name] + entity.aliases where name.first?.isUppercase == true {
                if firstIndex(of: wordsOf(name).map(folded), in: foldedWords) != nil { return 1 }
            }
        }
        let held = Set(foldedWords + words.map { folded(forms.nounLemma($0)) } + words.map { folded(forms.verbLemma($0)) })
        let share = Double(matcher.words.filter(held.contains).count) / Double(matcher.words.count)
        return 0.5 + 0.5 * share
    }

    /// The sentences a quotation opened in the sentence `ref` and left open runs on into, each
    /// with its quoted part (up to the closing mark); or, when the sentence closes its quotation,
    /// the quotation the next sentence opens with, the same speaker's ("... in a material way",
    /// Pompeo told the press on Tuesday. "There were many times that Ambassador Bolton and I
    /// disagreed. That's to be sure."): the speaker's too, though no fact covers them. At most
    /// `limit` sentences. O(limit) sentence reads.
    func continuedQuotation(after ref: SentenceRef, opening sentence: String, limit: Int = 6) -> [(ref: SentenceRef, text: String)] {
        guard let count = source.document(ref.document)?.sentences.count else { return [] }
        var open = QuotationMarks.leavesAQuotationOpen(sentence)
        var pieces: [(ref: SentenceRef, text: String)] = []
        var index = Int(ref.sentence) + 1
        while index < count, pieces.count < limit {
            let next = SentenceRef(document: ref.document, sentence: Int32(index))
            var text = Substring(source.sentenceText(next))
            if !open {
                guard let first = text.first, first == "\u{201C}" || first == "\"" else { break }
                text = text.dropFirst()
                open = true
            }
            if let close = text.firstIndex(where: { $0 == "\u{201D}" || $0 == "\"" }) {
                let piece = String(text[..<close]).trimmingTrailingPunctuation()
                // A quotation of a few words is a phrase quoted, not a statement.
                if wordsOf(piece).count >= 3 { pieces.append((next, piece)) }
                break
            }
            pieces.append((next, String(text).trimmingTrailingPunctuation()))
            index += 1
        }
        return pieces
    }

    /// The sentences before `ref` that a quotation it closes runs over, first to last, each with
    /// its quoted part (from the opening mark on): the quotation opened in an earlier sentence
    /// when `sentence` closes one it did not open. Empty when it does not, or when the opening is
    /// not found within `limit` sentences. O(limit) sentence reads.
    func openedQuotation(before ref: SentenceRef, closing sentence: String, limit: Int = 6) -> [(ref: SentenceRef, text: String)] {
        guard QuotationMarks.closesAQuotationOpenedBefore(sentence) else { return [] }
        var pieces: [(ref: SentenceRef, text: String)] = []
        var index = Int(ref.sentence) - 1
        while index >= 0, pieces.count < limit {
            let earlier = SentenceRef(document: ref.document, sentence: Int32(index))
            let text = source.sentenceText(earlier)
            if QuotationMarks.leavesAQuotationOpen(text) {
                guard let open = text.lastIndex(where: { $0 == "\u{201C}" || $0 == "\"" }) else { return [] }
                let piece = String(text[text.index(after: open)...]).trimmingTrailingPunctuation()
                return wordsOf(piece).count >= 3 ? [(earlier, piece)] + pieces : pieces
            }
            // A sentence inside the quotation has no quotation mark of its own.
            guard !text.contains(where: { QuotationMarks.all.contains($0) }) else { return [] }
            pieces.insert((earlier, text.trimmingTrailingPunctuation()), at: 0)
            index -= 1
        }
        return []
    }

    /// The sentences of one quotation joined into one answer, each ended by a full stop unless it
    /// ends in its own mark; nil when the whole runs past `maxWords` (a speech is shown by its
    /// sentences). O(total length).
    func wholeQuotation(_ pieces: [String], maxWords: Int = 60) -> String? {
        guard pieces.reduce(0, { $0 + wordsOf($1).count }) <= maxWords else { return nil }
        return pieces.enumerated().map { index, piece in
            index == pieces.count - 1 || piece.last.map({ ".?!".contains($0) }) == true ? piece : piece + "."
        }.joined(separator: " ")
    }

    /// The sentences of `continuedQuotation` as candidates scored `score`, weighed by what the
    /// question asks about (or by `continuationWeight` when it asks about nothing in particular).
    func continuationCandidates(after ref: SentenceRef, opening sentence: String, score: Double, about: PhraseMatcher?,
                                fromSentence: Bool) -> [Candidate] {
        continuedQuotation(after: ref, opening: sentence).map { piece in
            let weight = about == nil ? Self.continuationWeight : aboutWeight(about, in: piece.text)
            return Candidate(value: .text(piece.text), text: piece.text, score: score * weight,
                             support: .sentence(piece.ref, nil), fromSentence: fromSentence)
        }
    }

    /// What a quotation's continuation counts for when the question asks about nothing in
    /// particular: below the quotes' cut (0.7 of the best), so "what did X say" keeps its first
    /// sentence.
    static let continuationWeight = 0.6
}
