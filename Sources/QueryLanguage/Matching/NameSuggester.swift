import FactModel

/// "Did you mean ...": the entity names and relation keys closest to an unknown name.
struct NameSuggester {
    let source: any FactSource

    /// Up to three names within a small edit distance of `name` (or of one of its words), closest first.
    /// O(entities · name length²); only called when a lookup found nothing.
    func suggestions(for name: String, includeRelations: Bool = false) -> [String] {
        let wanted = folded(name)
        guard !wanted.isEmpty, source.resolve(name: name).isEmpty else { return [] }
        var scored: [(String, Int)] = []
        let limit = max(1, wanted.count / 4)
        var candidates: [String] = []
        for id in source.entities(ofType: nil).prefix(50_000) {
            let entity = source.entity(id)
            candidates.append(entity.name)
            candidates += entity.aliases
        }
        if includeRelations { candidates += source.relationCounts().prefix(2_000).map(\.relation) }
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            let key = folded(candidate)
            var distance = editDistance(wanted, key, limit: limit)
            if distance > limit {
                for part in key.split(separator: " ") where part.count >= 3 {
                    distance = min(distance, editDistance(wanted, String(part), limit: limit))
                }
            }
            if distance <= limit, distance > 0 || key != wanted { scored.append((candidate, distance)) }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
    }
}

extension NameSuggester {
    /// Up to three relation keys close to `word` (or to its lemma). O(relations · length²).
    func relationSuggestions(for word: String, lemma: String) -> [String] {
        let limit = max(1, word.count / 4)
        var scored: [(String, Int)] = []
        for (relation, _) in source.relationCounts().prefix(5_000) {
            let distance = min(editDistance(word.lowercased(), relation, limit: limit), editDistance(lemma, relation, limit: limit))
            if distance <= limit { scored.append((relation, distance)) }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
    }
}

/// Levenshtein distance, giving up (returning limit + 1) once it exceeds `limit`.
func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return limit + 1 }
    var previous = Array(0...y.count)
    var current = Array(repeating: 0, count: y.count + 1)
    for i in 1...max(1, x.count) where !x.isEmpty {
        current[0] = i
        var rowMinimum = current[0]
        for j in 1...max(1, y.count) where !y.isEmpty {
            let cost = x[i - 1] == y[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum > limit { return limit + 1 }
        swap(&previous, &current)
    }
    return x.isEmpty ? y.count : y.isEmpty ? x.count : previous[y.count]
}
