import FactModel

/// The closed word lists the extraction rules consult (reporting verbs, time words, event and
/// place nouns), and the optional WordNet `Lexicon` for noun-to-verb derivations.
struct ExtractionLexicon: Sendable {
    let lexicon: (any Lexicon)?

    /// Verbs that report speech or thought; with a clausal complement they attribute it.
    static let sayVerbs: Set<String> = [
        "say", "tell", "add", "note", "announce", "claim", "warn", "state", "declare", "explain", "argue",
        "insist", "report", "write", "reply", "respond", "assert", "allege", "acknowledge", "admit",
        "confirm", "deny", "suggest", "believe", "think", "comment", "remark", "stress", "emphasize",
        "maintain", "contend", "predict", "promise", "vow", "threaten", "conclude", "tweet", "post",
        "answer", "observe", "point", "testify", "accuse", "urge", "ask", "indicate", "reveal", "mention",
    ]

    /// Nouns naming a time: with or without a preposition, they make a time qualifier.
    static let timeNouns: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
        "sep.", "sept.", "oct.", "nov.", "dec.", "today", "yesterday", "tomorrow", "tonight",
        "day", "week", "month", "year", "decade", "century", "morning", "afternoon", "evening",
        "night", "weekend", "spring", "summer", "autumn", "fall", "winter", "hour", "minute",
        "time", "period", "era", "season", "moment", "date", "days", "weeks", "months", "years",
    ]

    /// Nouns naming a point in time rather than a stretch of it: "By Sunday" is a deadline, and
    /// "caused by four days of rain" has its agent.
    static let timePointNouns: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
        "night", "midnight", "noon", "midday", "dawn", "today", "tomorrow", "tonight", "weekend",
    ]

    /// Prepositions whose phrase bears on the whole statement and never joins a verb's or an
    /// adjective's relation: "was injured, according to the prefecture" is no "be injured
    /// according to".
    static let sentenceMarkers: Set<String> = ["according to", "despite", "amid", "because of", "due to"]

    /// Adverbs that place a clause in time; they become time qualifiers.
    static let timeAdverbs: Set<String> = [
        "yesterday", "today", "tomorrow", "tonight", "now", "then", "recently", "earlier", "later",
        "previously", "formerly", "currently", "soon", "ago", "already", "once",
    ]

    /// Nouns for events a person attends: "be at the meeting" means attending it.
    static let eventNouns: Set<String> = [
        "meeting", "summit", "conference", "hearing", "rally", "ceremony", "funeral", "event", "session",
        "talks", "talk", "convention", "forum", "gathering", "briefing", "party", "wedding", "concert",
        "game", "match", "festival", "celebration", "service", "debate", "inauguration", "assembly",
        "congress", "tournament", "race", "championship", "championships", "games", "olympics", "trial",
        "protest", "march", "vigil", "dinner", "lunch", "reception", "meetings", "parade", "show",
        "exhibition", "fair", "launch", "premiere", "news conference", "press conference", "negotiation",
        "negotiations", "discussion", "discussions", "interview", "visit", "signing", "election", "vote",
    ]

    /// Common nouns that name places; an appositive with one cannot describe a person.
    static let placeNouns: Set<String> = [
        "city", "town", "village", "state", "country", "nation", "county", "region", "province",
        "capital", "district", "jurisdiction", "island", "territory", "municipality", "borough",
        "neighborhood", "neighbourhood", "area", "port", "continent", "republic", "kingdom", "suburb",
        "metropolis", "commonwealth", "place", "location",
    ]

    /// Common nouns that name people (beside the title words).
    static let personNouns: Set<String> = [
        "man", "woman", "person", "people", "official", "leader", "lawyer", "attorney", "spokesman",
        "spokeswoman", "spokesperson", "member", "resident", "citizen", "worker", "student", "teacher",
        "doctor", "victim", "suspect", "player", "athlete", "runner", "author", "writer", "journalist",
        "reporter", "politician", "candidate", "activist", "founder", "owner", "wife", "husband",
        "mother", "father", "son", "daughter", "brother", "sister", "friend", "colleague", "son-in-law",
        "parent", "sibling", "grandparent", "grandmother", "grandfather", "grandson", "granddaughter", "cousin",
        "uncle", "aunt", "nephew", "niece", "spouse", "partner", "relative", "vocalist", "musician", "immigrant",
        "child", "boy", "girl", "veteran", "officer", "soldier", "actor", "actress", "singer",
        "footballer", "businessman", "businesswoman", "winner", "expert", "analyst", "economist",
        "scientist", "professor", "lawmaker", "legislator", "diplomat", "envoy", "aide", "adviser",
        "advisor", "deputy", "head", "chief", "director", "manager", "executive", "representative",
        "protester", "protestor", "demonstrator", "campaigner", "researcher", "historian", "entrepreneur",
        "billionaire", "artist", "filmmaker", "photographer", "rapper", "comedian", "novelist", "poet",
        "astronaut", "nurse", "surgeon", "priest", "cleric", "blogger", "dissident", "refugee",
    ]

    /// Nouns for women and girls, which "he" does not stand for.
    static let femaleNouns: Set<String> = [
        "woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "granddaughter", "aunt", "niece",
        "queen", "princess", "duchess", "actress", "widow", "girlfriend", "fiancée", "fiancee", "bride", "nun",
        "stepmother", "stepdaughter", "mum", "mom", "lady", "chairwoman", "spokeswoman", "congresswoman",
        "businesswoman", "sportswoman", "policewoman",
    ]

    /// Nouns for men and boys, which "she" does not stand for.
    static let maleNouns: Set<String> = [
        "man", "boy", "father", "son", "husband", "brother", "grandfather", "grandson", "uncle", "nephew", "king",
        "prince", "duke", "widower", "boyfriend", "fiancé", "groom", "monk", "stepfather", "stepson", "dad", "lord",
        "chairman", "spokesman", "congressman", "businessman", "sportsman", "policeman",
    ]

    /// Nouns whose "be in N" means doing the verb, when no WordNet lexicon is given.
    static let nounVerbFallback: [String: String] = [
        "attendance": "attend", "meeting": "meet", "talks": "talk", "negotiation": "negotiate",
        "negotiations": "negotiate", "participation": "participate", "discussion": "discuss",
        "discussions": "discuss", "charge": "charge", "control": "control", "agreement": "agree",
        "favor": "favor", "favour": "favour", "support": "support", "opposition": "oppose",
        "contact": "contact", "power": "rule", "office": "hold office", "existence": "exist",
        "operation": "operate", "session": "sit", "residence": "reside", "command": "command",
    ]

    init(lexicon: (any Lexicon)? = nil) {
        self.lexicon = lexicon
    }

    func isSayVerb(_ lemma: String) -> Bool { Self.sayVerbs.contains(lemma) }
    func isTimeNoun(_ lemma: String) -> Bool { Self.timeNouns.contains(lemma) }
    func isTimeAdverb(_ lemma: String) -> Bool { Self.timeAdverbs.contains(lemma) }
    func isEventNoun(_ lemma: String) -> Bool { Self.eventNouns.contains(lemma) }
    func isPlaceNoun(_ lemma: String) -> Bool { Self.placeNouns.contains(lemma) }
    func isPersonNoun(_ lemma: String) -> Bool { Self.isPersonNoun(lemma) }

    /// Whether a noun names what a person is: "delegate", "ambassador", "spokesman". O(1).
    static func isPersonNoun(_ lemma: String) -> Bool {
        personNouns.contains(lemma) || TitleWords.isTitleWord(lemma)
    }

    /// The verb a noun names the doing of ("attendance" -> "attend"): the lexicon's derivation
    /// when a lexicon is given and knows the noun, else the built-in table.
    func verb(derivedFromNoun noun: String) -> String? {
        if let fallback = Self.nounVerbFallback[noun] { return fallback }
        if let lexicon, let first = lexicon.verbs(derivedFromNoun: noun).first { return first }
        return nil
    }

    /// The event noun of a verb ("meet" -> "meeting").
    func eventNoun(ofVerb verb: String) -> String {
        switch verb {
        case "meet": return "meeting"
        case "talk": return "talks"
        case "negotiate": return "negotiations"
        default:
            if let lexicon, let noun = lexicon.nouns(derivedFromVerb: verb).first(where: { Self.eventNouns.contains($0) }) {
                return noun
            }
            return verb + "ing"
        }
    }
}
