import FactModel

/// The facts an exact atom's lookups found under earlier bindings of a join, by lookup key: in a
/// join, many bindings bind the same entity. Most joins bring a few distinct keys, so the first
/// two are kept inline and compared (no table, no hashing); the rest go to a dictionary.
struct ExactLookupMemo {
    private var first: (key: ExactAtom.LookupKey, ids: [FactID])?
    private var second: (key: ExactAtom.LookupKey, ids: [FactID])?
    private var more: [ExactAtom.LookupKey: [FactID]] = [:]

    /// The facts found for `key`, if an earlier binding looked them up. O(1).
    subscript(key: ExactAtom.LookupKey) -> [FactID]? {
        if let first, first.key == key { return first.ids }
        if let second, second.key == key { return second.ids }
        return more.isEmpty ? nil : more[key]
    }

    /// Keeps the facts found for `key` (a key not kept yet).
    mutating func keep(_ ids: [FactID], for key: ExactAtom.LookupKey) {
        if first == nil { first = (key, ids) } else if second == nil { second = (key, ids) } else { more[key] = ids }
    }
}
