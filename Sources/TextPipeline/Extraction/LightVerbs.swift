import FactModel

/// Light verbs and nominalizations (extraction.md §8): canonical keys questions match on, and the
/// attendance facts they imply. "be in attendance" -> attend; "be at" + event noun -> attend;
/// "join X at the meeting" -> both attend; "meet (with) X" -> both take part in a meeting;
/// "hold a meeting / talks with X" -> meet; "take part in" -> participate; "make an announcement",
/// "give a speech", "issue a warning" -> announce, speak, warn; "receive an education" -> be educated;
/// "open an investigation into X" -> investigate X.
struct LightVerbNormalizer {
    let words: ExtractionLexicon
    /// The event most recently attended in the document: an object-less "in attendance" refers to it.
    var lastEvent: DraftArgumentText?

    /// An argument detached from its sentence, so it can be reused in a later one.
    struct DraftArgumentText {
        var text: String
        var head: String
    }

    static let meetingNouns: Set<String> = ["meeting", "meetings", "talks", "talk", "discussion", "discussions", "negotiations", "conversation", "summit", "conference", "session"]
    static let movementVerbs: Set<String> = ["go", "come", "travel", "head", "return", "fly", "arrive"]
    /// Objects with which "meet" means "satisfy", not "gather with" ("meet demand", "met the
    /// deadline"): no meeting is attended.
    static let satisfiedNouns: Set<String> = [
        "demand", "need", "requirement", "deadline", "target", "goal", "standard", "criterion", "criteria",
        "expectation", "obligation", "cost", "expense", "challenge", "threshold", "quota", "condition", "term",
        "payment", "commitment", "objective", "end", "request", "qualification", "definition", "benchmark",
    ]

