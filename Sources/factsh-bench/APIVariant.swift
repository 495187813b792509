import FactModel

/// The queries issued through the `FactSource` protocol, as the query evaluator reads the store:
/// names resolved to entities, pattern lookups, facts materialized as `Fact` values.
struct APIVariant: QueryVariant {
    let source: any FactSource
    let name = "factsh-api: FactSource calls (resolve, facts(about:), facts(matching:), row parts), no query text"

    /// The entity named exactly `name` (resolve ranks exact full names first).
    private func entity(_ name: String) -> EntityID? {
        source.resolve(name: name).first
    }

    func allFacts(about x: String) -> Int {
        guard let e = entity(x) else { return 0 }
        var rows = [(String, String, String, Int, Int)]()
        for id in source.facts(about: e) {
            let provenance = source.provenance(of: id)
            rows.append((source.subjectText(of: id), source.relation(of: id), source.objectText(of: id) ?? "",
                         Int(provenance.document), Int(provenance.sentence)))
        }
        return rows.count
    }

    func subjects(relation r: String, object o: String) -> Int {
        guard let e = entity(o) else { return 0 }
        var subjects = Set<String>()
        for id in source.facts(matching: FactPattern(relation: r, object: .entity(e))) {
            subjects.insert(source.subjectText(of: id))
        }
        return subjects.count
    }

    func twoHop(r1: String, r2: String, z: String) -> Int {
        guard let e = entity(z) else { return 0 }
        var middles = Set<EntityID>()
        for id in source.facts(matching: FactPattern(relation: r2, object: .entity(e))) {
            if let y = source.subjectEntity(of: id) { middles.insert(y) }
        }
        var xs = Set<String>()
        for y in middles {
            for id in source.facts(matching: FactPattern(relation: r1, object: .entity(y))) {
                xs.insert(source.subjectText(of: id))
            }
        }
        return xs.count
    }

    func topRelations(subject s: String) -> Int {
        guard let e = entity(s) else { return 0 }
        var counts = [String: Int]()
        for id in source.facts(matching: FactPattern(subject: .entity(e))) {
            counts[source.relation(of: id), default: 0] += 1
        }
        let top = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(20)
        return top.reduce(0) { $0 + $1.value }
    }
}
