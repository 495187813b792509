import FactModel

/// "Mayor de Blasio, a member of the Democratic Party," says what he belongs to: a description
/// "a member of Y" (appositive or copula) gives the derived fact (X; be of; Y), the form "Yvette
/// Cooper of the Labour Party" takes, so that "which party is X a member of" and "which party
/// does X belong to" find it.
enum Memberships {
    /// The derived facts for one sentence's facts.
    static func derived(from facts: [Fact]) -> [Fact] {
        facts.compactMap { fact in
            guard fact.kind == .appositive || fact.kind == .copula, !fact.predicate.negated,
                  let object = fact.object, let group = memberOf(object.text) else { return nil }
            return fact.derived {
                $0.predicate = Predicate(surface: "be of", lemma: "be of", voice: .active, negated: false)
                $0.object = Argument(text: group, head: group, entity: object.entity)
            }
        }
    }

    /// "a member of the Democratic Party" -> "the Democratic Party"; nil for other descriptions.
    static func memberOf(_ text: String) -> String? {
        let words = text.split(separator: " ")
        var index = 0
        if index < words.count, ["a", "an", "the"].contains(words[index].lowercased()) { index += 1 }
        if index < words.count, ["longtime", "long-time", "senior", "founding", "former"].contains(words[index].lowercased()) { return nil }
        guard index + 2 < words.count, ["member", "members"].contains(words[index].lowercased()),
              words[index + 1].lowercased() == "of" else { return nil }
        return words[(index + 2)...].joined(separator: " ")
    }
}