    /// Sets canonical keys on `drafts` and appends the derived facts they imply.
    mutating func normalize(_ drafts: inout [DraftFact], tree: SentenceTree) {
        let original = drafts.count
        for index in 0..<original {
            let draft = drafts[index]
            guard draft.kind == .event || draft.kind == .copula || draft.kind == .attribution else { continue }
            let objectHead = draft.object.flatMap { $0.head }.map { tree.lemma($0) }
            let verb = draft.lemma.split(separator: " ").first.map(String.init) ?? draft.lemma
            func qualifier(_ markers: Set<String>) -> DraftArgument? {
                draft.qualifiers.first { markers.contains($0.marker) }?.argument
            }
            func isEvent(_ argument: DraftArgument?) -> Bool {
                guard let head = argument?.head else { return false }
                return words.isEventNoun(tree.lemma(head))
            }
            func attend(_ subject: DraftArgument, _ event: DraftArgument) {
                var derived = DraftFact(derivedFrom: draft, subject: subject, lemma: "attend", object: event)
                derived.qualifiers = draft.qualifiers.filter { $0.time }
                drafts.append(derived)
            }

            if draft.kind == .copula {
                let preposition = draft.lemma.split(separator: " ").dropFirst().joined(separator: " ")
                if let objectHead, ["in", "at", "on"].contains(preposition) {
                    if words.isEventNoun(objectHead) && preposition != "on" {
                        drafts[index].canonical = "attend"  // "will also be at the meeting"
                        remember(draft.object!, tree: tree)
                    } else if preposition == "in", let derivedVerb = words.verb(derivedFromNoun: objectHead),
                              draft.object?.words.count ?? 0 <= 2 {
                        drafts[index].canonical = derivedVerb  // "be in attendance"
                        if derivedVerb == "attend", let event = qualifier(["at", "in"]), isEvent(event) {
                            attend(draft.subject, event)  // "in attendance at the ceremony"
                            remember(event, tree: tree)
                        } else if derivedVerb == "attend", let event = lastEvent {
                            attend(draft.subject, DraftArgument(text: event.text, head: event.head))
                        }
                    }
                } else if draft.lemma == "be present at" || draft.lemma == "be present in" {
                    drafts[index].canonical = "attend"
                }
                continue
            }

            if let choice = choice(in: draft, tree: tree) { drafts.append(choice) }
            switch verb {
            case "attend", "participate":
                drafts[index].canonical = verb
                if let object = draft.object, isEvent(object) { remember(object, tree: tree) }
            case "join":
                if let event = qualifier(["at", "in"]), isEvent(event) {
                    // "Beck will join Garcetti at the meeting": both attend it.
                    attend(draft.subject, event)
                    if let object = draft.object { attend(object, event) }
                    remember(event, tree: tree)
                } else if let object = draft.object, isEvent(object) {
                    drafts[index].canonical = "attend"
                    remember(object, tree: tree)
                }
            case "meet":
                drafts[index].canonical = "meet"
                if let other = draft.object, let otherHead = other.head, tree.isNominal(otherHead),
                   !Self.satisfiedNouns.contains(tree.lemma(otherHead).lowercased()) {
                    // "mayors will meet with Kelly": both take part in that meeting.
                    let noun = words.eventNoun(ofVerb: "meet")
                    attend(draft.subject, DraftArgument(text: "\(noun) with \(tree.text(other.words))", head: noun))
                    attend(other, DraftArgument(text: "\(noun) with \(tree.text(draft.subject.words))", head: noun))
                }
            case "hold", "have":
                if let objectHead, Self.meetingNouns.contains(objectHead) {
                    if let partner = qualifier(["with"]) {
                        drafts[index].canonical = "meet"  // "held talks with Kelly"
                        attend(draft.subject, draft.object!)
                        attend(partner, draft.object!)
                    } else {
                        drafts[index].canonical = "hold"
                    }
                }
            case "take":
                if objectHead == "part", let event = qualifier(["in"]) {
                    drafts[index].canonical = "participate"  // "took part in the talks"
                    drafts.append(DraftFact(derivedFrom: draft, subject: draft.subject, lemma: "participate", written: "participate in", object: event))
                    if isEvent(event) { attend(draft.subject, event) }
                }
            case "make", "give", "deliver", "issue":
                // "made his official announcement via a YouTube video": the noun says what was done.
                if let noun = draft.object?.head, tree.upos(noun) == "NOUN", let done = nominalizedAct(noun, tree: tree) {
                    drafts.append(act(done, of: draft, noun: noun, tree: tree))
                }
            case "open", "launch", "begin", "start", "conduct", "perform", "announce":
                // "has opened an investigation into the cause of the fire": it investigates the cause.
                if let noun = draft.object?.head, tree.upos(noun) == "NOUN", let done = Self.inquiryNouns[tree.lemma(noun).lowercased()] {
                    var inquiry = act(done, of: draft, noun: noun, tree: tree)
                    // The parser may hang "into the cause" on the verb.
                    if inquiry.object == nil, let into = inquiry.qualifiers.firstIndex(where: { $0.marker == "into" }) {
                        inquiry.object = inquiry.qualifiers.remove(at: into).argument
                    }
                    drafts.append(inquiry)
                }
            case "receive", "get", "undergo":
                // "received his education in India": he was educated there; "received support
                // from the party": the party supported him.
                if let noun = draft.object?.head, tree.upos(noun) == "NOUN", let done = Self.receivedActs[tree.lemma(noun).lowercased()] {
                    drafts.append(receivedAct(done, of: draft, noun: noun, tree: tree))
                }
            default:
                if Self.movementVerbs.contains(verb), let object = draft.object, isEvent(object),
                   draft.relationWords.contains(where: { tree.form($0).lowercased() == "to" }) {
                    drafts[index].canonical = "attend"  // "went to the summit"
                    remember(object, tree: tree)
                }
            }
        }
    }

    /// Inquiries that one opens or launches, with the verb of making them ("opened an
    /// investigation into X": investigated X).
    static let inquiryNouns: [String: String] = [
        "investigation": "investigate", "inquiry": "investigate", "enquiry": "investigate", "probe": "investigate",
        "review": "review", "audit": "audit", "search": "search", "inspection": "inspect",
    ]

