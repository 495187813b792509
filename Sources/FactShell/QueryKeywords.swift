import QueryLanguage

/// The query language's words, for Tab completion (some are two words: "how many").
enum QueryKeywords {
    static var all: [String] { QueryEngine.keywords }
}
