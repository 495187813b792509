import FactModel

/// "The floods forced more than 62,000 residents to leave their homes", "the eruption forced about
/// 9,400 people from their homes", "thousands fled their homes": news says who was evacuated
/// without the verb. Such a fact gives the derived passive fact (people; evacuate), in the words
/// of the sentence, so that "how many people were evacuated" finds them.
enum Evacuations {
    /// Verbs that move people out of their homes, with the homes as their object.
    static let leavingVerbs: Set<String> = ["leave", "flee", "abandon", "evacuate"]
    /// Verbs that move people, with their homes after "from" ("forced 9,400 people from their homes").
    static let drivingVerbs: Set<String> = ["force", "drive", "chase", "move"]
    /// What people are evacuated from.
    static let homeNouns: Set<String> = ["home", "house", "village", "town", "flat", "apartment"]

    /// The derived facts for one sentence's facts.
    static func derived(from facts: [Fact]) -> [Fact] {
        facts.compactMap { fact in
            // "evacuated 300 people" says it already; "residents evacuated their homes" does not.
            guard fact.kind == .event || fact.kind == .derived, !fact.predicate.negated,
                  fact.predicate.voice == .active, fact.predicate.lemma != "evacuate" || fact.object.map(isHome) == true else { return nil }
            let people: Argument
            var qualifiers = fact.qualifiers
            if leavingVerbs.contains(fact.predicate.lemma), let homes = fact.object, isHome(homes) {
                people = fact.subject
            } else if drivingVerbs.contains(fact.predicate.lemma), let moved = fact.object,
                      let from = qualifiers.firstIndex(where: { $0.marker.lowercased() == "from" && isHome($0.argument) }) {
                people = moved
                qualifiers.remove(at: from)
            } else {
                return nil
            }
            return fact.derived {
                $0.subject = people
                $0.predicate = Predicate(surface: fact.predicate.surface, lemma: "evacuate", canonical: "evacuate", voice: .passive, negated: false)
                $0.object = nil
                $0.qualifiers = qualifiers
            }
        }
    }

    /// Whether an argument is people's homes ("their homes", "the village").
    static func isHome(_ argument: Argument) -> Bool {
        argument.entity == nil && homeNouns.contains(argument.head.lowercased())
    }
}
