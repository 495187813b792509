import FactModel

/// One `FactPattern` lookup: resolves each slot to its index lists, lets the most selective
/// slot produce candidates, and checks the other slots against the fact columns.
struct FactQuery {
    let store: FactStore
    let indexes: FactIndexes
    let pattern: FactPattern

    private enum Role { case subject, object, qualifier }

    /// A resolved slot: the arguments it accepts (nil: any argument) or the relation it requires.
    private enum Slot {
        case arguments(Role, ArraySlice<Int32>?)
        case relation(Int32)
    }

    /// The constrained slots, or nil when one cannot match anything.
    private func slots() -> [Slot]? {
        var slots = [Slot]()
        if let relation = pattern.relation {
            guard let symbol = store.data.symbols.find(relation), let r = indexes.relationOfSymbol[symbol] else { return nil }
            slots.append(.relation(r))
        }
        for (role, match) in [(Role.subject, pattern.subject), (.object, pattern.object), (.qualifier, pattern.qualifier)] {
            if match == .any {
                if role == .qualifier && pattern.qualifierMarker != nil { slots.append(.arguments(.qualifier, nil)) }
                continue
            }
            guard let arguments = arguments(matching: match) else { return nil }
            slots.append(.arguments(role, arguments))
        }
        return slots
    }

    /// The arguments an argument match accepts (ascending), or nil when the word is unknown.
    private func arguments(matching match: ArgumentMatch) -> ArraySlice<Int32>? {
        switch match {
        case .any: return nil
        case .entity(let e): return indexes.entityArguments.list(e)
        case .head(let word):
            guard let key = indexes.folded.find(word, in: store.data.symbols) else { return nil }
            return indexes.headArguments.list(key)
        case .word(let word):
            guard let key = indexes.folded.find(word, in: store.data.symbols) else { return nil }
            return indexes.wordArguments.list(key)
        }
    }

    private func postings(_ role: Role) -> Postings {
        switch role {
        case .subject: return indexes.subjectFacts
        case .object: return indexes.objectFacts
        case .qualifier: return indexes.qualifierFacts
        }
    }

    /// How many facts a slot can yield at most.
    private func count(_ slot: Slot) -> Int {
        switch slot {
        case .relation(let r): return indexes.relationFacts.count(r)
        case .arguments(let role, let arguments):
            guard let arguments else { return store.data.facts.qualifierFact.count }
            let lists = postings(role)
            var total = 0
            for a in arguments { total += lists.count(a) }
            return total
        }
    }

    /// The smallest slot's count (an upper bound on the result).
    func estimate() -> Int {
        guard let slots = slots() else { return 0 }
        return slots.map(count).min() ?? store.data.facts.count
    }

    /// The matching facts, ascending.
    func run() -> [FactID] {
        guard let slots = slots() else { return [] }
        if slots.isEmpty { return Array(0..<Int32(store.data.facts.count)) }
        var best = 0
        var bestCount = Int.max
        for (i, slot) in slots.enumerated() {
            let c = count(slot)
            if c < bestCount { best = i; bestCount = c }
        }
        if bestCount == 0 { return [] }
        var others = slots
        let driver = others.remove(at: best)
        let facts = store.data.facts
        let predicateRelation = indexes.relationOfPredicate
        let markerSymbol: Int32? = pattern.qualifierMarker.map { store.data.symbols.find($0) ?? -2 }

        func accepts(_ f: Int32) -> Bool {
            for slot in others {
                switch slot {
                case .relation(let r):
                    if predicateRelation[Int(facts.rows[Int(f)].predicate)] != r { return false }
                case .arguments(.subject, let arguments):
                    if let arguments, !SortedIDs.contains(arguments, facts.rows[Int(f)].subject) { return false }
                case .arguments(.object, let arguments):
                    let object = facts.rows[Int(f)].object
                    if object < 0 { return false }
                    if let arguments, !SortedIDs.contains(arguments, object) { return false }
                case .arguments(.qualifier, let arguments):
                    if !qualifierMatches(f, arguments, markerSymbol, facts) { return false }
                }
            }
            // The driver slot itself may still need the marker check.
            if case .arguments(.qualifier, let arguments) = driver, markerSymbol != nil {
                if !qualifierMatches(f, arguments, markerSymbol, facts) { return false }
            }
            return true
        }

        var result = [FactID]()
        switch driver {
        case .relation(let r):
            for f in indexes.relationFacts.list(r) where accepts(f) { result.append(f) }
        case .arguments(.qualifier, nil):
            // Only a marker is given: walk the qualifier rows.
            var previous: Int32 = -1
            for row in 0..<facts.qualifierFact.count where facts.qualifierMarker[row] == markerSymbol {
                let f = facts.qualifierFact[row]
                if f != previous && accepts(f) { result.append(f) }
                previous = f
            }
        case .arguments(let role, let arguments):
            let lists = postings(role)
            if arguments!.count == 1 {
                for f in lists.list(arguments!.first!) where accepts(f) { result.append(f) }
            } else {
                for f in SortedIDs.union(arguments!.map { lists.list($0) }) where accepts(f) { result.append(f) }
            }
        }
        return result
    }

    /// Whether fact `f` has a qualifier with the marker (if given) whose argument is accepted.
    private func qualifierMatches(_ f: Int32, _ arguments: ArraySlice<Int32>?, _ marker: Int32?, _ facts: FactColumns) -> Bool {
        for row in facts.qualifierRows(of: f) {
            if let marker, facts.qualifierMarker[row] != marker { continue }
            if let arguments, !SortedIDs.contains(arguments, facts.qualifierArgument[row]) { continue }
            return true
        }
        return false
    }
}
