import FactModel

/// "The contract was awarded to Saaristo Lines", "the jury awarded the prize to Priya Raman",
/// "Raman was awarded the prize": the one it went to won it. Such a fact gives the derived fact
/// (recipient; win; what was awarded), in the words of the sentence, so that "which company won
/// the contract" and "who won the prize" find the recipient, who is written after "to" and not
/// as a subject or object. What was given, sent or paid to someone was received by them:
/// "steered 14 contracts to three companies" gives (the companies; receive; 14 contracts).
enum Recipients {
    /// Verbs that give a prize, contract or title to someone: the recipient won it.
    static let awardingVerbs: Set<String> = ["award", "present", "grant"]

    /// Verbs that hand something over to someone: the recipient received it.
    static let givingVerbs: Set<String> = [
        "give", "hand", "send", "steer", "pay", "transfer", "donate", "lend", "allocate", "assign", "deliver",
        "channel", "funnel", "route", "forward", "return",
    ]

    /// The derived facts for one sentence's facts.
    static func derived(from facts: [Fact]) -> [Fact] {
        facts.compactMap { fact in
            guard fact.kind == .event || fact.kind == .derived, !fact.predicate.negated, fact.predicate.modality == nil,
                  let verb = awardingVerbs.contains(fact.predicate.lemma) ? "win" : givingVerbs.contains(fact.predicate.lemma) ? "receive" : nil
            else { return nil }
            // The passive's patient is its subject unless an agent ("by") took that place.
            let agentless = fact.predicate.isAgentlessPassive
            let recipient: Argument, awarded: Argument
            if let to = fact.qualifiers.first(where: { $0.marker.lowercased() == "to" })?.argument {
                guard let thing = agentless ? fact.subject : fact.object else { return nil }
                (recipient, awarded) = (to, thing)
            } else if agentless, fact.predicate.surface.lowercased().hasSuffix(" to"), let to = fact.object {
                // "was awarded to Saaristo Lines", the preposition read into the relation.
                (recipient, awarded) = (to, fact.subject)
            } else if agentless, let thing = fact.object,
                      fact.predicate.surface.lowercased().split(separator: " ").last?.hasPrefix(fact.predicate.lemma) == true {
                // "Raman was awarded the prize": the passive's subject received its object (not
                // "sums awarded for a book", whose object is the preposition's).
                (recipient, awarded) = (fact.subject, thing)
            } else {
                return nil
            }
            return fact.derived {
                $0.subject = recipient
                $0.predicate = Predicate(surface: verb == "win" ? "won" : "received", lemma: verb, canonical: verb, voice: .active, negated: false)
                $0.object = awarded
                $0.qualifiers = fact.qualifiers.filter { $0.marker.lowercased() != "to" }
            }
        }
    }
}
