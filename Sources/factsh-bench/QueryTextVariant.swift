import FactModel
import QueryLanguage

/// The queries issued as query-language text, parsed, planned and evaluated on every call, as the
/// shell does; the check value is read from the answer rows.
struct QueryTextVariant: QueryVariant {
    let engine: QueryEngine
    let name = "factsh-query: query-language text parsed, planned and evaluated per call (QueryEngine.run)"

    init(source: any FactSource) {
        engine = QueryEngine(source: source, lexicon: PlainLexicon())
    }

    /// A quoted string literal of the query language.
    private func quote(_ s: String) -> String { "\"\(s)\"" }

    private func rows(_ text: String) -> Int {
        var count = 0
        for result in engine.run(text) {
            if case .success(let table) = result { count += table.rows.count }
        }
        return count
    }

    /// The plan `explain` prints for one instance (diagnosis).
    func explain(_ kind: String, _ p: [String: String]) -> String {
        let text: String
        switch kind {
        case "Q1": text = "describe \(quote(p["x"]!))"
        case "Q2": text = "distinct ?s where ?s \(quote(p["r"]!)) \(quote(p["o"]!))"
        case "Q3": text = "distinct ?x where ?x \(quote(p["r1"]!)) ?y and ?y \(quote(p["r2"]!)) \(quote(p["z"]!))"
        default: text = "relations of \(quote(p["s"]!))"
        }
        return engine.explain(text).map { (try? $0.get()) ?? "error" }.joined(separator: "\n")
    }

    /// `describe` lists every fact about the entity, one row each (and its titles, which the
    /// benchmark's facts do not have).
    func allFacts(about x: String) -> Int {
        rows("describe \(quote(x))")
    }

    func subjects(relation r: String, object o: String) -> Int {
        rows("distinct ?s where ?s \(quote(r)) \(quote(o))")
    }

    func twoHop(r1: String, r2: String, z: String) -> Int {
        rows("distinct ?x where ?x \(quote(r1)) ?y and ?y \(quote(r2)) \(quote(z))")
    }

    func topRelations(subject s: String) -> Int {
        var total = 0
        for result in engine.run("relations of \(quote(s))") {
            guard case .success(let table) = result else { continue }
            for row in table.rows.prefix(20) { total += row.values.last.flatMap { Int($0) } ?? 0 }
        }
        return total
    }
}

/// The benchmark's relations are already lemmatized phrases; words stand for themselves.
struct PlainLexicon: Lexicon {
    func lemma(of word: String, as wordClass: WordClass) -> String { word.lowercased() }
    func verbs(derivedFromNoun noun: String) -> [String] { [] }
    func nouns(derivedFromVerb verb: String) -> [String] { [] }
    func synonyms(ofVerb verb: String) -> [String] { [] }
}
