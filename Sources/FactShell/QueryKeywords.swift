/// The query language's words, for Tab completion.
// QUERY-MERGE: QueryEngine may expose its keywords; use them then, this list until.
enum QueryKeywords {
    static let all = [
        "who", "whom", "what", "where", "when", "which", "how", "many", "much", "did", "does", "do",
        "is", "are", "was", "were", "describe", "entities", "people", "places", "organizations",
        "groups", "relations", "sentences", "with", "and", "or", "not", "count", "limit", "order",
        "by", "of", "about",
    ]
}
