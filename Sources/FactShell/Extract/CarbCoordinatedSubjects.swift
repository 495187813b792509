/// The CaRB export writes a predicate shared by coordinated subjects once, with the coordination
/// as its first argument: "Lugo and Lozano were released in 1993" is exported as (Lugo and
/// Lozano; were released; in 1993), as CaRB gold writes it, not once per subject. The store keeps
/// one fact per subject (so "who was released" lists each); only the benchmark rows merge, since
/// the scorer pairs tuples one to one and a second row for one gold tuple only costs precision.
enum CarbCoordinatedSubjects {
    /// One exported row: its sentence, confidence, relation, arguments and optional extra column.
    struct Row {
        var sentenceIndex: Int32
        var sentence: String
        var confidence: Float
        var relation: String
        var arguments: [String]
        var extra: String?
    }

    /// `rows` with each group of rows that differ only in a first argument, whose first arguments
    /// the sentence coordinates with "and" ("A and B", "A , B and C", "A , B , and C"), merged
    /// into one row at the place of the group's first row; the merged row takes the most
    /// confident row's confidence and extra column. Other rows are unchanged, in order.
    static func merged(_ rows: [Row]) -> [Row] {
        var groups: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() where row.arguments.count >= 2 {
            let key = "\(row.sentenceIndex)\t\(row.relation)\t\(row.arguments.dropFirst().joined(separator: "\t"))"
            groups[key, default: []].append(index)
        }
        var replaced: [Int: Row] = [:]
        var dropped = Set<Int>()
        for members in groups.values where members.count >= 2 {
            let subjects = members.map { rows[$0].arguments[0] }
            guard Set(subjects).count == subjects.count,
                  let coordination = coordination(of: subjects, in: rows[members[0]].sentence) else { continue }
            let best = members.max { rows[$0].confidence < rows[$1].confidence }!
            var row = rows[best]
            row.arguments[0] = coordination
            replaced[members[0]] = row
            dropped.formUnion(members.dropFirst())
        }
        return rows.indices.compactMap { index in
            dropped.contains(index) ? nil : replaced[index] ?? rows[index]
        }
    }

    /// The sentence's coordination of `subjects` ("A and B", "A , B and C", "A , B , and C"), in
    /// the order the sentence writes them; nil when it coordinates them in none of these ways.
    static func coordination(of subjects: [String], in sentence: String) -> String? {
        let ordered = subjects.compactMap { subject in sentence.range(of: subject).map { (start: $0.lowerBound, text: subject) } }
        guard ordered.count == subjects.count else { return nil }
        let texts = ordered.sorted { $0.start < $1.start }.map(\.text)
        let head = texts.dropLast().joined(separator: " , ")
        let candidates = [head + " and " + texts.last!, head + " , and " + texts.last!]
        return candidates.first { sentence.contains($0) }
    }
}
