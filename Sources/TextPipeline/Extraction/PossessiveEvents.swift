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
            let settings = eventSettings(of: n, patient: patient)
            func event(by subject: Int, on object: DraftArgument?, passive: Bool = false) {
                var draft = DraftFact(subject: DraftArgument(words: wordsWithoutCase(subject), head: subject), relationWords: [],
                                      lemma: verb, object: object, kind: .derived, anchor: n)
                if passive { draft.voice = .passive }
                draft.qualifiers = settings
                draft.insertedRelation = verb
                draft.role = .nominal
                drafts.append(draft)
            }
            // "requires the approval of the Commission and the Review Board": a body's approval is
            // given by it, to what needs it.
            if possessor == nil, byAgent == nil, Self.bodyActs.contains(lemma), tree.token(patient).entityTag.hasSuffix("ORG") {
                for body in conjuncts(of: patient) { event(by: body, on: thingNeeding(n)) }
                continue
            }
            // "the arrest of X and Y by police": one event for each conjunct.
            guard let agent = possessor ?? byAgent else {
                for undergoer in conjuncts(of: patient) { event(by: undergoer, on: nil, passive: true) }
                continue
            }
            for doer in conjuncts(of: agent) {
                for undergoer in conjuncts(of: patient) {
                    event(by: doer, on: DraftArgument(words: wordsWithoutCase(undergoer), head: undergoer))
                }
            }
        }
    }

    /// Event nouns whose "of" names the doer when it is an organisation: "the approval of the
    /// regulator" (the regulator approves), "the endorsement of the party".
    static let bodyActs: Set<String> = ["approval", "endorsement", "rejection"]

    /// Verbs whose subject needs or obtains what their object noun gives.
    static let needingVerbs: Set<String> = ["require", "need", "seek", "win", "receive", "get", "obtain", "await", "gain", "secure"]

    /// What the act of noun `n` is given to: the subject of the verb that needs or obtains it
    /// ("The deal requires the approval of ..." -> the deal); nil otherwise.
    private func thingNeeding(_ n: Int) -> DraftArgument? {
        guard tree.deprel(n) == "obj", let verb = tree.head(n), Self.needingVerbs.contains(tree.lemma(verb).lowercased()),
              let subject = tree.dependent(verb, ["nsubj"]) else { return nil }
        return tree.argumentSpan(subject)
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
