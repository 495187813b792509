/// Lemmas of closed-class words and clitics, by XPOS where the tag decides (UD English EWT
/// conventions): "'s" is "be" as VBZ and "'s" as POS; "n't" is "not"; "me" is "I".
enum ClosedClassLemmas {
    /// Lemma of a lowercased `form` tagged `xpos`, if the table decides it.
    static func lemma(of form: String, tag: PennTagClass) -> String? {
        switch tag {
        case .verbBase, .verbPresent, .verbThirdPerson, .verbPast, .verbParticiple, .verbGerund: return verbs[form]
        case .modal: return modals[form]
        case .possessive: return "'s"
        case .personalPronoun: return pronouns[form]
        case .determiner: return determiners[form]
        case .adverb: return form == "n't" || form == "n’t" || form == "nt" ? "not" : nil
        case .to: return "to"
        default: return nil
        }
    }

    private static let verbs: [String: String] = [
        "'s": "be", "’s": "be", "'re": "be", "’re": "be", "'m": "be", "’m": "be", "am": "be", "are": "be",
        "is": "be", "was": "be", "were": "be", "been": "be", "being": "be", "be": "be",
        "'ve": "have", "’ve": "have", "has": "have", "had": "have", "having": "have", "'d": "have", "’d": "have",
        "does": "do", "did": "do", "done": "do", "doing": "do", "gon": "go",
    ]
    private static let modals: [String: String] = [
        "'ll": "will", "’ll": "will", "ll": "will", "wo": "will", "'d": "would", "’d": "would", "ca": "can",
    ]
    private static let pronouns: [String: String] = [
        "i": "I", "me": "I", "him": "he", "her": "she", "them": "they", "us": "we", "'s": "we", "’s": "we",
    ]
    private static let determiners: [String: String] = ["an": "a", "these": "this", "those": "that"]
}
