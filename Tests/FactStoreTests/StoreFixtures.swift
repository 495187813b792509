import FactModel
@testable import FactStore

/// Hand-built extracted documents about a small invented city council, for store tests.
enum StoreFixtures {
    /// Builds a document from sentences; offsets are computed from the text.
    static func document(_ path: String, _ sentences: [String]) -> Document {
        var text = ""
        var ranges = [Range<Int>]()
        for sentence in sentences {
            let start = text.utf8.count
            text += sentence
            ranges.append(start..<text.utf8.count)
            text += "\n"
        }
        return Document(id: 0, path: path, title: sentences.first ?? "", text: text, date: "2019-02-01", sentences: ranges)
    }

    static func name(_ text: String, _ entity: EntityID) -> Argument { Argument(text: text, head: text, entity: entity) }
    static func phrase(_ text: String, head: String) -> Argument { Argument(text: text, head: head) }

    static func fact(
        _ subject: Argument, _ verb: String, _ object: Argument?, sentence: Int32, document: Document,
        qualifiers: [Qualifier] = [], canonical: String? = nil, kind: FactKind = .event, attribution: Attribution? = nil,
        confidence: Float = 0.75
    ) -> Fact {
        let range = document.sentences[Int(sentence)]
        return Fact(
            subject: subject, predicate: Predicate(surface: verb, lemma: verb, canonical: canonical), object: object,
            qualifiers: qualifiers, kind: kind, attribution: attribution, confidence: confidence,
            provenance: Provenance(document: 0, sentence: sentence, start: Int32(range.lowerBound), end: Int32(range.upperBound)))
    }

    /// "Mayor Ana Ortiz met with Police Chief Tom Reyes at City Hall on Monday. Ortiz said the
    /// budget would rise by $4.1 million. The council did not approve the plan."
    static var council: ExtractedDocument {
        let doc = document("news/council.txt", [
            "Mayor Ana Ortiz met with Police Chief Tom Reyes at City Hall on Monday.",
            "Ortiz said the budget would rise by $4.1 million.",
            "The council did not approve the plan.",
        ])
        let money = TypedValue(kind: .money, text: "$4.1 million", normalized: "4100000 USD", amount: 4_100_000)
        let entities = [
            Entity(id: 0, name: "Ana Ortiz", type: .person, aliases: ["Ortiz"],
                   titles: [Title(role: "Mayor", of: "Springfield", provenance: Provenance(document: 0, sentence: 0, start: 0, end: 15))],
                   mentions: [Provenance(document: 0, sentence: 0, start: 6, end: 15), Provenance(document: 0, sentence: 1, start: 72, end: 77)]),
            Entity(id: 1, name: "Tom Reyes", type: .person, titles: [Title(role: "Police Chief")],
                   mentions: [Provenance(document: 0, sentence: 0, start: 38, end: 47)]),
            Entity(id: 2, name: "City Hall", type: .place, mentions: [Provenance(document: 0, sentence: 0, start: 51, end: 60)]),
            Entity(id: 3, name: "city council", type: .group),
        ]
        let facts = [
            fact(name("Ana Ortiz", 0), "meet with", name("Tom Reyes", 1), sentence: 0, document: doc,
                 qualifiers: [Qualifier(marker: "at", argument: name("City Hall", 2)),
                              Qualifier(marker: "time", argument: phrase("Monday", head: "Monday"))], canonical: "meet"),
            fact(phrase("the budget", head: "budget"), "rise", Argument(text: "by $4.1 million", head: "million", value: money),
                 sentence: 1, document: doc, kind: .event,
                 attribution: Attribution(speaker: name("Ortiz", 0), verb: "say")),
            fact(name("Ortiz", 0), "say", phrase("the budget would rise by $4.1 million", head: "rise"), sentence: 1, document: doc,
                 kind: .attribution, confidence: 0.9),
            fact(Argument(text: "The council", head: "council", entity: 3), "approve", phrase("the plan", head: "plan"), sentence: 2,
                 document: doc, confidence: 0.6),
        ]
        var negated = facts
        negated[3].predicate.negated = true
        let mentions = [
            Mention(text: "Ana Ortiz", type: .entity(.person), entity: 0, provenance: Provenance(document: 0, sentence: 0, start: 6, end: 15)),
            Mention(text: "$4.1 million", type: .value(.money), value: money, provenance: Provenance(document: 0, sentence: 1, start: 86, end: 98)),
            Mention(text: "Tom Reyes", type: .entity(.person), entity: 1, provenance: Provenance(document: 0, sentence: 0, start: 38, end: 47)),
        ]
        return ExtractedDocument(
            document: doc, entities: entities, mentions: mentions, facts: negated,
            sentenceLemmas: [["mayor", "Ana", "Ortiz", "meet", "police", "chief"], ["Ortiz", "say", "budget", "rise"], ["council", "approve", "plan"]])
    }

    /// "Police Chief Tom Reyes attended the closed-door meeting. Reyes thanked the council."
    static var police: ExtractedDocument {
        let doc = document("news/police.txt", [
            "Police Chief Tom Reyes attended the closed-door meeting.",
            "Reyes thanked the council.",
        ])
        let entities = [
            Entity(id: 0, name: "Tom Reyes", type: .person, aliases: ["Reyes"], titles: [Title(role: "Police Chief")],
                   mentions: [Provenance(document: 0, sentence: 0, start: 13, end: 22)]),
            Entity(id: 1, name: "city council", type: .group),
        ]
        let facts = [
            fact(name("Tom Reyes", 0), "attend", phrase("the closed-door meeting", head: "meeting"), sentence: 0, document: doc),
            fact(name("Reyes", 0), "thank", Argument(text: "the council", head: "council", entity: 1), sentence: 1, document: doc),
        ]
        return ExtractedDocument(document: doc, entities: entities, facts: facts, sentenceLemmas: [["police", "attend", "meeting"], ["thank", "council"]])
    }

    /// A store holding `council` then `police`, invariants checked.
    static func store() -> FactStore {
        let store = FactStore()
        store.add(council)
        store.add(police)
        store.checkInvariants()
        return store
    }
}

/// A small deterministic random number generator (SplitMix64) for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension FactStore {
    /// Checks `estimatedCount(of:)`'s contract against the true result `matching`: never more
    /// than any one slot of the pattern alone finds, at least 1 when something matches, and 0
    /// only when nothing does. Returns the broken clause, or nil.
    func estimateContractViolation(_ pattern: FactPattern, matching: [FactID]) -> String? {
        let estimate = estimatedCount(of: pattern)
        var slots: [FactPattern] = []
        if let relation = pattern.relation { slots.append(FactPattern(relation: relation)) }
        if pattern.subject != .any { slots.append(FactPattern(subject: pattern.subject)) }
        if pattern.object != .any { slots.append(FactPattern(object: pattern.object)) }
        if pattern.qualifier != .any { slots.append(FactPattern(qualifier: pattern.qualifier)) }
        if let bound = slots.map({ estimatedCount(of: $0) }).min(), estimate > bound { return "\(estimate) exceeds a slot's \(bound)" }
        if !matching.isEmpty && estimate == 0 { return "0 for \(matching.count) matches" }
        return nil
    }
}
