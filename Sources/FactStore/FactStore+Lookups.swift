import FactModel

/// Lookups beyond `FactSource`, for the shell and tools.
extension FactStore {
    /// Facts with `word` (case-insensitive) in their subject, object or a qualifier's text, ascending.
    /// - Complexity: O(r log r) for r facts over the word's arguments.
    public func facts(containingWord word: String) -> [FactID] {
        let idx = indexes
        guard let key = idx.folded.find(word, in: data.symbols) else { return [] }
        var lists = [ArraySlice<Int32>]()
        for a in idx.wordArguments.list(key) {
            lists.append(idx.subjectFacts.list(a))
            lists.append(idx.objectFacts.list(a))
            lists.append(idx.qualifierFacts.list(a))
        }
        return SortedIDs.union(lists)
    }

    /// The entities whose full name is `name` exactly (any type).
    /// - Complexity: O(length + m) for m entities with that name in any case.
    public func entities(named name: String) -> [EntityID] {
        resolve(name: name).filter { data.symbols.string(data.entities.name[Int($0)]) == name }
    }
}
