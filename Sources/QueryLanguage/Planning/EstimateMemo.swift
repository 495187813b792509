import FactModel

/// The source's estimates of relation lookups already asked while planning one statement: the
/// join order plans each remaining atom in every round, and an atom planned again asks about the
/// same relation ("relation r1" as an exact atom, then as the relation of a bound one).
/// A statement names a few relations, so the first two are kept inline and searched in order
/// (no list, no hashing); other lookups are asked of the source each time.
struct EstimateMemo {
    private var first: (relation: String, count: Int)?
    private var second: (relation: String, count: Int)?
    private var more: [(relation: String, count: Int)] = []
    /// False for a lone atom's plan, which asks about each lookup once anyway.
    private let remembers: Bool

    init(remembers: Bool = true) { self.remembers = remembers }

    /// The source's estimate for `pattern`; for a relation alone, asked once per memo.
    /// O(relations known).
    mutating func count(of pattern: FactPattern, in source: any FactSource) -> Int {
        guard remembers, let relation = Self.relationAlone(pattern) else { return source.estimatedCount(of: pattern) }
        if let first, first.relation == relation { return first.count }
        if let second, second.relation == relation { return second.count }
        for entry in more where entry.relation == relation { return entry.count }
        let count = source.estimatedCount(of: pattern)
        if first == nil { first = (relation, count) } else if second == nil { second = (relation, count) } else { more.append((relation, count)) }
        return count
    }

    /// The relation of a pattern that fixes nothing else, or nil.
    private static func relationAlone(_ pattern: FactPattern) -> String? {
        guard case .any = pattern.subject, case .any = pattern.object, case .any = pattern.qualifier,
              pattern.qualifierMarker == nil else { return nil }
        return pattern.relation
    }
}
