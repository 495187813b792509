/// Events named by a noun with their undergoer after "of" and their doer as its possessor or after
/// "by": "the United States' killing of Qasem Soleimani" gives the derived fact (the United States;
/// kill; Qasem Soleimani), "Biden's choice of Harris" (Biden; choose; Harris); without a doer,
/// "the suspension of Parliament" gives (Parliament; suspend), passive.
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
        "kidnapping": "kidnap", "abduction": "abduct",
    ]

    /// Prepositions whose phrase on an event noun says where or when it happened.
    static let eventSettingMarkers: Set<String> = ["in", "on", "at", "during", "after", "before", "near", "outside"]

    /// readPossessiveEvents: "X's killing of Y" and "the killing of Y by X" give (X; kill; Y);
    /// "the killing of Y in January", with no doer named, gives the agentless passive (Y; kill)
    /// with the time or place as a qualifier, as "Y was killed in January" would.
    mutating func readPossessiveEvents() {
        for n in tree.indices where tree.upos(n) == "NOUN" {
            let lemma = tree.lemma(n)
            guard let verb = Self.eventNounVerbs[lemma] ?? Self.eventNounVerbs[tree.form(n).lowercased()],
                  let patient = tree.dependents(n, base: "nmod").first(where: { tree.caseMarker($0)?.text == "of" && $0 > n }),
                  !isTemporal(patient), tree.upos(patient) != "NUM"
            else { continue }
            let possessor = tree.dependent(n, ["nmod:poss"]).flatMap { tree.isProperNoun($0) || tree.upos($0) == "PRON" ? $0 : nil }
            let byAgent = tree.dependents(n, base: "nmod").first { tree.caseMarker($0)?.text == "by" && $0 > patient }
            let patientArgument = DraftArgument(words: wordsWithoutCase(patient), head: patient)
            var draft: DraftFact
            if let agent = possessor ?? byAgent {
                draft = DraftFact(
                    subject: DraftArgument(words: wordsWithoutCase(agent), head: agent), relationWords: [], lemma: verb,
                    object: patientArgument, kind: .derived, anchor: n)
            } else {
                draft = DraftFact(subject: patientArgument, relationWords: [], lemma: verb, kind: .derived, anchor: n)
                draft.voice = .passive
            }
            draft.qualifiers = eventSettings(of: n, patient: patient)
            draft.insertedRelation = verb
            draft.role = .nominal
            drafts.append(draft)
        }
    }

    /// The words of `i`'s phrase without its own preposition.
    private func wordsWithoutCase(_ i: Int) -> [Int] {
        tree.argumentSpan(i).words.filter { !(tree.deprel($0) == "case" && tree.head($0) == i) }
    }

    /// Where and when the event named by noun `n` happened: its "in"/"on"/"at" phrases, and a time
    /// phrase the parser hung on a proper-noun patient ("the assassination of Soleimani in
    /// January": a name takes no time of its own).
    private func eventSettings(of n: Int, patient: Int) -> [(marker: String, argument: DraftArgument, time: Bool)] {
        var phrases = tree.dependents(n, base: "nmod").filter { $0 > n && $0 != patient }
        if tree.isProperNoun(patient) { phrases += tree.dependents(patient, base: "nmod").filter { isTemporal($0) } }
        return phrases.sorted().compactMap { phrase in
            guard let marker = tree.caseMarker(phrase)?.text.lowercased(), Self.eventSettingMarkers.contains(marker) else { return nil }
            return (marker: marker, argument: DraftArgument(words: wordsWithoutCase(phrase), head: phrase), time: isTemporal(phrase))
        }
    }
}
