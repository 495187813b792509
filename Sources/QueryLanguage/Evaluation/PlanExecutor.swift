import FactModel

/// Runs a plan against the fact source: lookups, joins in plan order, unions and negation.
struct PlanExecutor {
    let source: any FactSource
    let isCancelled: @Sendable () -> Bool
    /// Stops runaway joins; a result this large is not one a person reads.
    var bindingLimit = Self.defaultBindingLimit
    static let defaultBindingLimit = 100_000
    var negationMatters = true

    private var matcher: FactMatcher { FactMatcher(source: source) }

    /// The bindings a plan starts from: the empty one, in a list shared by every run (never
    /// changed: each step builds a new list).
    static let start: [Binding] = [.empty]

    /// Every binding the node gives, each with its score and support.
    func run(_ node: PlanNode, given bindings: [Binding] = Self.start) -> [Binding] {
        if isCancelled() { return [] }
        switch node {
        case .scan(let plan):
            return scan(plan, given: bindings)
        case .join(let steps, let without):
            var current = bindings
            for step in steps {
                current = run(step, given: current)
                if current.isEmpty { return [] }
            }
            for filter in without {
                current = current.filter { run(filter, given: [$0]).isEmpty }
            }
            return current
        case .union(let parts):
            return parts.flatMap { run($0, given: bindings) }
        }
    }

    /// One atom, joined with each incoming binding.
    private func scan(_ plan: AtomPlan, given bindings: [Binding]) -> [Binding] {
        var results: [Binding] = []
        // Group incoming bindings by what the lookup needs, so each distinct lookup runs once.
        var cache: [String: [FactID]] = [:]
        // Lookups are kept for the bindings that follow, if any (a join's bindings often repeat an entity).
        var exactLookups: ExactLookupMemo? = bindings.count > 1 ? ExactLookupMemo() : nil
        let exactScan = ExactScan(source: source, negationMatters: negationMatters)
        for binding in bindings {
            if isCancelled() || results.count > bindingLimit { break }
            if let exact = plan.exact, let found = exactScan.run(exact, plan: plan, given: binding, lookups: &exactLookups) {
                if results.isEmpty { results = found } else { results += found }  // the first adopts the buffer
                continue
            }
            let ids = candidates(plan, binding: binding, cache: &cache)
            for id in ids {
                results += matcher.match(id, plan: plan, given: binding, negationMatters: negationMatters)
            }
            if case .copula = plan.atom.relation {
                results += TitleMatcher(source: source).match(plan, given: binding)
            }
        }
        return results
    }

    /// The candidate facts for an atom under one binding, by the plan's access path.
    private func candidates(_ plan: AtomPlan, binding: Binding, cache: inout [String: [FactID]]) -> [FactID] {
        switch plan.access {
        case .relation(let keys):
            let cacheKey = "r"
            if let cached = cache[cacheKey] { return cached }
            let ids = union(keys.map { source.facts(matching: FactPattern(relation: $0)) })
            cache[cacheKey] = ids
            return ids
        case .entity(let entities, let keys):
            let cacheKey = "e"
            if let cached = cache[cacheKey] { return cached }
            let ids = entityLookup(entities, keys: keys)
            cache[cacheKey] = ids
            return ids
        case .boundVariable(let name, let keys):
            guard let value = binding.values[name] else {
                return fallbackLookup(plan, cache: &cache)
            }
            let cacheKey = "v\(value)"
            if let cached = cache[cacheKey] { return cached }
            let ids: [FactID]
            switch value {
            case .entity(let entity): ids = entityLookup([entity], keys: keys)
            case .text(let text):
                let head = wordsOf(text).last ?? text
                var lists: [[FactID]] = []
                for key in keys ?? [nil as String?].compactMap({ $0 }) {
                    lists.append(source.facts(matching: FactPattern(subject: .head(head), relation: key)))
                    lists.append(source.facts(matching: FactPattern(relation: key, object: .head(head))))
                }
                if keys == nil {
                    lists.append(source.facts(matching: FactPattern(subject: .head(head))))
                    lists.append(source.facts(matching: FactPattern(object: .head(head))))
                }
                ids = union(lists)
            }
            cache[cacheKey] = ids
            return ids
        case .exact(let patterns):
            if let cached = cache["x"] { return cached }
            let ids = union(patterns.map { source.facts(matching: $0) })
            cache["x"] = ids
            return ids
        case .everything:
            if let cached = cache["all"] { return cached }
            let ids = (0..<source.factCount).map { FactID($0) }
            cache["all"] = ids
            return ids
        }
    }

    private func fallbackLookup(_ plan: AtomPlan, cache: inout [String: [FactID]]) -> [FactID] {
        let keys = plan.relationKeys.map(\.key) + plan.inverseKeys.sorted()
        if keys.isEmpty { return (0..<source.factCount).map { FactID($0) } }
        return union(keys.map { source.facts(matching: FactPattern(relation: $0)) })
    }

    private func entityLookup(_ entities: [EntityID], keys: [String]?) -> [FactID] {
        var lists: [[FactID]] = []
        for entity in entities {
            if let keys {
                for key in keys {
                    lists.append(source.facts(matching: FactPattern(subject: .entity(entity), relation: key)))
                    lists.append(source.facts(matching: FactPattern(relation: key, object: .entity(entity))))
                    lists.append(source.facts(matching: FactPattern(relation: key, qualifier: .entity(entity))))
                }
            } else {
                lists.append(source.facts(about: entity))
            }
        }
        return union(lists)
    }

    /// Sorted, duplicate-free union of id lists.
    private func union(_ lists: [[FactID]]) -> [FactID] {
        let nonEmpty = lists.filter { !$0.isEmpty }
        if nonEmpty.count == 1 { return nonEmpty[0] }
        var all = Set<FactID>()
        for list in nonEmpty { all.formUnion(list) }
        return all.sorted()
    }
}
