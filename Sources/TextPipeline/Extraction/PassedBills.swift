import FactModel

/// "This bill passed the Senate on Tuesday": a bill that passes a chamber was passed by it, as
/// "the Senate passed the bill" says. Such a fact gives the derived fact (chamber; pass; bill),
/// so that "which chamber passed the bill" and "did the Senate pass the bill" find the chamber,
/// written as the object.
enum PassedBills {
    /// Head nouns of what a legislature passes.
    static let measureNouns: Set<String> = [
        "bill", "law", "measure", "resolution", "amendment", "legislation", "motion", "budget", "act", "ordinance",
    ]

    /// Head nouns of the bodies that pass them.
    static let chamberNouns: Set<String> = [
        "senate", "house", "assembly", "parliament", "chamber", "legislature", "congress", "council", "committee",
        "commons", "lords", "bundestag", "duma", "knesset", "yuan",
    ]

    /// The derived facts for one sentence's facts.
    static func derived(from facts: [Fact]) -> [Fact] {
        facts.compactMap { fact in
            guard fact.kind == .event, fact.predicate.lemma == "pass", fact.predicate.voice == .active,
                  let chamber = fact.object, measureNouns.contains(lastWord(fact.subject.head)),
                  chamberNouns.contains(lastWord(chamber.head)) else { return nil }
            return fact.derived {
                $0.subject = chamber
                $0.object = fact.subject
            }
        }
    }

    /// The lower-case last word of a head ("the Senate" -> "senate").
    static func lastWord(_ head: String) -> String {
        head.split(separator: " ").last.map { $0.lowercased() } ?? ""
    }
}
