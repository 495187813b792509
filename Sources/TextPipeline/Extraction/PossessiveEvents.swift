/// Events named by a noun with their doer as its possessor and their undergoer after "of":
/// "the United States' killing of Qasem Soleimani" gives the derived fact (the United States;
/// kill; Qasem Soleimani), "Biden's choice of Harris" (Biden; choose; Harris).
extension SentenceReader {
    /// Nouns naming a doing done to someone, with their verb.
    static let eventNounVerbs: [String: String] = [
        "killing": "kill", "murder": "murder", "assassination": "assassinate", "arrest": "arrest",
        "capture": "capture", "release": "release", "election": "elect", "appointment": "appoint",
        "nomination": "nominate", "choice": "choose", "selection": "select", "acquisition": "acquire",
        "purchase": "buy", "invasion": "invade", "defeat": "defeat", "firing": "fire", "dismissal": "dismiss",
        "impeachment": "impeach", "indictment": "indict", "conviction": "convict", "expulsion": "expel",
        "rejection": "reject", "approval": "approve", "endorsement": "endorse", "recognition": "recognize",
        "annexation": "annex", "bombing": "bomb", "shooting": "shoot", "detention": "detain",
        "execution": "execute", "removal": "remove", "replacement": "replace", "rescue": "rescue",
        "ouster": "oust", "suspension": "suspend", "sentencing": "sentence", "prosecution": "prosecute",
    ]

    mutating func readPossessiveEvents() {
        for n in tree.indices where tree.upos(n) == "NOUN" {
            let lemma = tree.lemma(n)
            guard let verb = Self.eventNounVerbs[lemma] ?? Self.eventNounVerbs[tree.form(n).lowercased()],
                  let agent = tree.dependent(n, ["nmod:poss"]), tree.isProperNoun(agent) || tree.upos(agent) == "PRON",
                  let patient = tree.dependents(n, base: "nmod").first(where: { tree.caseMarker($0)?.text == "of" && $0 > n })
            else { continue }
            let agentWords = tree.argumentSpan(agent).words.filter { !(tree.deprel($0) == "case" && tree.head($0) == agent) }
            let patientWords = tree.argumentSpan(patient).words.filter { !(tree.deprel($0) == "case" && tree.head($0) == patient) }
            var draft = DraftFact(
                subject: DraftArgument(words: agentWords, head: agent), relationWords: [], lemma: verb,
                object: DraftArgument(words: patientWords, head: patient), kind: .derived, anchor: n)
            draft.insertedRelation = verb
            draft.role = .nominal
            drafts.append(draft)
        }
    }
}
