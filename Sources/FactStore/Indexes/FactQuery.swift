import FactModel

/// One `FactPattern` lookup: resolves each slot to its index lists, lets the most selective
/// slot produce candidates, and checks the other slots against the fact records. Allocation-free
/// apart from the result (it runs for every clause of every query).
struct FactQuery {
    let store: FactStore
    let indexes: FactIndexes
    let pattern: FactPattern

    /// The arguments a slot accepts: any argument (`nil` list) or those in an ascending list.
    private typealias Accepted = ArraySlice<Int32>?

    /// The resolved slots; nil when some slot cannot match anything.
    private struct Resolved {
        var relation: Int32?
        var subject: Accepted
        var object: Accepted
        var qualifier: Accepted
        var qualifierConstrained: Bool
        var marker: Int32?
    }

    private enum Driver { case none, relation, subject, object, qualifier, marker }

    private func resolve() -> Resolved? {
        var resolved = Resolved(relation: nil, subject: nil, object: nil, qualifier: nil, qualifierConstrained: false, marker: nil)
        if let relation = pattern.relation {
            guard let r = indexes.relationNames.find(relation) else { return nil }
            resolved.relation = r
        }
        if pattern.subject != .any {
            guard let accepted = arguments(matching: pattern.subject) else { return nil }
            resolved.subject = accepted
        }
        if pattern.object != .any {
            guard let accepted = arguments(matching: pattern.object) else { return nil }
            resolved.object = accepted
        }
        if pattern.qualifier != .any {
            guard let accepted = arguments(matching: pattern.qualifier) else { return nil }
            resolved.qualifier = accepted
            resolved.qualifierConstrained = true
        }
        if let marker = pattern.qualifierMarker {
            guard let symbol = store.data.symbols.find(marker) else { return nil }
            resolved.marker = symbol
            resolved.qualifierConstrained = true
        }
        return resolved
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

    /// How many facts the arguments' lists hold in one role.
    private func count(_ accepted: ArraySlice<Int32>, _ postings: Postings) -> Int {
        var total = 0
        for a in accepted { total += postings.count(a) }
        return total
    }

    /// The slot to drive the lookup and its count: the one with the fewest candidates, except
    /// that a relation's candidates cost more each when an argument slot must then be checked
    /// against the fact rows (28 bytes a fact, a cache miss each), while an argument slot's
    /// candidates check the relation in the 2-byte relation column, which mostly stays cached.
    private func driver(_ r: Resolved) -> (Driver, Int) {
        var best = (Driver.none, store.data.facts.count, store.data.facts.count)  // driver, cost, count
        func consider(_ driver: Driver, _ count: Int, cost: Int? = nil) {
            let c = cost ?? count
            if c < best.1 { best = (driver, c, count) }
        }
        if let relation = r.relation {
            let count = indexes.relationFacts.count(relation)
            let checksRows = (r.subject != nil || r.object != nil) && !indexes.factRelation.isEmpty
            consider(.relation, count, cost: checksRows ? count * 4 : count)
        }
        if let subject = r.subject { consider(.subject, count(subject, indexes.subjectFacts)) }
        if let object = r.object { consider(.object, count(object, indexes.objectFacts)) }
        if let qualifier = r.qualifier { consider(.qualifier, count(qualifier, indexes.qualifierFacts)) }
        if r.qualifierConstrained && r.qualifier == nil { consider(.marker, store.data.facts.qualifierFact.count) }
        return (best.0, best.2)
    }

    /// Calls `body` with the facts each constrained argument or relation slot has, in slot order.
    private func forEachSlotCount(_ r: Resolved, _ body: (Int) -> Void) {
        if let relation = r.relation { body(indexes.relationFacts.count(relation)) }
        if let subject = r.subject { body(count(subject, indexes.subjectFacts)) }
        if let object = r.object { body(count(object, indexes.objectFacts)) }
        if let qualifier = r.qualifier { body(count(qualifier, indexes.qualifierFacts)) }
    }

    /// The expected number of matches, for ordering a plan's lookups: the smallest slot's count
    /// for one slot; for several, the slots' counts taken as independent (n · Π countᵢ/n), at
    /// least 1 and at most the smallest count. Without it a rare relation with a common object
    /// ("honour for" 1968) looks as costly as the object's thousands of facts. 0 only when some
    /// slot matches nothing.
    func estimate() -> Int {
        guard let r = resolve() else { return 0 }
        let n = Double(max(store.data.facts.count, 1))
        var (slots, smallest, expected) = (0, store.data.facts.count, n)
        forEachSlotCount(r) { count in
            slots += 1
            smallest = Swift.min(smallest, count)
            expected = expected * Double(count) / n
        }
        if r.qualifierConstrained && r.qualifier == nil { smallest = Swift.min(smallest, store.data.facts.qualifierFact.count) }
        guard slots > 1, smallest > 0 else { return smallest }
        return Swift.max(1, Swift.min(smallest, Int(expected.rounded(.up))))
    }

    /// The matching facts, ascending.
    func run() -> [FactID] {
        guard let r = resolve() else { return [] }
        let (driver, bound) = driver(r)
        if bound == 0 { return [] }
        let rows = store.data.facts.rows
        let relationOfPredicate = indexes.relationOfPredicate

        let factRelation = indexes.factRelation
        // Whether a candidate needs its row read beyond the relation (the column answers that).
        let needsRow = (r.relation != nil && factRelation.isEmpty)
            || (r.subject != nil && driver != .subject) || (r.object != nil && driver != .object)
        @inline(__always) func accepts(_ f: Int32) -> Bool {
            if let relation = r.relation, !factRelation.isEmpty, factRelation[Int(f)] != UInt16(truncatingIfNeeded: relation) { return false }
            if needsRow {
                let row = rows[Int(f)]
                if let relation = r.relation, factRelation.isEmpty, relationOfPredicate[Int(row.predicate)] != relation { return false }
                if let subject = r.subject, driver != .subject, !SortedIDs.contains(subject, row.subject) { return false }
                if let object = r.object, driver != .object {
                    if row.object < 0 || !SortedIDs.contains(object, row.object) { return false }
                }
            }
            if r.qualifierConstrained && !(driver == .qualifier && r.marker == nil) {
                if !qualifierMatches(f, r.qualifier, r.marker) { return false }
            }
            return true
        }

        var result = [FactID]()
        result.reserveCapacity(Swift.min(bound, 4096))  // one allocation: the driver bounds the result
        func scan(_ accepted: ArraySlice<Int32>, _ postings: Postings) {
            if accepted.count == 1 {
                for f in postings.list(accepted.first!) where accepts(f) { result.append(f) }
            } else {
                for f in SortedIDs.union(accepted.map { postings.list($0) }) where accepts(f) { result.append(f) }
            }
        }
        switch driver {
        case .none:
            for f in 0..<Int32(rows.count) where accepts(f) { result.append(f) }
        case .relation:
            for f in indexes.relationFacts.list(r.relation!) where accepts(f) { result.append(f) }
        case .subject: scan(r.subject!, indexes.subjectFacts)
        case .object: scan(r.object!, indexes.objectFacts)
        case .qualifier: scan(r.qualifier!, indexes.qualifierFacts)
        case .marker:
            let owners = store.data.facts.qualifierFact
            let markers = store.data.facts.qualifierMarker
            var previous: Int32 = -1
            for row in 0..<owners.count where markers[row] == r.marker! {
                let f = owners[row]
                if f != previous && accepts(f) { result.append(f) }
                previous = f
            }
        }
        return result
    }

    /// Whether fact `f` has a qualifier with the marker (if given) whose argument is accepted.
    private func qualifierMatches(_ f: Int32, _ accepted: Accepted, _ marker: Int32?) -> Bool {
        let facts = store.data.facts
        for row in facts.qualifierRows(of: f) {
            if let marker, facts.qualifierMarker[row] != marker { continue }
            if let accepted, !SortedIDs.contains(accepted, facts.qualifierArgument[row]) { continue }
            return true
        }
        return false
    }
}
