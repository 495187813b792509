import FactModel
import Foundation

/// The `Lexicon` the query language and the extractor match with, from Open English WordNet:
/// lemmas, noun↔verb derivations ("attendance" → "attend", "meeting" → "meet") and verb
/// synonyms restricted to first senses ("say" ≈ "tell" ≈ "state").
///
/// Tables come from `lexicon-noun-verb.tsv` and `lexicon-verb-synonyms.tsv`; lookups are O(1).
public struct WordNetLexicon: Lexicon {
    let lemmatizer: Lemmatizer
    let tables: DerivationTables

    /// The lexicon with its WordNet tables, loaded from the package's resources (once).
    public static func bundled() throws -> WordNetLexicon {
        WordNetLexicon(lemmatizer: try .bundled(), tables: try DerivationTables.bundled())
    }

    /// The lemma of a word form in a word class: ("attends", .verb) -> "attend".
    public func lemma(of word: String, as wordClass: WordClass) -> String {
        lemmatizer.baseForm(of: word, as: wordClass)
    }

    /// Verbs a noun derives from or to, most sense links first: "attendance" -> ["attend"].
    public func verbs(derivedFromNoun noun: String) -> [String] {
        tables.verbsOfNoun[lemma(of: noun, as: .noun)] ?? tables.verbsOfNoun[noun.lowercased()] ?? []
    }

    /// Nouns derived from a verb, most sense links first: "attend" -> ["attendance", "attendee", ...].
    public func nouns(derivedFromVerb verb: String) -> [String] {
        tables.nounsOfVerb[lemma(of: verb, as: .verb)] ?? []
    }

    /// Verbs sharing the first sense of `verb`: "state" -> ["say", "tell", ...].
    public func synonyms(ofVerb verb: String) -> [String] {
        tables.verbSynonyms[lemma(of: verb, as: .verb)] ?? []
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

    static func bundled() throws -> DerivationTables { try cached.get() }
    private static let cached: Result<DerivationTables, Error> = Result { try load(from: nil) }

    /// Reads the tables from `directory`, or from the package's resources when nil.
    static func load(from directory: URL?) throws -> DerivationTables {
        var links: [(noun: String, verb: String, weight: Int)] = []
        _ = try ResourceTable.load("lexicon-noun-verb", in: directory) { (fields, _: inout [String: Int]) in
            guard fields.count >= 3 else { return }
            links.append((String(fields[0]), String(fields[1]), Int(fields[2]) ?? 0))
        }
        // Most sense links first, then alphabetical, so answers are deterministic.
        links.sort { ($0.weight, $1.noun, $1.verb) > ($1.weight, $0.noun, $0.verb) }
        var verbsOfNoun: [String: [String]] = [:], nounsOfVerb: [String: [String]] = [:]
        for link in links {
            verbsOfNoun[link.noun, default: []].append(link.verb)
            nounsOfVerb[link.verb, default: []].append(link.noun)
        }
        let synonyms = try ResourceTable.load("lexicon-verb-synonyms", in: directory) { fields, table in
            guard fields.count >= 2 else { return }
            table[String(fields[0])] = fields[1].split(separator: "|").map(String.init)
        }
        return DerivationTables(verbsOfNoun: verbsOfNoun, nounsOfVerb: nounsOfVerb, verbSynonyms: synonyms)
    }
}
