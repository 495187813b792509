import FactModel

/// What a variable is bound to: an entity, or a phrase or value as written.
enum BoundValue: Hashable, Sendable {
    case entity(EntityID)
    case text(String)

    /// The entity bound, nil for text.
    var entity: EntityID? {
        if case .entity(let id) = self { return id }
        return nil
    }
}

/// Where an answer was read: a fact, or a sentence (the fallback), or an entity's title.
enum Support: Hashable, Sendable {
    case fact(FactID)
    case sentence(SentenceRef, Provenance?)
    case title(Provenance?)
}

/// One way the pattern matched: its variable bindings, how well it matched, and its support.
struct Binding: Sendable {
    var values: VariableValues
    var score: Double
    var support: SupportList
    /// How many parts the pattern names (a qualifier such as "in the collision") the facts did
    /// not state; such a match counts for less, and is dropped when complete matches exist.
    var missingParts = 0

    static let empty = Binding(values: [:], score: 1, support: [])
}

/// One candidate answer to a question before merging: the value, its display text and its support.
struct Candidate: Sendable {
    var value: BoundValue
    var text: String
    var score: Double
    var support: Support
    var fromSentence: Bool
    /// The value kind of a typed value answer (an age, a date), nil for entities and phrases.
    var valueKind: ValueKind? = nil
    /// Parts of the question its fact did not state (see `Binding.missingParts`).
    var missingParts = 0
}

/// Builds evidence (sentence text, file, line) from what supports an answer.
struct EvidenceBuilder {
    let source: any FactSource

    /// The evidence of a support, read from the source only when shown (see `Evidence`); nil for
    /// a document that is not loaded or a title without provenance.
    func evidence(for support: Support, fromSentence: Bool = false) -> Evidence? {
        switch support {
        case .fact(let id):
            return evidence(provenance: source.provenance(of: id), fromSentence: fromSentence)
        case .sentence(let ref, let provenance):
            if let provenance { return evidence(provenance: provenance, fromSentence: true) }
            guard source.isLoaded(ref.document) else { return nil }
            return Evidence(sentence: ref, source: source)
        case .title(let provenance):
            guard let provenance else { return nil }
            return evidence(provenance: provenance, fromSentence: fromSentence)
        }
    }

    func evidence(provenance: Provenance, fromSentence: Bool) -> Evidence? {
        guard source.isLoaded(provenance.document) else { return nil }
        return Evidence(provenance: provenance, source: source, fromSentence: fromSentence)
    }
}

/// Merges candidates into one row per answer (an entity across all its names, or a normalized
/// text), best first: ranked by the best candidate's score, then by how much supports it.
struct AnswerMerger {
    let source: any FactSource
    /// Evidence kept per row; the rest is counted in `AnswerRow.furtherEvidence`.
    var evidencePerRow = 3

    func merge(_ candidates: [Candidate], column: String, limit: Int? = nil) -> AnswerTable {
        var groups: [String: (best: Candidate, all: [Candidate], total: Double)] = [:]
        var order: [String] = []
        for candidate in candidates {
            let key: String
            switch candidate.value {
            case .entity(let id): key = "e\(id)"
            case .text(let text): key = "t" + folded(text).filter { $0.isLetter || $0.isNumber }
            }
            if var group = groups[key] {
                group.all.append(candidate)
                group.total += candidate.score
                if candidate.score > group.best.score { group.best = candidate }
                groups[key] = group
            } else {
                groups[key] = (candidate, [candidate], candidate.score)
                order.append(key)
            }
        }
        // A text answer contained in an entity answer's name ("Garcetti" in "Eric Garcetti") is the same answer.
        // Answers read from facts come before answers found only in sentence text.
        let ranked = order.compactMap { groups[$0] }.sorted { a, b in
            let aFact = a.all.contains { !$0.fromSentence }, bFact = b.all.contains { !$0.fromSentence }
            if aFact != bFact { return aFact }
            if a.best.score != b.best.score { return a.best.score > b.best.score }
            if a.total != b.total { return a.total > b.total }
            return a.best.text < b.best.text
        }
        let builder = EvidenceBuilder(source: source)
        var table = AnswerTable(columns: [column])
        var shownTexts: [String] = []
        let entityNames = ranked.compactMap { group -> [String]? in
            if case .entity = group.best.value { return wordsOf(group.best.text).map(folded) }
            return nil
        }
        for group in ranked {
            let text = group.best.text
            let key = folded(text)
            if shownTexts.contains(where: { $0 == key }) { continue }
            if case .text = group.best.value {
                // "Kelly" beside the entity answer "Bridget Anne Kelly": the same answer.
                let words = wordsOf(text).map(folded)
                if !words.isEmpty, entityNames.contains(where: { name in name.count > words.count && Array(name.suffix(words.count)) == words }) { continue }
            }
            shownTexts.append(key)
            var seen: Set<Support> = []
            var evidence: [Evidence] = []
            let supports = group.all.sorted { $0.score > $1.score }
            for candidate in supports where seen.insert(candidate.support).inserted {
                if let item = builder.evidence(for: candidate.support, fromSentence: candidate.fromSentence),
                   !evidence.contains(where: { $0.sentence == item.sentence && $0.line == item.line }) {
                    evidence.append(item)
                }
            }
            var row = AnswerRow(values: [text], evidence: Array(evidence.prefix(evidencePerRow)))
            row.furtherEvidence = max(0, evidence.count - evidencePerRow)
            table.rows.append(row)
            if let limit, table.rows.count >= limit { break }
        }
        return table
    }
}

extension MentionType {
    /// The value kind of a value mention, nil for an entity.
    var valueKind: ValueKind? {
        if case .value(let kind) = self { return kind }
        return nil
    }
}
