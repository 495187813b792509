import FactModel

/// Adverbs a person puts between a question's subject and its verb ("who did Bolton often have
/// disagreements with", "what is the SDF largely made up of"), which say how often or how surely
/// something happened, not what happened. The extractor keeps no such words in its relations, so
/// the parser reads the question without them: as the phrase parser sees only words, an adverb
/// there would otherwise be taken for the verb or for a noun of the subject.
enum ClauseAdverbs {
    /// Question words that stand for the clause's subject, so an adverb after them is the clause's.
    static let subjectQuestionWords: Set<String> = ["who", "what", "which", "whom"]

    /// Adverbs of frequency, time, degree and stance that never carry a question's content.
    static let words: Set<String> = [
        "often", "also", "still", "really", "actually", "recently", "largely", "reportedly", "allegedly",
        "already", "ever", "just", "previously", "initially", "originally", "eventually", "finally", "mainly",
        "mostly", "primarily", "partly", "usually", "frequently", "repeatedly", "publicly", "apparently",
        "subsequently", "ultimately", "officially", "formally", "currently", "now", "again", "successfully",
        "jointly", "personally", "later", "soon", "once", "always", "sometimes", "briefly", "yet", "formerly",
        "commonly", "typically", "generally", "traditionally", "normally", "regularly", "routinely", "widely",
    ]

    /// `tokens` without the clause adverbs standing between two words, the second a lower-case
    /// word (the verb, a participle or the complement). An adverb after "how" is asked about ("how
    /// often"), and one first or last in a statement modifies nothing the parser reads. Words ending
    /// in "-ly" that the dictionary knows only as adverbs count too.
    /// The adverbs removed are returned too ("how many stations did Milwaukee originally have"
    /// still asks about the level before a change). O(n); no array is made when no adverb is found.
    static func split(_ tokens: [QueryToken], wordClasses: (@Sendable (String) -> Set<WordClass>?)?) -> (kept: [QueryToken], adverbs: [QueryToken]) {
        guard tokens.count > 2 else { return (tokens, []) }
        var kept: [QueryToken]?
        var adverbs: [QueryToken] = []
        for index in tokens.indices {
            // The neighbours first: they rule out most tokens without a look at the word lists.
            if index > 0, index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].isCapitalized,
               isWordBefore(tokens[index - 1]), isClauseAdverb(tokens[index], wordClasses: wordClasses) {
                if kept == nil { kept = Array(tokens[..<index]) }
                adverbs.append(tokens[index])
                continue
            }
            kept?.append(tokens[index])
        }
        return (kept ?? tokens, adverbs)
    }

    private static func isClauseAdverb(_ token: QueryToken, wordClasses: (@Sendable (String) -> Set<WordClass>?)?) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        if words.contains(token.lowered) { return true }
        guard token.lowered.utf8.count >= 6, token.lowered.hasSuffix("ly"), let wordClasses else { return false }
        return wordClasses(token.lowered) == [.adverb]
    }

    /// A word the adverb can follow inside a clause: any word or name, and "who", "what", "which"
    /// or "whom" as a subject ("who commonly wears"); not a question word the adverb is asked
    /// with ("how often", "when recently").
    private static func isWordBefore(_ token: QueryToken) -> Bool {
        switch token.kind {
        case .word: return !EnglishWords.whWords.contains(token.lowered) || subjectQuestionWords.contains(token.lowered)
        case .possessive, .number, .string: return true
        default: return false
        }
    }
}
