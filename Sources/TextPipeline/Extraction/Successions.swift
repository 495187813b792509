import FactModel

/// "Nakagawa took over at Kaiyo in 2024 from Kenji Oda": taking over from someone is replacing
/// them. Such a fact gives the derived fact (Nakagawa; replace; Kenji Oda), with the fact's other
/// qualifiers, so that "who led Kaiyo before Nakagawa" and "who replaced Oda" find it as they find
/// "Nakagawa replaced Oda".
enum Successions {
    /// Relations whose "from" names the one replaced.
    static let takingOverLemmas: Set<String> = ["take over", "take charge", "take the helm", "take the reins"]

    /// The derived facts for one sentence's facts; `isPerson` tells an entity's type.
    static func derived(from facts: [Fact], isPerson: (EntityID) -> Bool) -> [Fact] {
        facts.compactMap { fact in
            guard fact.kind == .event, !fact.predicate.negated, fact.predicate.voice == .active,
                  takingOverLemmas.contains(where: { fact.predicate.lemma == $0 || fact.predicate.lemma.hasPrefix($0 + " ") }),
                  let from = fact.qualifiers.first(where: { $0.marker == "from" }),
                  let earlier = from.argument.entity, isPerson(earlier), earlier != fact.subject.entity else { return nil }
            return fact.derived {
                $0.predicate = Predicate(surface: "replaced", lemma: "replace", voice: .active, negated: false)
                $0.object = from.argument
                $0.qualifiers = fact.qualifiers.filter { $0 != from }
            }
        }
    }
}
