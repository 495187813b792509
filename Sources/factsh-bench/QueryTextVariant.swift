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

    /// The query text of each kind: what a person would type, each parameter in quotes.
    static func text(_ kind: String, _ p: [String: String]) -> String {
        switch kind {
        case "Q1": return describeText(p["x"]!)
        case "Q2": return subjectsText(p["r"]!, p["o"]!)
        case "Q3": return twoHopText(p["r1"]!, p["r2"]!, p["z"]!)
        default: return relationsText(p["s"]!)
        }
    }

    static func describeText(_ x: String) -> String { text([("describe ", false), (x, true)]) }

    static func subjectsText(_ r: String, _ o: String) -> String {
        text([("distinct ?s where ?s ", false), (r, true), (" ", false), (o, true)])
    }

    static func twoHopText(_ r1: String, _ r2: String, _ z: String) -> String {
        text([("distinct ?x where ?x ", false), (r1, true), (" ?y and ?y ", false), (r2, true), (" ", false), (z, true)])
    }

    static func relationsText(_ s: String) -> String { text([("relations of ", false), (s, true)]) }

    /// The pieces joined, the quoted ones in double quotes: their bytes copied into one buffer
    /// (interpolation and `+=` grow the string piece by piece, which costs more than lexing it).
    private static func text(_ pieces: [(String, quoted: Bool)]) -> String {
        var count = 0
        for (piece, quoted) in pieces { count += piece.utf8.count + (quoted ? 2 : 0) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for (piece, quoted) in pieces {
                if quoted { buffer[at] = UInt8(ascii: "\""); at += 1 }
                var piece = piece
                piece.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[at...]).initialize(fromContentsOf: bytes)
                    at += bytes.count
                }
                if quoted { buffer[at] = UInt8(ascii: "\""); at += 1 }
            }
            return at
        }
    }

    private func rows(_ text: String) -> Int {
        var count = 0
        for result in engine.run(text) {
            if case .success(let table) = result { count += table.rows.count }
        }
        return count
    }

    /// The plan `explain` prints for one instance (diagnosis).
    func explain(_ kind: String, _ p: [String: String]) -> String {
        engine.explain(Self.text(kind, p)).map { (try? $0.get()) ?? "error" }.joined(separator: "\n")
    }

    /// `describe` lists every fact about the entity, one row each (and its titles, which the
    /// benchmark's facts do not have).
    func allFacts(about x: String) -> Int {
        rows(Self.describeText(x))
    }

    func subjects(relation r: String, object o: String) -> Int {
        rows(Self.subjectsText(r, o))
    }

    func twoHop(r1: String, r2: String, z: String) -> Int {
        rows(Self.twoHopText(r1, r2, z))
    }

    func topRelations(subject s: String) -> Int {
        var total = 0
        for result in engine.run(Self.relationsText(s)) {
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