    /// Nouns of an act that a light verb ("make", "give", "deliver", "issue") turns into that act,
    /// with the act's verb. Curated: many nouns WordNet relates to a verb are not the doing of it
    /// after a light verb ("made sense", "made a living", "gave birth", "made a deal").
    static let actNouns: [String: String] = [
        "announcement": "announce", "statement": "state", "decision": "decide", "speech": "speak",
        "address": "address", "appeal": "appeal", "request": "request", "visit": "visit", "call": "call",
        "payment": "pay", "donation": "donate", "recommendation": "recommend", "proposal": "propose",
        "prediction": "predict", "complaint": "complain", "arrest": "arrest", "comment": "comment",
        "remark": "remark", "apology": "apologize", "contribution": "contribute", "investment": "invest",
        "purchase": "purchase", "choice": "choose", "promise": "promise", "pledge": "pledge", "threat": "threaten",
        "warning": "warn", "order": "order", "offer": "offer", "attempt": "attempt", "bid": "bid", "claim": "claim",
        "accusation": "accuse", "allegation": "allege", "admission": "admit", "confession": "confess",
        "denial": "deny", "demand": "demand", "plea": "plead", "testimony": "testify", "approval": "approve",
        "endorsement": "endorse", "nomination": "nominate", "appointment": "appoint", "discovery": "discover",
        "suggestion": "suggest", "report": "report", "presentation": "present", "performance": "perform",
        "estimate": "estimate", "assessment": "assess", "ruling": "rule", "permission": "permit",
        "assurance": "assure", "thanks": "thank", "decree": "decree", "vow": "vow",
        "reply": "reply", "response": "respond", "answer": "answer", "objection": "object", "protest": "protest",
        "confirmation": "confirm", "declaration": "declare", "revelation": "reveal", "condemnation": "condemn",
        "criticism": "criticize",
    ]

    /// Nouns of an act that "receive", "get" or "undergo" says was done to the subject, with the
    /// act's verb: "received his education in India" -> educate.
    static let receivedActs: [String: String] = [
        "education": "educate", "treatment": "treat", "training": "train", "sentence": "sentence",
        "support": "support", "approval": "approve", "criticism": "criticize", "invitation": "invite",
        "permission": "permit", "warning": "warn", "payment": "pay", "diagnosis": "diagnose",
        "nomination": "nominate", "endorsement": "endorse", "praise": "praise", "funding": "fund",
        "backing": "back", "vaccination": "vaccinate", "pardon": "pardon",
        "citation": "cite", "compensation": "compensate", "recognition": "recognize", "threat": "threaten",
        "summons": "summon", "subpoena": "subpoena", "ban": "ban", "fine": "fine",
    ]

    /// The fact "receive" + the noun of an act states: done by the giver when a "from" phrase
    /// names one ("received support from the party" -> (the party; support; X)), else a passive
    /// of the act with the receiver as its subject ("received his education in India" -> (X;
    /// educate, passive; in: India)). The other qualifiers stay.
    func receivedAct(_ verb: String, of draft: DraftFact, noun: Int, tree: SentenceTree) -> DraftFact {
        var derived = DraftFact(derivedFrom: draft, subject: draft.subject, lemma: verb, object: nil)
        derived.qualifiers = draft.qualifiers
        // The giver hangs on the verb or on the noun ("support from the party").
        let giver = tree.dependents(noun, base: "nmod").first { $0 > noun && tree.caseMarker($0)?.text.lowercased() == "from" }
        if let giver {
            derived.subject = tree.argumentSpan(giver)
            derived.object = draft.subject
        } else if let from = draft.qualifiers.firstIndex(where: { $0.marker == "from" }) {
            derived.subject = draft.qualifiers[from].argument
            derived.object = draft.subject
            derived.qualifiers.remove(at: from)
        } else {
            derived.voice = .passive
        }
        return derived
    }

    /// Nouns that name someone chosen: "announced Kamala Harris as his choice for running mate".
    static let choiceNouns: Set<String> = ["choice", "pick", "selection", "nominee", "appointee"]

    /// "announced Kamala Harris as his choice for running mate": whoever names Y as their choice
    /// for a post chose Y as that post, (Biden; choose; Kamala Harris; as: running mate). Only for
    /// a choice that is the subject's own (a possessive "his", "her", "their", or none); nil for
    /// any other fact.
    func choice(in draft: DraftFact, tree: SentenceTree) -> DraftFact? {
        guard draft.kind == .event, let chosen = draft.object,
              let index = draft.qualifiers.firstIndex(where: { $0.marker == "as" }),
              let noun = draft.qualifiers[index].argument.head, Self.choiceNouns.contains(tree.lemma(noun).lowercased()),
              !tree.children[noun].contains(where: { tree.deprel($0) == "nmod:poss" && tree.upos($0) != "PRON" })
        else { return nil }
        // The post: what follows the noun's "for" ("for running mate"), else the noun's phrase.
        var post = draft.qualifiers[index].argument
        if let forPhrase = tree.children[noun].first(where: { $0 > noun && tree.children[$0].contains { tree.form($0).lowercased() == "for" } }) {
            let words = tree.subtree(forPhrase).filter { tree.form($0).lowercased() != "for" }
            if !words.isEmpty { post = DraftArgument(words: words, head: forPhrase) }
        }
        var derived = DraftFact(derivedFrom: draft, subject: draft.subject, lemma: "choose", object: chosen)
        derived.qualifiers = draft.qualifiers
        derived.qualifiers[index] = (marker: "as", argument: post, time: false)
        return derived
    }

