/// Broad word classes, as the lexicon needs them.
public enum WordClass: String, Sendable, Codable {
    case noun, verb, adjective, adverb
}

/// Word knowledge the query language matches with: lemmas, derivations and synonyms.
///
/// The text pipeline implements it from WordNet data; the shell hands it to the query evaluator,
/// so the query language never imports the pipeline.
public protocol Lexicon: Sendable {
    /// The lemma of a word form in a word class: ("attends", .verb) -> "attend".
    func lemma(of word: String, as wordClass: WordClass) -> String
    /// Verbs a noun derives from or to: "attendance" -> ["attend"], "meeting" -> ["meet"].
    func verbs(derivedFromNoun noun: String) -> [String]
    /// Nouns derived from a verb: "attend" -> ["attendance", "attendee"].
    func nouns(derivedFromVerb verb: String) -> [String]
    /// Verbs sharing a frequent sense with `verb`: "state" -> ["say", "tell"].
    func synonyms(ofVerb verb: String) -> [String]
    /// The class nouns a proper name is an instance of: "California" -> ["state"],
    /// "Iran" -> ["country", "nation"]. Empty when the name is not known.
    func kinds(ofName name: String) -> [String]
    /// The country a nationality adjective stands for: "Turkish" -> "Turkey". Nil for other words.
    func country(ofDemonym word: String) -> String?
    /// The word classes a dictionary lists a lowercase base form under ("waive" -> [verb],
    /// "report" -> [noun, verb]); empty for a word it does not list, nil without a dictionary.
    func wordClasses(ofBaseForm word: String) -> Set<WordClass>?
}

extension Lexicon {
    /// A lexicon without a gazetteer knows no instances.
    public func kinds(ofName name: String) -> [String] { [] }
    /// A lexicon without a gazetteer knows no nationalities.
    public func country(ofDemonym word: String) -> String? { nil }
    /// A lexicon without word lists cannot say.
    public func wordClasses(ofBaseForm word: String) -> Set<WordClass>? { nil }
}
