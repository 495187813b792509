import FactModel

/// Repairs to infinitive complements that the parser takes for clauses of purpose.
extension TreeRepairs {
    /// "The council agreed in 2024 to cover the overrun": with a phrase between the verb and its
    /// infinitive, the parser hangs the infinitive as an adverbial clause of purpose, so the fact
    /// loses what was agreed ("what did the council agree to"). After a verb that takes an
    /// infinitive complement and has no object or complement of its own, a subject-less `to`
    /// infinitive that follows it is that complement (`xcomp`).
    static func infinitiveComplementTakenForAPurpose(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for verb in range where document.tokens[verb].deprel == "advcl" && document.tokens[verb].upos == "VERB" {
            let governor = Int(document.tokens[verb].head)
            guard range.contains(governor), governor < verb, document.tokens[governor].upos == "VERB",
                  infinitiveTakingVerbs.contains(document.tokens[governor].lemma.lowercased()) else { continue }
            let dependents = range.filter { Int(document.tokens[$0].head) == verb }
            guard dependents.contains(where: { document.tokens[$0].deprel == "mark" && document.tokens[$0].lemma.lowercased() == "to" }),
                  !dependents.contains(where: { document.tokens[$0].deprel.hasPrefix("nsubj") }),
                  !range.contains(where: { Int(document.tokens[$0].head) == governor && ["obj", "xcomp", "ccomp"].contains(document.tokens[$0].deprel) })
            else { continue }
            document.tokens[verb].deprel = "xcomp"
        }
    }

    /// Verbs whose following `to` infinitive says what was agreed, tried or refused, not what for.
    static let infinitiveTakingVerbs: Set<String> = [
        "agree", "decide", "refuse", "decline", "promise", "pledge", "vow", "threaten", "plan", "intend",
        "hope", "want", "wish", "try", "attempt", "seek", "fail", "offer", "choose", "opt", "vote",
        "resolve", "undertake", "expect", "aim", "manage",
    ]
}
