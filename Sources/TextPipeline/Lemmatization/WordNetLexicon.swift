import FactModel
import Foundation

/// The `Lexicon` the query language and the extractor match with, from Open English WordNet:
/// lemmas, noun↔verb derivations ("attendance" → "attend", "meeting" → "meet") and verb
/// synonyms restricted to first senses ("say" ≈ "tell" ≈ "state"); and the kind of place a name
/// is, from the GeoNames gazetteer.
///
/// The derivation and synonym tables (`lexicon-noun-verbs.tsv`, `lexicon-verb-nouns.tsv`,
/// `lexicon-verb-synonyms.tsv`) load on the first question that needs them, so the shell starts
/// without paying for them. Lookups are O(1).
public struct WordNetLexicon: Lexicon {
    let lemmatizer: Lemmatizer
    let tables: @Sendable () -> DerivationTables

    /// The lexicon with its WordNet tables, loaded from the package's resources.
    public static func bundled() throws -> WordNetLexicon {
        _ = try ResourceTable.url("lexicon-verb-synonyms")  // fail now, not at the first question
        return WordNetLexicon(lemmatizer: try .bundled(), tables: { DerivationTables.shared })
    }

    /// The lemma of a word form in a word class: ("attends", .verb) -> "attend".
    public func lemma(of word: String, as wordClass: WordClass) -> String {
        lemmatizer.baseForm(of: word, as: wordClass)
    }

    /// The classes Open English WordNet lists `word` (a lowercase lemma) under. O(1).
    public func wordClasses(ofBaseForm word: String) -> Set<WordClass>? {
        lemmatizer.wordClasses(ofLemma: word)
    }

    /// Verbs a noun derives from or to, most sense links first: "attendance" -> ["attend"].
    public func verbs(derivedFromNoun noun: String) -> [String] {
        let table = tables().verbsOfNoun
        return table[lemma(of: noun, as: .noun)] ?? table[noun.lowercased()] ?? []
    }

    /// Nouns derived from a verb, most sense links first: "attend" -> ["attendance", "attendee", ...].
    public func nouns(derivedFromVerb verb: String) -> [String] {
        tables().nounsOfVerb[lemma(of: verb, as: .verb)] ?? []
    }

    /// Verbs sharing the first sense of `verb`: "state" -> ["say", "tell", ...].
    public func synonyms(ofVerb verb: String) -> [String] {
        tables().verbSynonyms[lemma(of: verb, as: .verb)] ?? []
    }

    /// The kinds of place a name is, from the GeoNames gazetteer: "California" -> ["state"].
    public func kinds(ofName name: String) -> [String] {
        PlaceKinds.shared.kinds(of: name)
    }

    /// The country of a nationality adjective, from the gazetteer: "Turkish" -> "Turkey".
    public func country(ofDemonym word: String) -> String? {
        PlaceKinds.shared.country(ofDemonym: word)
    }
}

/// The derivation and synonym tables of `WordNetLexicon`.
final class DerivationTables: Sendable {
    let verbsOfNoun: [String: [String]]
    let nounsOfVerb: [String: [String]]
    let verbSynonyms: [String: [String]]

    init(verbsOfNoun: [String: [String]], nounsOfVerb: [String: [String]], verbSynonyms: [String: [String]]) {
        self.verbsOfNoun = verbsOfNoun
        self.nounsOfVerb = nounsOfVerb
        self.verbSynonyms = verbSynonyms
    }

    /// The bundled tables, read on first use (empty if the files cannot be read; `bundled()`
    /// checks they exist).
    static let shared: DerivationTables = (try? load(from: nil))
        ?? DerivationTables(verbsOfNoun: [:], nounsOfVerb: [:], verbSynonyms: [:])

    /// Reads the tables from `directory`, or from the package's resources when nil.
    static func load(from directory: URL?) throws -> DerivationTables {
        func lists(_ name: String) throws -> [String: [String]] {
            try ResourceTable.load(name, in: directory) { fields, table in
                guard fields.count >= 2 else { return }
                table[fields[0]] = fields[1].utf8.split(separator: UInt8(ascii: "|")).map { String(decoding: $0, as: UTF8.self) }
            }
        }
        return DerivationTables(
            verbsOfNoun: try lists("lexicon-noun-verbs"), nounsOfVerb: try lists("lexicon-verb-nouns"),
            verbSynonyms: try lists("lexicon-verb-synonyms"))
    }
}
