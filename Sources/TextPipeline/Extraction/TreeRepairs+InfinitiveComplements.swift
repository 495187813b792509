import FactModel

/// Repairs to infinitive complements that the parser takes for clauses of purpose.
extension TreeRepairs {
    /// "The council agreed in 2024 to cover the overrun": with a phrase between the verb and its
    /// infinitive, the parser hangs the infinitive as an adverbial clause of purpose, so the fact
    /// loses what was agreed ("what did the council agree to"). After a verb that takes an
    /// infinitive complement and has no object or complement of its own, a subject-less `to`
    /// infinitive that follows it is that complement (`xcomp`).
    static func infinitiveComplementTakenForAPurpose(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for verb in range {
            guard let governor = governorOfPurposeInfinitive(verb, among: infinitiveTakingVerbs, range, document),
                  !range.contains(where: { Int(document.tokens[$0].head) == governor && ["obj", "xcomp", "ccomp"].contains(document.tokens[$0].deprel) })
            else { continue }
            document.tokens[verb].deprel = "xcomp"
        }
    }

    /// "Valenzuela appointed the defence minister, Tomás Oyarzún, to replace her": after a verb of
    /// choosing someone for a task, the parser hangs the infinitive as a clause of purpose, read
    /// as the chooser's own act ("appointed to replace her"). The object is the one who does it:
    /// a subject-less `to` infinitive after the object of such a verb, when the object is a person,
    /// is the verb's complement (`xcomp`), whose subject the object controls.
    static func infinitiveOfTheChosenTakenForAPurpose(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for verb in range {
            guard let governor = governorOfPurposeInfinitive(verb, among: choosingVerbs, range, document),
                  let object = range.first(where: { Int(document.tokens[$0].head) == governor && document.tokens[$0].deprel == "obj" && $0 < verb }),
                  // Someone chosen: "sent boats to reach the villages" leaves the senders reaching them.
                  isName(object, of: .person, document)
                    || ExtractionLexicon.isPersonNoun(document.tokens[object].lemma.lowercased()),
                  !range.contains(where: { Int(document.tokens[$0].head) == governor && ["xcomp", "ccomp"].contains(document.tokens[$0].deprel) })
            else { continue }
            document.tokens[verb].deprel = "xcomp"
        }
    }

    /// "Spain beat Australia to win the Davis Cup": the parser hangs the infinitive after a
    /// beaten side as the verb's complement, whose doer would be the object (Australia winning).
    /// After a verb of defeating, a subject-less `to` infinitive says what the winner gained: a
    /// clause of result (`advcl`) whose doer is the verb's subject.
    static func resultOfAVictoryTakenForAComplement(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for verb in range where document.tokens[verb].deprel == "xcomp" && document.tokens[verb].upos == "VERB" {
            let governor = Int(document.tokens[verb].head)
            guard range.contains(governor), governor < verb, victoryVerbs.contains(document.tokens[governor].lemma.lowercased()),
                  range.contains(where: { Int(document.tokens[$0].head) == governor && document.tokens[$0].deprel == "obj" && $0 < verb })
            else { continue }
            let dependents = range.filter { Int(document.tokens[$0].head) == verb }
            guard dependents.contains(where: { document.tokens[$0].deprel == "mark" && document.tokens[$0].lemma.lowercased() == "to" }),
                  !dependents.contains(where: { document.tokens[$0].deprel.hasPrefix("nsubj") }) else { continue }
            document.tokens[verb].deprel = "advcl"
        }
    }

    /// Verbs of defeating a rival, whose following `to` infinitive is what the winner gained.
    static let victoryVerbs: Set<String> = [
        "beat", "defeat", "edge", "overcome", "outscore", "outpoll", "oust", "upset", "thrash", "rout", "crush", "outlast",
    ]

    /// The verb that word `verb` hangs on as a subject-less `to` infinitive of purpose (an
    /// `advcl` after it), when that verb's lemma is one of `lemmas`; nil otherwise. O(sentence).
    static func governorOfPurposeInfinitive(_ verb: Int, among lemmas: Set<String>, _ range: Range<Int>, _ document: AnnotatedDocument) -> Int? {
        guard document.tokens[verb].deprel == "advcl", document.tokens[verb].upos == "VERB" else { return nil }
        let governor = Int(document.tokens[verb].head)
        guard range.contains(governor), governor < verb, document.tokens[governor].upos == "VERB",
              lemmas.contains(document.tokens[governor].lemma.lowercased()) else { return nil }
        let dependents = range.filter { Int(document.tokens[$0].head) == verb }
        guard dependents.contains(where: { document.tokens[$0].deprel == "mark" && document.tokens[$0].lemma.lowercased() == "to" }),
              !dependents.contains(where: { document.tokens[$0].deprel.hasPrefix("nsubj") }) else { return nil }
        return governor
    }

    /// Verbs of choosing or sending someone to do something: their object does the infinitive.
    static let choosingVerbs: Set<String> = [
        "appoint", "name", "nominate", "choose", "select", "pick", "hire", "recruit", "designate", "tap", "elect",
        "assign", "send", "dispatch", "deploy", "invite", "commission", "draft",
    ]

    /// Verbs whose following `to` infinitive says what was agreed, tried or refused, not what for.
    static let infinitiveTakingVerbs: Set<String> = [
        "agree", "decide", "refuse", "decline", "promise", "pledge", "vow", "threaten", "plan", "intend",
        "hope", "want", "wish", "try", "attempt", "seek", "fail", "offer", "choose", "opt", "vote",
        "resolve", "undertake", "expect", "aim", "manage",
    ]
}
