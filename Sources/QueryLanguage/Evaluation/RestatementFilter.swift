import FactModel

/// Drops answers that cannot be what a clause or identity question asks for, when better ones
/// remain:
/// - a phrase the question itself states ("who did pro-democracy candidates oust" is not
///   answered by "pro-democracy candidates"; "who did Erdoğan name as terrorists" not by
///   "terrorists"; "which volcano erupted" not by "Volcano");
/// - a contrastive phrase, "other leaders" or "another federal judge", which by its own words
///   is someone besides the one meant, beside an answer that names someone.
/// When nothing else remains, the answers stay as they are.
struct RestatementFilter {
    /// The question's own phrases, folded and without determiners.
    let statedPhrases: Set<String>
    /// Whether a part of a stated phrase restates it too: "who is the foreign affairs minister of
    /// Cuba" is not answered by "the foreign affairs" or "Cuba".
    let partsRestate: Bool

    /// For a clause question; "which volcano erupted" is not answered by the headline's bare
    /// "Volcano" either: the asked kind's noun alone restates it.
    init(_ atom: Atom, kind: AnswerKind? = nil) {
        var phrases = Set<String>()
        if case .kind(let noun)? = kind {
            let key = Self.key(noun.words)
            if !key.isEmpty { phrases.insert(key) }
        }
        for term in [atom.subject, atom.object] + atom.qualifiers.map(\.term) {
            guard case .phrase(let phrase)? = term else { continue }
            let key = Self.key(phrase.words)
            if !key.isEmpty { phrases.insert(key) }
            // "who had the most delegates" is not answered by "delegates" either.
            let counted = Self.key(phrase.words.filter { !Self.quantifiers.contains($0.lowercased()) })
            if !counted.isEmpty { phrases.insert(counted) }
        }
        statedPhrases = phrases
        partsRestate = false
    }

    /// For "who is <title phrase>": the phrase and any run of its words.
    init(identity phrase: Phrase) {
        let key = Self.key(phrase.words)
        statedPhrases = key.isEmpty ? [] : [key]
        partsRestate = true
    }

    func restates(_ answer: String) -> Bool {
        let key = Self.key(wordsOf(answer))
        if statedPhrases.contains(key) { return true }
        return partsRestate && !key.isEmpty && statedPhrases.contains { (" " + $0 + " ").contains(" " + key + " ") }
    }

    func filter(_ table: AnswerTable) -> AnswerTable {
        table.keepingWhereAny { !restates($0) && !Self.isContrastive($0) }
    }

    /// Words that say how many or how much of the noun: the noun alone restates the phrase.
    static let quantifiers: Set<String> = ["most", "more", "many", "much", "few", "fewer", "least", "less", "all", "some", "several", "enough"]

    /// "other leaders", "another federal judge", "others".
    static func isContrastive(_ answer: String) -> Bool {
        guard let first = wordsOf(answer).first?.lowercased() else { return false }
        return first == "other" || first == "another" || first == "others"
    }

    private static func key(_ words: [String]) -> String {
        words.map { folded($0) }.filter { !EnglishWords.determiners.contains($0) && $0 != "'s" }.joined(separator: " ")
    }
}
