import FactModel

/// The queries issued through the `FactSource` protocol, as the query evaluator reads the store:
/// names resolved to entities, pattern lookups, then the batch accessors that materialize the
/// answer (rows as strings and integers; distinct subjects and top relations deduplicated and
/// counted on the source's ids, only the answer's strings made).
struct APIVariant<Source: FactSource>: QueryVariant {
    let source: Source
    let name = "factsh-api: FactSource calls (resolve, facts(about:), facts(matching:), batch row accessors), no query text"

    /// The entity named exactly `name` (resolve ranks exact full names first).
    private func entity(_ name: String) -> EntityID? {
        source.resolve(name: name).first
    }

    func allFacts(about x: String) -> Int {
        guard let e = entity(x) else { return 0 }
        let rows = source.rows(of: source.facts(about: e))
        return rows.count
    }

    func subjects(relation r: String, object o: String) -> Int {
        guard let e = entity(o) else { return 0 }
        return source.distinctSubjectTexts(of: source.facts(matching: FactPattern(relation: r, object: .entity(e)))).count
    }

    func twoHop(r1: String, r2: String, z: String) -> Int {
        guard let e = entity(z) else { return 0 }
        var middles = source.facts(matching: FactPattern(relation: r2, object: .entity(e))).compactMap { source.subjectEntity(of: $0) }
        middles.sort()
        var facts = [FactID]()
        for (i, y) in middles.enumerated() where i == 0 || middles[i - 1] != y {
            facts.append(contentsOf: source.facts(matching: FactPattern(relation: r1, object: .entity(y))))
        }
        return source.distinctSubjectTexts(of: facts).count
    }

    func topRelations(subject s: String) -> Int {
        guard let e = entity(s) else { return 0 }
        let top = source.relationCounts(of: source.facts(matching: FactPattern(subject: .entity(e))), limit: 20)
        return top.reduce(0) { $0 + $1.count }
    }
}
