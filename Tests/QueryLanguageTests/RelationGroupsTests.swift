import Testing
@testable import QueryLanguage

@Suite struct RelationGroupsTests {
    /// Rows of `count` relations cycling through "meet", "say", "visit", ... (first appearance order).
    private func relations(_ count: Int) -> [String] {
        let names = ["meet", "say", "visit", "be", "hold talks with"]
        return (0..<count).map { names[($0 * 3 + $0 / 7) % names.count] }
    }

    @Test func groupsKeepFirstAppearanceOrderAndEveryRow() {
        let rows = ["say", "meet", "say", "visit", "meet", "say"]
        let groups = RelationGroups.grouping(count: rows.count) { rows[$0] }
        #expect(groups.map(\.relation) == ["say", "meet", "visit"])
        #expect(groups.map(\.rows) == [[0, 2, 5], [1, 4], [3]])
    }

    @Test func fewAndManyRowsAreGroupedAlike() {
        // Below the limit the groups are searched in order, above it hashed: same groups.
        for count in [0, 1, RelationGroups.rowsGroupedInOrder, RelationGroups.rowsGroupedInOrder + 1, 60] {
            let rows = relations(count)
            var expected: [(relation: String, rows: [Int])] = []
            for (k, relation) in rows.enumerated() {
                if let g = expected.firstIndex(where: { $0.relation == relation }) { expected[g].rows.append(k) } else { expected.append((relation, [k])) }
            }
            let groups = RelationGroups.grouping(count: rows.count) { rows[$0] }
            #expect(groups.map(\.relation) == expected.map(\.relation), "\(count) rows")
            #expect(groups.map(\.rows) == expected.map(\.rows), "\(count) rows")
        }
    }
}
