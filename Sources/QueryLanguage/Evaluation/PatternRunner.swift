import FactModel

/// Runs power-user patterns: bindings of the variables, then count, distinct, order by and limit.
struct PatternRunner {
    let source: any FactSource
    let forms: WordForms
    let isCancelled: @Sendable () -> Bool

    func plan(_ query: PatternQuery) -> QueryPlan {
        let root = QueryPlanner(source: source, forms: forms).plan(query.condition)
        var notes: [String] = []
        if let aggregate = query.aggregate { notes.append(aggregate == .count ? "count distinct bindings" : "distinct bindings") }
        for order in query.ordering { notes.append("order by \(order.variable.map { "?\($0)" } ?? "count")\(order.descending ? " desc" : "")") }
        if let limit = query.limit { notes.append("limit \(limit)") }
        return QueryPlan(understood: query.description, root: root, notes: notes)
    }

    func run(_ query: PatternQuery) -> AnswerTable {
        let bindings = ExactPatternRunner(source: source, isCancelled: isCancelled).bindings(of: query.condition)
            ?? PlanExecutor(source: source, isCancelled: isCancelled).run(
                // The plan is run, not printed: estimates only where they choose something.
                QueryPlanner(source: source, forms: forms, estimatesEveryLookup: false).plan(query.condition))
        let variables = query.projection.isEmpty ? query.conditionVariables : query.projection

        // One row per distinct tuple of shown values, with its best score and all its support.
        // Bindings are grouped on their values first (ids hash cheaply), and each group's values
        // are shown once; groups that show the same text (two entities of one name) then merge.
        var rows: [Row]
        if bindings.count == 1 {
            // A lone binding is its own group (and row): no table of groups to build.
            let binding = bindings[0]
            rows = [Row(values: variables.map { binding.values[$0].map(display) ?? "" }, score: binding.score, support: binding.support, count: 1)]
        } else {
            var groups = BindingGroups(variables: variables, expectedBindings: bindings.count)
            for index in bindings.indices { groups.add(bindings[index]) }  // each read in place, not copied out
            rows = groups.groups.map { group in
                Row(values: group.values.map { $0.map(display) ?? "" }, score: group.score, support: group.support, count: group.count)
            }
            rows = mergingSameText(rows)
        }
        if query.aggregate == .count {
            var table = AnswerTable(columns: ["count"])
            table.rows.append(AnswerRow(values: [String(rows.count)]))
            return table
        }
        // Best score first; then each `order by`, the last written applied first; ties keep
        // their order (stable sorts). A lone row needs no order (nor a list of it).
        var order = switch rows.count {
        case 0: [Int]()
        case 1: Self.onlyRow
        default: stableSorted(Array(rows.indices)) { rows[$0].score > rows[$1].score }
        }
        for ordering in query.ordering.reversed() {
            let column = ordering.variable.flatMap { variables.firstIndex(of: $0) }
            order = stableSorted(order) { a, b in
                if let column {
                    return ordering.descending ? rows[a].values[column] > rows[b].values[column] : rows[a].values[column] < rows[b].values[column]
                }
                return ordering.descending ? rows[a].count > rows[b].count : rows[a].count < rows[b].count
            }
        }
        if let limit = query.limit { order = Array(order.prefix(limit)) }
        let showCount = query.ordering.contains { $0.variable == nil }
        let builder = EvidenceBuilder(source: source)
        var columns = variables.map { "?" + $0 }
        if showCount { columns.append("count") }
        var table = AnswerTable(columns: columns)
        table.rows.reserveCapacity(order.count)
        for index in order {
            let row = rows[index]
            let values = showCount ? row.values + [String(row.count)] : row.values
            if row.support.count == 1 {  // the common case: one fact, no lists to build
                table.rows.append(AnswerRow(values: values, evidence: builder.evidence(for: row.support[0])))
                continue
            }
            // Evidence is built for the first three supports only; the rest are counted.
            var evidence: [Evidence] = []
            evidence.reserveCapacity(3)
            let distinctCount = Self.forEachDistinct(row.support) { support, rank in
                if rank < 3, let item = builder.evidence(for: support) { evidence.append(item) }
            }
            table.rows.append(AnswerRow(values: values, evidence: evidence, furtherEvidence: max(0, distinctCount - 3)))
        }
        if table.rows.isEmpty {
            table.note = QueryDiagnostics.nothingFound(part: "the pattern \(query.condition)", suggestions: [])
        }
        return table
    }

    /// The rows with those that show the same texts merged into the first of them, in order.
    /// O(n log n) comparisons of short texts: cheaper than hashing them, and rows rarely merge.
    private func mergingSameText(_ rows: [Row]) -> [Row] {
        if rows.count < 2 { return rows }
        let byText = rows.indices.sorted { a, b in
            rows[a].values != rows[b].values ? rows[a].values.lexicographicallyPrecedes(rows[b].values) : a < b
        }
        var merged = rows
        var kept = Array(repeating: true, count: rows.count)
        var first = 0
        for k in 1..<byText.count {
            let (earliest, row) = (byText[first], byText[k])
            guard rows[row].values == rows[earliest].values else { first = k; continue }
            merged[earliest].score = max(merged[earliest].score, rows[row].score)
            merged[earliest].support += rows[row].support
            merged[earliest].count += rows[row].count
            kept[row] = false
        }
        return merged.indices.filter { kept[$0] }.map { merged[$0] }
    }

    /// The order of a one-row answer, shared by every such answer instead of built for each.
    private static let onlyRow = [0]

    /// One row of the answer before ordering: the shown texts and what supports them.
    private struct Row {
        var values: [String]
        var score: Double
        var support: SupportList
        var count: Int
    }

    /// Calls `body` with each support without repeats, in first-seen order, and its rank among
    /// them; returns how many there are. O(n) expected; a short list is compared pairwise, which
    /// is cheaper than hashing it, and needs no list of the distinct ones.
    private static func forEachDistinct(_ supports: SupportList, _ body: (Support, Int) -> Void) -> Int {
        var count = 0
        if supports.count <= 8 {
            for i in supports.indices where !supports[..<i].contains(supports[i]) {
                body(supports[i], count)
                count += 1
            }
            return count
        }
        var seen = Set<Support>(minimumCapacity: supports.count)
        for support in supports where seen.insert(support).inserted {
            body(support, count)
            count += 1
        }
        return count
    }

    private func display(_ value: BoundValue) -> String {
        switch value {
        case .entity(let id): return source.name(of: id)
        case .text(let text): return text
        }
    }

    /// `indices` sorted by `less`, ties kept in their order.
    private func stableSorted(_ indices: [Int], by less: (Int, Int) -> Bool) -> [Int] {
        if indices.count < 2 { return indices }
        return indices.enumerated().sorted { a, b in
            if less(a.element, b.element) { return true }
            if less(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}