    /// The verb a light verb's object noun is the act of ("announcement" -> announce), if any.
    func nominalizedAct(_ noun: Int, tree: SentenceTree) -> String? {
        Self.actNouns[tree.lemma(noun).lowercased()]
    }

    /// The fact a light verb and its noun state: (subject; announce; what the noun is of; the
    /// light verb's qualifiers). "made a visit to Kyiv on Monday" -> (X; visit; Kyiv; on: Monday);
    /// "gave a speech about prices" -> (X; speak; about: prices).
    func act(_ verb: String, of draft: DraftFact, noun: Int, tree: SentenceTree) -> DraftFact {
        var object: DraftArgument?
        var qualifiers = draft.qualifiers
        for complement in tree.dependents(noun, base: "nmod") where complement > noun {
            guard let marker = tree.caseMarker(complement)?.text.lowercased() else { continue }
            // "of" and "to" name what the act is done to ("announcement of", "visit to"); "into"
            // what an inquiry looks into.
            if object == nil, marker == "of" || marker == "to" || marker == "into" {
                object = tree.argumentSpan(complement)
            } else if ["about", "on", "against", "for", "with"].contains(marker) {
                qualifiers.append((marker: marker, argument: tree.argumentSpan(complement), time: false))
            }
        }
        var derived = DraftFact(derivedFrom: draft, subject: draft.subject, lemma: verb, object: object)
        derived.qualifiers = qualifiers
        return derived
    }

    private mutating func remember(_ event: DraftArgument, tree: SentenceTree) {
        if let text = event.suppliedText {
            lastEvent = DraftArgumentText(text: text, head: event.suppliedHead ?? text)
        } else if let head = event.head {
            lastEvent = DraftArgumentText(text: tree.text(event.words), head: tree.lemma(head))
        }
    }
}

extension SentenceReader {
    /// Nouns naming an act whose doer and content a sentence can give as "the N of X to V".
    static let actNouns: [String: String] = [
        "request": "request", "decision": "decide", "plan": "plan", "call": "call", "demand": "demand",
        "proposal": "propose", "promise": "promise", "attempt": "attempt", "offer": "offer", "order": "order",
        "refusal": "refuse", "threat": "threaten", "bid": "bid", "pledge": "pledge", "vow": "vow",
        "effort": "try", "move": "move", "agreement": "agree", "intention": "intend", "failure": "fail",
    ]

    /// Nominalizations: "the request of Prime Minister X to suspend Parliament" and "X's decision
    /// to resign" give the derived fact (X; request; to suspend Parliament).
    mutating func readNominalizations() {
        for n in tree.indices where tree.upos(n) == "NOUN" {
            guard let verb = Self.actNouns[tree.lemma(n)] ?? nil else { continue }
            guard let content = tree.dependents(n, ["acl"]).first(where: { c in
                tree.isVerb(c) && tree.dependents(c, ["mark"]).contains { tree.lemma($0) == "to" }
            }) else { continue }
            let agent = tree.dependent(n, ["nmod:poss"])
                ?? tree.dependents(n, base: "nmod").first { tree.caseMarker($0)?.text == "of" && (tree.isProperNoun($0) || tree.upos($0) == "PRON") }
            guard let agent else { continue }
            let agentWords = tree.argumentSpan(agent).words.filter { !(tree.deprel($0) == "case" && tree.head($0) == agent) }
            var draft = DraftFact(
                subject: DraftArgument(words: agentWords, head: agent), relationWords: [], lemma: verb,
                object: tree.clauseSpan(content, droppingMark: false), kind: .derived, anchor: n)
            draft.insertedRelation = verb
            draft.role = .nominal
            drafts.append(draft)
        }
    }
}
