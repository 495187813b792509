/// The rows of `describe` grouped by their relation: the indexes of the rows of each relation,
/// relations in order of first appearance.
enum RelationGroups {
    /// Up to this many rows are grouped by comparing each relation with the groups so far; a
    /// table of their indexes costs more than the comparisons.
    static let rowsGroupedInOrder = 16

    /// The indexes of `relations` grouped by relation, groups in order of first appearance.
    /// O(n) expected; O(n · groups) for a few rows.
    static func grouping<Relations: Collection<String>>(_ relations: Relations) -> [(relation: String, rows: [Int])]
    where Relations.Index == Int {
        var groups: [(relation: String, rows: [Int])] = []
        if relations.count <= rowsGroupedInOrder {
            for (k, relation) in zip(relations.indices, relations) {
                if let g = groups.firstIndex(where: { $0.relation == relation }) { groups[g].rows.append(k) } else { groups.append((relation, [k])) }
            }
            return groups
        }
        var groupIndex: [String: Int] = [:]
        groupIndex.reserveCapacity(relations.count)
        for (k, relation) in zip(relations.indices, relations) {
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
