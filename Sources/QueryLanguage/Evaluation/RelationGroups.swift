/// The rows of `describe` grouped by their relation: the indexes of the rows of each relation,
/// relations in order of first appearance.
enum RelationGroups {
    /// Up to this many rows are grouped by comparing each relation with the groups so far; a
    /// table of their indexes costs more than the comparisons.
    static let rowsGroupedInOrder = 16

    /// The indexes `0..<count` grouped by `relationAt(index)`, groups in order of first
    /// appearance. Rows are read by index, each relation on its own (a row is not copied out to
    /// read it). O(n) expected; O(n · groups) for a few rows.
    static func grouping(count: Int, relationAt: (Int) -> String) -> [(relation: String, rows: [Int])] {
        var groups: [(relation: String, rows: [Int])] = []
        if count <= rowsGroupedInOrder {
            for k in 0..<count {
                let relation = relationAt(k)
                if let g = groups.firstIndex(where: { $0.relation == relation }) { groups[g].rows.append(k) } else { groups.append((relation, [k])) }
            }
            return groups
        }
        var groupIndex: [String: Int] = [:]
        groupIndex.reserveCapacity(count)
        for k in 0..<count {
            let relation = relationAt(k)
            if let g = groupIndex[relation] {
                groups[g].rows.append(k)
            } else {
                groupIndex[relation] = groups.count
                groups.append((relation, [k]))
            }
        }
        return groups
    }
}
