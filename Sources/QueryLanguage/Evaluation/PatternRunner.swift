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
        let root = QueryPlanner(source: source, forms: forms).plan(query.condition)
        let bindings = PlanExecutor(source: source, isCancelled: isCancelled).run(root)
        let variables = query.projection.isEmpty ? query.condition.variables : query.projection
        let builder = EvidenceBuilder(source: source)

        // One row per distinct tuple of shown values, with its best score and all its support.
        // Bindings are grouped on their values first (ids hash cheaply), and each group's values
        // are shown once; groups that show the same text then merge.
        var groups: [[BoundValue?]: Int] = [:]
        var grouped: [(values: [BoundValue?], score: Double, support: [Support], count: Int)] = []
        for binding in bindings {
            let values = variables.map { binding.values[$0] }
            if let index = groups[values] {
                grouped[index].score = max(grouped[index].score, binding.score)
                grouped[index].support += binding.support
                grouped[index].count += 1
            } else {
                groups[values] = grouped.count
                grouped.append((values, binding.score, binding.support, 1))
            }
        }
        var rows: [[String]: (score: Double, support: [Support], count: Int)] = [:]
        var order: [[String]] = []
        for group in grouped {
            let key = group.values.map { $0.map(display) ?? "" }
            if var row = rows[key] {
                row.score = max(row.score, group.score)
                row.support += group.support
                row.count += group.count
                rows[key] = row
            } else {
                rows[key] = (group.score, group.support, group.count)
                order.append(key)
            }
        }
        if query.aggregate == .count {
            var table = AnswerTable(columns: ["count"])
            table.rows.append(AnswerRow(values: [String(order.count)]))
            return table
        }
        var keys = stableSorted(order) { rows[$0]!.score > rows[$1]!.score }
        for ordering in query.ordering.reversed() {
            let index = ordering.variable.flatMap { variables.firstIndex(of: $0) }
            keys = stableSorted(keys) { a, b in
                if let index {
                    return ordering.descending ? a[index] > b[index] : a[index] < b[index]
                }
                return ordering.descending ? rows[a]!.count > rows[b]!.count : rows[a]!.count < rows[b]!.count
            }
        }
        if let limit = query.limit { keys = Array(keys.prefix(limit)) }
        let showCount = query.ordering.contains { $0.variable == nil }
        var table = AnswerTable(columns: variables.map { "?\($0)" } + (showCount ? ["count"] : []))
        for key in keys {
            let row = rows[key]!
            // Evidence is built for the first three supports only; the rest are counted.
            var seen = Set<Support>()
            let distinct = row.support.filter { seen.insert($0).inserted }
            let evidence = distinct.prefix(3).compactMap { builder.evidence(for: $0) }
            table.rows.append(AnswerRow(
                values: key + (showCount ? [String(row.count)] : []), evidence: evidence,
                furtherEvidence: max(0, distinct.count - 3)))
        }
        if table.rows.isEmpty {
            table.note = QueryDiagnostics.nothingFound(part: "the pattern \(query.condition)", suggestions: [])
        }
        return table
    }

    private func display(_ value: BoundValue) -> String {
        switch value {
        case .entity(let id): return source.name(of: id)
        case .text(let text): return text
        }
    }

    private func stableSorted(_ keys: [[String]], by less: ([String], [String]) -> Bool) -> [[String]] {
        if keys.count < 2 { return keys }
        return keys.enumerated().sorted { a, b in
            if less(a.element, b.element) { return true }
            if less(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}
