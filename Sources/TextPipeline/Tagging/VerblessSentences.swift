/// A sentence the tagger left without a finite verb, because its verb is a third-person form
/// that is also a plural noun ("The machine employs RISC technology", "G-7 consists of seven
/// countries", "That amounts to $350 billion", all tagged NNS): no clause can be read from it,
/// so every fact of the sentence is lost. The first such word that stands where a verb would
/// (after a noun, name, number, pronoun, adverb or closing quote that ends the sentence's opening
/// noun phrase, with no verb, preposition or conjunction before it; not before a bare verb,
/// "traders buy", nor before a participle that ends its phrase, "Jaguar shares closed at"), and
/// whose stem is a verb in WordNet, is retagged VBZ before lemmatizing and parsing. Sentences
/// with a finite verb or modal, and headlines, are left alone, unless their first finite verb
/// follows a coordinator: "The lodge also hosts banquets, and supports the council" has its
/// first predicate's verb missing (not when a participle stands between them: "deals numbered 51
/// and totaled"). CaRB dev 0.5705 -> 0.5716; the coordinator case 0.5769 -> 0.5780.
enum VerblessSentences {
    static let finiteTags: Set<String> = ["VBZ", "VBD", "VBP", "MD"]
    static let subjectEnds: Set<String> = ["NOUN", "PROPN", "NUM", "PRON", "ADV"]
    /// A headline ("Iraqi Parliament votes for expulsion of troops") ends without one: it is left
    /// alone (there the new fact gave a question a second name for its answer).
    static let sentenceMarks: Set<String> = [".", "!", "?"]
    static let quotes: Set<String> = ["``", "''", "\"", "'"]
    static let coordinators: Set<String> = ["and", "or", "but"]
    static let subjectWords: Set<String> = ["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADV", "PUNCT", "SCONJ"]

    /// The index (into `forms`) of the word to retag VBZ, or nil. `isVerbStem` says whether a
    /// lowercased stem is a verb. O(n).
    static func verbIndex(
        forms: [String], xpos: [String], upos: [String], isVerbStem: (String) -> Bool
    ) -> Int? {
        guard let last = forms.last, sentenceMarks.contains(last) else { return nil }
        // A finite verb after a coordinator ("..., and supports the council") continues a first
        // predicate, which the word must then be; any other finite verb leaves the sentence alone.
        let firstFinite = xpos.firstIndex(where: finiteTags.contains)
        if let f = firstFinite, f == 0 || !coordinators.contains(forms[f - 1].lowercased()) { return nil }
        for i in forms.indices.dropFirst() where xpos[i] == "NNS" && i < (firstFinite ?? forms.count) {
            let form = forms[i]
            guard form.first?.isLowercase == true, form.hasSuffix("s"), !form.hasSuffix("ss"), form.count > 3 else { continue }
            let before = forms[i - 1]
            guard subjectEnds.contains(upos[i - 1]) || before == "''" || before.lowercased() == "that" else { continue }
            // Only a subject before it: the words of a noun phrase, no verb, preposition or conjunction.
            guard (0..<i).allSatisfy({ subjectWords.contains(upos[$0]) || quotes.contains(forms[$0]) }) else { break }
            if i + 1 < forms.count {
                if xpos[i + 1] == "VB" { continue }
                if xpos[i + 1] == "VBN", i + 2 >= forms.count || ["ADP", "PUNCT"].contains(upos[i + 2]) { continue }
            } else {
                continue
            }
            // "deals numbered 51 and totaled $17 billion": a participle before the coordinated
            // verb is the first predicate's verb already.
            if let f = firstFinite, (i + 1..<f).contains(where: { xpos[$0] == "VBN" || xpos[$0] == "VBD" }) { continue }
            guard MorphyRules.sStems(of: form.lowercased()).contains(where: isVerbStem) else { continue }
            return i
        }
        return nil
    }

}

extension PartOfSpeechTagger {
    /// Retags the verb of a verbless sentence (see `VerblessSentences`) in `range` of `document`.
    func retagVerbless(_ document: inout AnnotatedDocument, range: Range<Int>) {
        let tokens = document.tokens[range]
        // Nearly every sentence has a finite verb, or no plural noun: nothing to copy for those.
        guard tokens.contains(where: { $0.xpos == "NNS" }) else { return }
        guard let i = VerblessSentences.verbIndex(
            forms: tokens.map(\.form), xpos: tokens.map(\.xpos), upos: tokens.map(\.upos),
            isVerbStem: { wordNet.isVerb($0) })
        else { return }
        document.tokens[range.lowerBound + i].xpos = "VBZ"
        document.tokens[range.lowerBound + i].upos = "VERB"
    }
}

extension WordNetClasses {
    /// Whether WordNet lists the lowercased `word` as a verb.
    func isVerb(_ word: String) -> Bool {
        var h = FeatureHasher.offsetBasis
        for byte in word.utf8 { h = (h ^ UInt64(byte)) &* FeatureHasher.prime }
        return mask(h) & UInt64(Bit.verb) != 0
    }
}
