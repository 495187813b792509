/// The closed word classes the question parser needs: small, fixed lists of English function words.
/// Open classes (nouns, verbs) are told apart by position, so the parser needs no lexicon.
enum EnglishWords {
    static let whWords: Set<String> = ["who", "whom", "what", "which", "whose", "where", "when", "how", "why"]
    /// Auxiliaries and modals that open a question or precede a verb.
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "am",
        "wo", "ca",  // "won't", "can't", split as "wo" "n't", "ca" "n't"
    ]
    /// Adjectives of "how fast", "how high", ...: the question asks a measured quantity.
    static let measureAdjectives: Set<String> = [
        "far", "fast", "high", "tall", "deep", "big", "large", "heavy", "wide", "hot", "cold", "strong", "quickly",
        "loud", "low", "small", "steep",
    ]
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am"]
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
        "your", "some", "any", "each", "every", "all", "both", "another",
    ]
    static let prepositions: Set<String> = [
        "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "after", "before", "during",
        "since", "until", "into", "onto", "over", "under", "between", "among", "against", "through",
        "across", "around", "near", "without", "within", "toward", "towards", "as", "than", "via", "per",
        "behind", "beside", "like", "following", "despite", "amid", "upon", "outside", "inside",
    ]
    /// Prepositions that tie an asked kind to a place: "which senator from Florida", "which city in Poland".
    static let kindPlaceMarkers: Set<String> = ["from", "in"]
    /// Words that open a rate after a counted noun: "hours a day", "dollars per year".
    static let ratePrefixes: Set<String> = ["a", "an", "per", "each", "every"]
    /// Periods a rate is counted over.
    static let periodNouns: Set<String> = ["second", "minute", "hour", "day", "night", "week", "month", "year", "season", "game"]
    /// Two-word prepositions, joined into one marker: "prior to", "ahead of".
    static let complexPrepositions: [String: Set<String>] = [
        "prior": ["to"], "ahead": ["of"], "because": ["of"], "instead": ["of"], "according": ["to"],
        "due": ["to"], "out": ["of"], "next": ["to"], "along": ["with"],
    ]
    /// Verbs whose infinitive says what was attempted, planned or promised, not denied: "try to
    /// extort", "plan to buy" (not "refuse to", "fail to").
    static let attemptVerbs: Set<String> = [
        "try", "tried", "attempt", "attempted", "plan", "planned", "want", "wanted", "seek", "sought", "intend",
        "intended", "aim", "aimed", "hope", "hoped", "threaten", "threatened", "agree", "agreed", "decide", "decided",
        "promise", "promised", "vow", "vowed", "pledge", "pledged",
    ]
    /// A verb and the bare noun that completes it, read as verb + object after a subject ("did
    /// the strike take place"), not as a noun run ending in a verb ("the strike take | place").
    static let verbNounIdioms: Set<String> = ["take place", "take part", "take office", "take effect", "take power", "take control"]
    /// Verb particles that belong to the relation: "cut off", "pull out", "set up".
    static let particles: Set<String> = ["off", "up", "out", "down", "away", "back", "over"]
    static let pronouns: Set<String> = [
        "he", "she", "it", "they", "them", "him", "we", "us", "i", "you", "someone", "anyone", "somebody", "anybody",
    ]
    /// Titles written before a name ("Princess Ubolratana", "Senator Warren", "Dr. Smithers"): a
    /// name that does not resolve with them may resolve without.
    static let honorifics: Set<String> = [
        "president", "prime", "minister", "king", "queen", "prince", "princess", "sultan", "emperor", "empress", "pope",
        "senator", "sen", "representative", "rep", "governor", "gov", "mayor", "judge", "justice", "chancellor",
        "secretary", "general", "gen", "colonel", "col", "captain", "capt", "sheikh", "archbishop", "bishop",
        "cardinal", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "chief", "officer", "detective", "sergeant",
        "commissioner", "ambassador", "chairman", "chairwoman", "speaker", "vice", "deputy", "crown",
    ]

    /// Month names and their abbreviations, lower case.
    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Pronouns that stand for a person named elsewhere ("He was given a fine").
    static let personalPronouns: Set<String> = ["he", "she", "him", "her", "his", "they", "them", "their"]
    static let conjunctions: Set<String> = ["and", "or", "but"]
    /// The ordinal numbers from first to tenth, in order.
    static let ordinalNumbers = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    /// Ordinal words and their kin, which rank things of one kind rather than name a kind ("the
    /// third agreement", "the final victim").
    static let ordinals = Set(ordinalNumbers).union(["eleventh", "twelfth", "last", "final", "next", "latest", "previous", "penultimate"])
    /// Adverbs of time or stance between a copula and its complement, which the complement does
    /// not include ("is ABS-CBN News Channel still on air").
    static let copulaAdverbs: Set<String> = ["still", "already", "now", "currently", "also", "again", "ever", "really", "actually", "officially"]
    static let negations: Set<String> = ["not", "never", "n't"]
    /// Words before a number that say about how many ("over 500,000", "at least 19"), by their
    /// first word; the second word, if the modifier has one, or "".
    static let quantityModifiers: [String: String] = [
        "over": "", "about": "", "around": "", "nearly": "", "almost": "", "roughly": "", "under": "", "approximately": "",
        "at": "least", "more": "than", "fewer": "than", "less": "than",
    ]
    /// Nouns that ask for a sort of thing in "what kind of firm is X".
    static let sortNouns: Set<String> = ["kind", "type", "sort"]
    /// Quantifier pronouns whose "of" phrase is the set they pick from: "any of the crew".
    static let quantifiers: Set<String> = ["any", "none", "some", "all", "each", "either", "neither", "many", "most", "both", "several", "one"]
    /// Verbs that report speech: `what did X say` asks for quotes.
    static let reportingVerbs: Set<String> = [
        "say", "said", "says", "saying", "tell", "told", "tells", "state", "stated", "add", "added", "note", "noted",
        "announce", "announced", "claim", "claimed", "declare", "declared", "write", "wrote", "tweet", "tweeted",
        "comment", "commented", "warn", "warned", "explain", "explained", "insist", "insisted", "remark", "remarked",
    ]
    /// Words that open a clause serving as an object: "announce whom it would support", "say
    /// whether the talks resume". ("when", "if" and the like open subordinate clauses instead.)
    static let clauseOpeners: Set<String> = ["whom", "who", "what", "whether", "which", "how"]
    /// Verbs of reporting whose bare object is the one told ("what did Trump tell reporters"); after
    /// the others a clause is what was said ("what did Lam say Hong Kong has become").
    static let tellingVerbs: Set<String> = [
        "tell", "told", "tells", "warn", "warned", "ask", "asked", "inform", "informed", "assure", "assured", "remind", "reminded",
    ]
    /// Irregular past participles the passive test recognizes (regular ones end in -ed or -en).
    static let irregularParticiples: Set<String> = [
        "born", "met", "said", "told", "held", "won", "made", "found", "known", "seen", "given", "taken", "left",
        "led", "lost", "paid", "sent", "built", "caught", "bought", "brought", "thought", "sold", "struck", "hit",
        "cut", "put", "set", "shut", "run", "begun", "done", "gone", "written", "spoken", "chosen", "driven",
        "kept", "shot", "sworn", "stolen", "hung", "fought", "taught", "won", "felt", "heard", "read", "sought",
        "spent", "beaten", "bitten", "drawn", "grown", "thrown", "worn", "torn", "elected", "named",
        "flown", "shown", "fled", "fed", "laid", "slain", "withdrawn", "overthrown", "forgiven", "frozen", "hidden",
        "risen", "shaken", "understood", "stood", "sunk", "bound", "dealt", "meant", "lent", "swept", "blown", "sewn",
        "hurt", "spread", "quit", "split", "upset", "come", "become", "overcome", "got", "stuck", "sat", "slept",
        "swung", "clung", "sung", "rung", "drunk", "sprung", "dug", "lit", "wept", "crept", "spun",
    ]

    /// Conjunctions that open a subordinate clause and are never prepositions ("... killed when
    /// the jet was shot down").
    static let subordinators: Set<String> = ["when", "while", "because", "although", "though", "whereas", "once", "if"]

    /// Every function word, for one lookup instead of seven.
    static let functionWords: Set<String> =
        determiners.union(prepositions).union(auxiliaries).union(whWords).union(conjunctions).union(negations).union(subordinators)

    /// True for words that may end a noun phrase and start a verb: no function word.
    static func isContentWord(_ lowered: String) -> Bool {
        !functionWords.contains(lowered)
    }

    /// Lower-case words inside names, before a capitalised one ("de Blasio", "bin Salman").
    static let nameParticles: Set<String> = [
        "de", "da", "di", "del", "della", "du", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "la", "le",
    ]

    /// Lower-case name particles joined to the capitalised name by a hyphen ("al-Assadi",
    /// "el-Sisi", "bin-Salman"); Arabic's article takes the first sound's form ("ad-", "ash-").
    /// Apart from `nameParticles`: "as", "at" and "an" before a name are prepositions.
    static let hyphenatedNameParticles: Set<String> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "ul", "ud", "ur"]

    /// Nouns and numbers spelled like a past participle ("women", "citizen", "seven").
    static let enNouns: Set<String> = [
        "children", "citizen", "kitchen", "garden", "seven", "eleven", "heaven", "oxygen", "chicken", "token",
        "warden", "siren", "linen", "haven", "raven", "dozen", "oven", "omen", "alien", "hundred", "need", "seed",
        "speed", "greed", "creed", "bleed", "breed", "feed", "weed", "deed", "steed", "red", "bed", "shed", "sled",
    ]

    /// Nouns spelled like a present participle.
    static let ingNouns: Set<String> = [
        "morning", "evening", "during", "nothing", "something", "anything", "everything", "ceiling", "spring",
        "string", "sibling", "darling", "wedding", "pudding", "lightning", "clothing",
    ]

    /// Looks like a present participle: "investigating", "running" (not "king", "morning").
    static func isPresentParticiple(_ lowered: String) -> Bool {
        lowered.count > 5 && lowered.hasSuffix("ing") && !ingNouns.contains(lowered) && !lowered.contains("-")
    }

    /// Looks like a past or present participle: "killed", "investigating".
    static func isAnyParticiple(_ lowered: String) -> Bool {
        isParticiple(lowered) || isPresentParticiple(lowered)
    }

    /// Looks like a past participle: "killed", "born", "reserved", "taken".
    static func isParticiple(_ lowered: String) -> Bool {
        if irregularParticiples.contains(lowered) { return true }
        if lowered.contains("-") { return false }  // "state-owned" is an adjective
        if enNouns.contains(lowered) || lowered.hasSuffix("een") || lowered.hasSuffix("men") { return false }
        return lowered.count > 3 && (lowered.hasSuffix("ed") || lowered.hasSuffix("en"))
    }
}
