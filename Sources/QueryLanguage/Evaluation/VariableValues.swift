/// The values of a binding's variables, by name. A pattern has a handful of variables, so
/// names are searched in order (no hashing), and the first two values are kept inline: most
/// patterns bind one or two variables, so extending a binding allocates nothing. Lookups are
/// O(variables).
struct VariableValues: Sendable, ExpressibleByDictionaryLiteral {
    private var first: (name: String, value: BoundValue)?
    private var second: (name: String, value: BoundValue)?
    private var more: [(name: String, value: BoundValue)] = []

    init(dictionaryLiteral elements: (String, BoundValue)...) {
        for (name, value) in elements { self[name] = value }
    }

    subscript(name: String) -> BoundValue? {
        get {
            if let first, first.name == name { return first.value }
            if let second, second.name == name { return second.value }
            for entry in more where entry.name == name { return entry.value }
            return nil
        }
        set {
            if first?.name == name {
                first = newValue.map { (name, $0) }
            } else if second?.name == name {
                second = newValue.map { (name, $0) }
            } else if let index = more.firstIndex(where: { $0.name == name }) {
                if let newValue { more[index].value = newValue } else { more.remove(at: index) }
                return
            } else if let newValue {
                if first == nil { first = (name, newValue) } else if second == nil { second = (name, newValue) } else { more.append((name, newValue)) }
                return
            }
            // A value was removed from an inline slot: the first of the list moves in.
            if first == nil, let moved = second { first = moved; second = nil }
            if second == nil, !more.isEmpty { second = more.removeFirst() }
        }
    }
}
