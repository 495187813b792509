import FactModel

/// Evaluates an `ExactAtom` under one binding: index lookups, then each fact's bindings read
/// from its record (entity ids, traits). A fact whose variable slot holds no entity, a modal fact or
/// a title goes to the `FactMatcher`, so both give the same bindings and scores.
struct ExactScan {
    let source: any FactSource
    let negationMatters: Bool

    /// The bindings of `exact` joined with `bound`, or nil when the atom cannot be read exactly
    /// under this binding. O(lookups + facts found). `lookups`, if given, keeps the facts found
    /// for each lookup key of an earlier binding: in a join, many bindings bind the same entity.
    func run(_ exact: ExactAtom, plan: AtomPlan, given bound: Binding, lookups knownLookups: inout ExactLookupMemo?) -> [Binding]? {
        var planned: [FactPattern]?
        if case .exact(let patterns) = plan.access { planned = patterns }
        return run(exact, negated: plan.atom.negated, planned: planned, fallback: plan, given: bound, lookups: &knownLookups)
    }

    /// The bindings of `exact` joined with `bound`, as above, for an atom written without `not`
    /// or with it (`negated`). `planned` are the lookups planned for it when nothing it depends on
    /// is bound. A fact the indexes cannot bind goes to the matcher with `fallback`; without
    /// one, the scan gives up on it and returns nil.
    func run(_ exact: ExactAtom, negated: Bool, planned: [FactPattern]?, fallback: AtomPlan?, given bound: Binding,
             lookups knownLookups: inout ExactLookupMemo?) -> [Binding]? {
        guard let key = exact.lookupKey(given: bound) else { return nil }
        let ids: [FactID]
        if let known = knownLookups?[key] {
            ids = known
        } else {
            // Nothing the lookups depend on is bound: the plan's own lookups are these.
            let lookups: ExactAtom.Lookups
            if let patterns = planned, key.subject == ExactAtom.LookupKey.unbound, key.object == ExactAtom.LookupKey.unbound {
                lookups = patterns.count == 1 ? .one(patterns[0]) : .several(patterns)
            } else {
                guard let found = exact.lookups(given: bound) else { return nil }
                lookups = found
            }
            switch lookups {
            case .one(let pattern):
                ids = source.facts(matching: pattern)  // the common case: one lookup, no merging
            case .several(let patterns):
                let lists = patterns.map { source.facts(matching: $0) }.filter { !$0.isEmpty }
                ids = lists.count == 1 ? lists[0] : Array(Set(lists.joined())).sorted()
            }
            knownLookups?.keep(ids, for: key)
        }
        if ids.isEmpty { return [] }
        var results: [Binding] = []
        results.reserveCapacity(ids.count)
        for id in ids {
            let traits = source.traits(of: id)
            if negationMatters, traits.negated != negated { continue }
            // A variable bound to an argument without an entity takes its typed value or text,
            // which the matcher reads; so do modal facts and titles (their scores and objects differ).
            let subjectEntity = exact.subject.variableName == nil ? nil : source.subjectEntity(of: id)
            let objectEntity = exact.object.variableName == nil ? nil : source.objectEntity(of: id)
            if traits.hasModality || traits.kind == .title
                || (exact.subject.variableName != nil && subjectEntity == nil)
                || (exact.object.variableName != nil && objectEntity == nil) {
                guard let fallback else { return nil }
                results += FactMatcher(source: source).match(id, plan: fallback, given: bound, negationMatters: negationMatters)
                continue
            }
            var values = bound.values
            if let name = exact.relationVariable { values[name] = .text(source.relation(of: id)) }
            if let name = exact.subject.variableName, let subjectEntity { values[name] = .entity(subjectEntity) }
            if let name = exact.object.variableName, let objectEntity { values[name] = .entity(objectEntity) }
            let confidenceFactor = 0.6 + 0.4 * Double(traits.confidence)
            let attributionFactor = traits.attributed ? 0.85 : 1.0
            results.append(Binding(
                values: values, score: bound.score * confidenceFactor * attributionFactor, support: bound.support.appending(.fact(id)),
                missingParts: bound.missingParts))
        }
        return results
    }
}
