/// The small curated tables of how news words say the same thing (or the opposite), on top of
/// WordNet's lemmas, synonyms and derivations that the `Lexicon` supplies.
enum Paraphrases {
    /// Groups of relation keys that mean the same for question answering. Each key is a verb lemma,
    /// with its particle or preposition when that changes the meaning ("take part in").
    static let relationGroups: [[String]] = [
        ["attend", "be at", "be in attendance", "join", "take part in", "participate in", "participate",
         "be present at", "go to", "be in", "visit"],
        ["meet", "meet with", "hold talks with", "talk with", "sit down with", "hold a meeting with"],
        ["say", "tell", "state", "add", "note", "declare", "remark", "comment", "write", "tweet", "claim", "announce"],
        ["threaten", "warn"],
        ["cut off", "cut", "withhold", "pull", "halt", "stop"],
        ["win", "secure", "capture"],
        ["receive", "take home", "collect", "pocket"],
        ["lose", "fail to win"],
        ["end", "suspend", "drop", "quit", "abandon", "terminate", "drop out of"],
        ["criticize", "criticise", "condemn", "denounce", "attack", "slam", "blast"],
        ["ban", "bar", "prohibit", "forbid", "block"],
        ["kill", "murder", "slay"],
        ["represent", "defend", "act for"],
        ["overturn", "reverse", "vacate", "strike down", "throw out"],
        ["lead", "head", "chair", "run"],
        ["elect", "vote"],
        ["appoint", "name", "nominate"],
        ["hold", "own", "have", "possess", "keep"],
        ["replace", "succeed", "take over"],
        ["resign", "step down", "stand down", "quit"],
        ["isolate", "self-isolate", "quarantine"],
        ["ask", "request", "urge", "call on", "call for"],
        ["arrest", "detain", "apprehend"],
        ["convict", "find guilty", "sentence"],
        ["endorse", "back", "support"],
        ["agree", "accede", "consent", "assent"],
        ["test", "test positive"],
        ["apologise", "apologize"],
        ["postpone", "delay", "put off", "defer"],
        // "beat the previous record" answers "did Kerbrat break the race record".
        ["break", "beat", "smash", "shatter"],
        ["supply", "deliver", "provide"],
        // "was carrying out an investigation" answers "what investigation is X conducting" ("perform"
        // is left out: "who performed" asks for musicians, not for whoever conducted elections).
        ["conduct", "carry out", "undertake"],
        // "characterized the attack as a violation": what it was called.
        namingVerbs,
        ["criticize", "criticise"],
        // "Yvette Cooper of the Labour Party" is stored as (Yvette Cooper; be of; the Labour Party),
        // and "Professor Helen Marwick of Calderbrook University" says where she works.
        ["belong to", "belong", "be of", "be member of", "be a member of", "work for", "work at", "work", "work in"],
    ]

    /// Verbs that say what something was called, which mean the same for question answering.
    static let namingVerbs = ["call", "characterize", "characterise", "describe", "label", "brand", "dub", "term", "refer to"]

    /// Verbs that say what something is with "as": "described the river as a shared inheritance"
    /// (the naming verbs, and verbs of seeing something as something, which are no synonyms).
    static let describingVerbs = Set(namingVerbs).union(["regard", "see", "view"])

    /// Relations that say the same with subject and object swapped: "X belongs to Y" = "Y holds X"
    /// (some one way only: whoever was killed died, but not everyone who died was killed).
    static let inverses: [String: [String]] = [
        "belong to": ["hold", "own", "have"],
        "belong": ["hold", "own", "have"],
        "hold": ["belong to", "belong"],
        "own": ["belong to", "belong"],
        "have": ["belong to", "belong"],
        "go to": ["win", "receive", "get"],
        "win": ["go to"],
        "receive": ["go to", "give"],
        "give": ["receive", "get"],
        // "how many people died" / "the floods killed at least 14 people": who died is who was killed.
        "die": ["kill"],
    ]

    /// Words with the opposite sense, for answering yes/no questions "no" from the text:
    /// "did Warren win her home state" / "Warren lost her home state".
    static let antonyms: [String: Set<String>] = [
        "win": ["lose"], "lose": ["win", "keep", "retain"], "keep": ["lose"], "retain": ["lose"], "maintain": ["lose"],
        "grow": ["shrink", "fall"], "fall": ["rise", "climb"],
        "accept": ["decline", "reject", "refuse"], "approve": ["reject", "veto", "decline", "annul", "overturn", "block"],
        "pass": ["fail", "reject"], "confirm": ["deny"], "agree": ["refuse", "decline", "disagree"],
        "support": ["oppose"], "oppose": ["support"], "increase": ["decrease", "cut"], "rise": ["fall", "drop"],
        "open": ["close"], "allow": ["ban", "forbid", "prohibit"], "ban": ["allow", "permit"],
        "acquit": ["convict"], "convict": ["acquit"], "public": ["private", "privately"],
        "state": ["private", "privately"], "owned": [], "guilty": ["innocent"], "innocent": ["guilty"],
        "unanimous": ["divided", "split"], "alive": ["dead"], "dead": ["alive"],
        "positive": ["negative"], "negative": ["positive"],
        "uphold": ["quash", "overturn", "annul", "strike down", "reverse"], "admit": ["deny"], "deny": ["admit", "confirm"],
        "succeed": ["fail", "call off", "abort", "scrub"],
    ]

    /// Opposites that depend on the verb's preposition: voting for something is not opposing it.
    static let markedAntonyms: [String: [String: Set<String>]] = [
        "vote": ["for": ["oppose", "against"], "against": ["support", "back", "endorse"]],
    ]

    /// Verbs that refuse what was asked: "the embassy declined the request" answers "did the embassy waive ..." with no.
    static let refusals: Set<String> = ["decline", "refuse", "reject", "deny", "fail", "veto", "dismiss", "rebuff"]

    /// Qualifier markers that mean the same, and pairs that exclude each other.
    static let markerGroups: [[String]] = [
        ["after", "following", "since", "in the aftermath of", "aftermath"],
        ["before", "prior to", "ahead of", "until", "prior"],
        ["in", "at", "inside", "within", "on"],
        ["with", "alongside", "along with"],
        ["about", "on", "of", "regarding", "concerning", "over"],
    ]
    static let exclusiveMarkers: [String: Set<String>] = [
        "after": ["before", "prior to", "ahead of", "until", "prior"],
        "following": ["before", "prior to", "ahead of", "until", "prior"],
        "before": ["after", "following", "since", "aftermath"],
        "prior to": ["after", "following", "since", "aftermath"],
        "for": ["against"],
        "against": ["for"],
    ]

    /// Keys that mean the same as `key`, itself included. O(groups).
    static func relationKeys(equivalentTo key: String) -> [String] {
        var keys = [key]
        for group in relationGroups where group.contains(key) {
            for other in group where !keys.contains(other) { keys.append(other) }
        }
        return keys
    }

    /// The marker's group, itself included.
    static func markers(equivalentTo marker: String) -> Set<String> {
        var result: Set<String> = [marker]
        for group in markerGroups where group.contains(marker) { result.formUnion(group) }
        return result
    }
}
