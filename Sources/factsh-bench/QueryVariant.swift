/// One way of issuing the four workload queries; each returns the contract's `check` value
/// after materializing the full result as strings and integers.
protocol QueryVariant {
    /// The name reported as `variant`.
    var name: String { get }
    /// Q1: every fact (s, r, o, doc, sentence) about entity x.
    func allFacts(about x: String) -> Int
    /// Q2: distinct subjects s with (s, r, o).
    func subjects(relation r: String, object o: String) -> Int
    /// Q3: distinct x with (x, r1, y) and (y, r2, z) for some y.
    func twoHop(r1: String, r2: String, z: String) -> Int
    /// Q4: the top 20 (relation, count) of subject s; the sum of the counts.
    func topRelations(subject s: String) -> Int
}

extension QueryVariant {
    /// Runs one instance of a kind.
    @inline(__always)
    func run(_ kind: String, _ p: [String: String]) -> Int {
        switch kind {
        case "Q1": return allFacts(about: p["x"]!)
        case "Q2": return subjects(relation: p["r"]!, object: p["o"]!)
        case "Q3": return twoHop(r1: p["r1"]!, r2: p["r2"]!, z: p["z"]!)
        default: return topRelations(subject: p["s"]!)
        }
    }
}
