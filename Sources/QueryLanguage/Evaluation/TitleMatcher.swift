import FactModel

/// Matches copula patterns against the titles entities hold: `?who is mayor of ?city` binds
/// ?who to each mayor and ?city to what the title is of.
struct TitleMatcher {
    let source: any FactSource

    func match(_ plan: AtomPlan, given bound: Binding) -> [Binding] {
        guard let role = plan.object, !role.isVague else { return [] }
        // "the senator from Minnesota" is the senator of Minnesota.
        let ofSlot = plan.atom.qualifiers.firstIndex { ["of", "for", "to", "in", "from"].contains($0.marker) }
        // Which entities to look at: the subject's, a bound variable's, or every entity.
        var holders: [EntityID]
        if let subject = plan.subject {
            holders = subject.entities
        } else if let name = plan.atom.subject?.variableName, case .entity(let id)? = bound.values[name] {
            holders = [id]
        } else {
            holders = source.entities(ofType: nil)
        }
        var results: [Binding] = []
        for id in holders {
            let entity = source.entity(id)
            for title in entity.titles {
                let roleArgument = Argument(text: title.role, head: wordsOf(title.role).last ?? title.role)
                let roleScore = role.score(roleArgument)
                guard roleScore >= 0.6 else { continue }
                var values = bound.values
                var score = roleScore
                if let name = plan.atom.subject?.variableName, !name.isEmpty {
                    if let existing = values[name], existing != .entity(id) { continue }
                    values[name] = .entity(id)
                }
                if let ofSlot {
                    let term = plan.atom.qualifiers[ofSlot].term
                    guard let of = title.of else { continue }
                    let ofArgument = Argument(text: of, head: of, entity: source.resolve(name: of).first)
                    if let matcher = plan.qualifiers[ofSlot].matcher {
                        let value = matcher.score(ofArgument)
                        guard value >= 0.6 else { continue }
                        score *= value
                    } else if let name = term.variableName, !name.isEmpty {
                        let value = FactMatcher.value(of: ofArgument)
                        if let existing = values[name], existing != value { continue }
                        values[name] = value
                    }
                }
                if let modifier = title.modifier, QuestionAnswerer.formerWords.contains(where: { folded(modifier).contains($0) }) {
                    score *= 0.4
                }
                results.append(Binding(values: values, score: bound.score * score, support: bound.support.appending(.title(title.provenance))))
            }
        }
        return results
    }
}
