import FactModel

/// The `Lexicon` the query language matches with, from WordNet data.
/// SCAFFOLD: knows no derivations or synonyms yet.
public struct WordNetLexicon: Lexicon {
    let lemmatizer: Lemmatizer

    /// The lexicon with its WordNet tables, loaded from the package's resources.
    public static func bundled() throws -> WordNetLexicon { WordNetLexicon(lemmatizer: try .bundled()) }

    public func lemma(of word: String, as wordClass: WordClass) -> String {
        lemmatizer.lemma(of: word, xpos: wordClass == .verb ? "VB" : "NN")
    }
    public func verbs(derivedFromNoun noun: String) -> [String] { [] }
    public func nouns(derivedFromVerb verb: String) -> [String] { [] }
    public func synonyms(ofVerb verb: String) -> [String] { [] }
}
