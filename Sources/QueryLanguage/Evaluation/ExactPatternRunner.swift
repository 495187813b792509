import FactModel

/// Finds the bindings of a pattern whose every atom is exact as written (`ExactAtom`: variables
/// and quoted names around a quoted relation, no qualifiers, no passive), straight from its atoms:
/// names resolved once, atoms ordered by the planner's rule (`QueryPlanner.orderJoin`, the same
/// estimates), facts read by index lookups (`ExactScan`). The bindings, their order and their
/// scores are those the general plan gives; what it saves is the plan: the phrase matchers,
/// relation expansions and plan nodes the general planner makes for every atom.
///
/// Nil when the pattern needs the general plan: an `or` or `not`, an atom that is not exact, a
/// quoted name the phrase matcher would resolve another way, or a fact only the matcher can read
/// (a modal fact, a title, an argument without an entity).
struct ExactPatternRunner {
    let source: any FactSource
    let isCancelled: @Sendable () -> Bool
    var bindingLimit = PlanExecutor.defaultBindingLimit

    /// One atom in its exact form, and whether it was written negated.
    private struct Step {
        var exact: ExactAtom
        var negated: Bool

        /// True when one of the atom's variables is among `bound`.
        func binds(_ bound: [String]) -> Bool {
            exact.subject.isBound(in: bound) || exact.object.isBound(in: bound)
                || exact.relationVariable.map { bound.contains($0) } ?? false
        }

        /// Appends the atom's variables that `seen` lacks, in `Atom.addVariables`'s order.
        func addVariables(to seen: inout [String]) {
            func add(_ name: String?) { if let name, !seen.contains(name) { seen.append(name) } }
            add(exact.subject.variableName)
            add(exact.relationVariable)
            add(exact.object.variableName)
        }
    }

    /// The bindings of `condition`, or nil when it needs the general plan. O(lookups + facts found).
    func bindings(of condition: Condition) -> [Binding]? {
        switch condition {
        case .atom(let atom):
            guard let step = step(atom) else { return nil }
            return isCancelled() ? [] : scan(step, given: PlanExecutor.start)
        case .and(let parts):
            var steps: [Step] = []
            steps.reserveCapacity(parts.count)
            for part in parts {
                guard case .atom(let atom) = part, let step = step(atom) else { return nil }
                steps.append(step)
            }
            // The join order places indices: a step (names, keys) is not copied round by round.
            var remaining = Array(steps.indices)
            var order: [Int] = []
            order.reserveCapacity(steps.count)
            var bound: [String] = []
            bound.reserveCapacity(4)
            var estimates = EstimateMemo()
            QueryPlanner.orderJoin(&remaining, bound: &bound, binds: { steps[$0].binds($1) },
                                   addVariables: { steps[$0].addVariables(to: &$1) }) { index, bound, compared in
                (index, estimate(steps[index].exact, bound: bound, compared: compared, estimates: &estimates))
            } placed: { order.append($0) }
            if isCancelled() { return [] }
            var current = PlanExecutor.start
            for index in order {
                if isCancelled() { return [] }
                guard let next = scan(steps[index], given: current) else { return nil }
                if next.isEmpty { return [] }
                current = next
            }
            return current
        default:
            return nil
        }
    }

    private func step(_ atom: Atom) -> Step? {
        ExactAtom(written: atom, source: source).map { Step(exact: $0, negated: atom.negated) }
    }

    /// The estimate `QueryPlanner.plan` gives the atom's plan in a run (not `explain`): an exact
    /// lookup when none of its variables is bound (estimated only when another atom competes),
    /// else the cheapest access. Its quoted names are its only phrases.
    private func estimate(_ exact: ExactAtom, bound: [String], compared: Bool, estimates: inout EstimateMemo) -> Int {
        if !exact.subject.isBound(in: bound), !exact.object.isBound(in: bound), let patterns = exact.patterns(given: .empty) {
            return compared ? patterns.reduce(0) { $0 + estimates.count(of: $1, in: source) } : 0
        }
        var entities: [EntityID] = []
        var boundVariables: [String] = []
        func consider(_ slot: ExactAtom.Slot) {
            switch slot {
            case .entities(let pair):
                entities.append(pair.first)
                if let second = pair.second { entities.append(second) }
            case .variable(let name) where bound.contains(name): boundVariables.append(name)
            case .variable, .open: break
            }
        }
        consider(exact.subject)
        consider(exact.object)
        let relationFilter = exact.relation.flatMap { QueryPlanner.relationFilter(keys: [$0]) }
        return QueryPlanner.cheapestAccess(relationFilter: relationFilter, entities: entities, boundVariables: boundVariables,
                                           estimates: &estimates, source: source)?.estimate ?? source.factCount
    }

    /// One atom joined with each incoming binding, as `PlanExecutor` scans an exact atom; nil
    /// when a fact needs the matcher.
    private func scan(_ step: Step, given bindings: [Binding]) -> [Binding]? {
        var results: [Binding] = []
        var lookups: ExactLookupMemo? = bindings.count > 1 ? ExactLookupMemo() : nil
        let exactScan = ExactScan(source: source, negationMatters: true)
        for binding in bindings {
            if isCancelled() || results.count > bindingLimit { break }
            guard let found = exactScan.run(step.exact, negated: step.negated, planned: nil, fallback: nil, given: binding, lookups: &lookups)
            else { return nil }
            if results.isEmpty { results = found } else { results += found }
        }
        return results
    }
}
