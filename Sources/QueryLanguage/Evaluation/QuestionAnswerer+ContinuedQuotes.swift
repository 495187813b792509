import FactModel

/// Quotations that run on over several sentences, and how much of what a question asks about a
/// quotation holds.
extension QuestionAnswerer {
    /// How much of the asked subject a text holds: 1 with every content word of the about-phrase
    /// (in any noun form), 0.5 with none; 1 when nothing is asked about. O(words).
    func aboutWeight(_ matcher: PhraseMatcher?, in text: String) -> Double {
        guard let matcher, !matcher.words.isEmpty else { return 1 }
        let words = wordsOf(text)
        let held = Set(words.map(folded) + words.map { folded(forms.nounLemma($0)) } + words.map { folded(forms.verbLemma($0)) })
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
        var open = Self.leavesAQuotationOpen(sentence)
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

    /// True when the sentence opens a quotation it does not close. O(characters).
    static func leavesAQuotationOpen(_ sentence: String) -> Bool {
        var open = false
        for character in sentence {
            switch character {
            case "\u{201C}": open = true
            case "\u{201D}": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }

    /// What a quotation's continuation counts for when the question asks about nothing in
    /// particular: below the quotes' cut (0.7 of the best), so "what did X say" keeps its first
    /// sentence.
    static let continuationWeight = 0.6
}
