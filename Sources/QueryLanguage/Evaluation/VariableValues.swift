/// The values of a binding's variables, by name. A pattern has a handful of variables, so a
/// short array searched in order beats a hash table here: no hashing, and copying a binding to
/// extend it is one small allocation. Lookups are O(variables).
struct VariableValues: Sendable, ExpressibleByDictionaryLiteral {
    private var entries: [(name: String, value: BoundValue)]

    init(dictionaryLiteral elements: (String, BoundValue)...) {
        entries = elements.map { (name: $0.0, value: $0.1) }
    }

    subscript(name: String) -> BoundValue? {
        get {
            for entry in entries where entry.name == name { return entry.value }
            return nil
        }
        set {
            if let index = entries.firstIndex(where: { $0.name == name }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append((name, newValue))
            }
        }
    }
}
