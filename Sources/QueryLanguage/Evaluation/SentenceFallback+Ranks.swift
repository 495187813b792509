import FactModel

extension SentenceFallback {
    /// The rank a question asks about ("who came in first in Iowa" -> 1), nil when it names none.
    static func askedRank(_ question: Question) -> Int? {
        question.words.lazy.compactMap { FactMatcher.rankWords[$0.lowered] }.first
    }

    /// How much each mention of a sentence that compares ranks counts for a question asking
    /// one: "Sanders came in second in Iowa, ...; Pete Buttigieg, the former mayor of South Bend,
    /// came in first" gives each name the first rank written after it (before the next name), so
    /// for "who came in first" Sanders (second) counts for little, and so does a name given no
    /// rank when another has the asked one. Mentions are keyed by their byte start in the
    /// sentence; a sentence with fewer than two different ranks changes nothing
    /// ("McArthur's first victim was ..."). O(words + mentions).
    static func rankWeights(asked: Int, words: [(word: String, offset: Int)], mentions: [Mention],
                            sentenceStart: Int) -> [Int: Double] {
        let ranks = words.compactMap { word in FactMatcher.rankWords[word.word].map { (rank: $0, offset: word.offset) } }
        guard Set(ranks.map(\.rank)).count >= 2, ranks.contains(where: { $0.rank == asked }) else { return [:] }
        let names = mentions.filter { if case .entity = $0.type { return true } else { return false } }
            .map { (start: Int($0.provenance.start) - sentenceStart, end: Int($0.provenance.end) - sentenceStart) }
        var stated: [Int: Int] = [:]
        for name in names {
            let nextName = names.map(\.start).filter { $0 > name.start }.min() ?? Int.max
            if let rank = ranks.first(where: { $0.offset >= name.end && $0.offset < nextName }) { stated[name.start] = rank.rank }
        }
        var weights: [Int: Double] = [:]
        for name in names {
            if let rank = stated[name.start] {
                weights[name.start] = rank == asked ? 1 : Self.otherRankWeight
            } else {
                weights[name.start] = Self.unrankedWeight
            }
        }
        return weights
    }

    /// A name given another rank than the asked one: it says the opposite.
    static let otherRankWeight = 0.1
    /// A name given no rank beside one given the asked rank.
    static let unrankedWeight = 0.4
}
