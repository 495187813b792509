import FactModel

/// Sentences that tell what happened to the one a question names without saying who did it.
extension SentenceFallback {
    /// "who killed X" over "He was being met by X, who was also killed in the airstrike": the
    /// sentence says X underwent the asked act (a passive fact of the asked verb with X as its
    /// subject) and names no doer ("by" nowhere after the verb), so its other names are not the
    /// answer. O(facts about the asked entities).
    func leavesTheDoerUnnamed(_ ref: SentenceRef, asked: Set<EntityID>, verbForms: Set<String>) -> Bool {
        for entity in asked {
            for id in source.facts(about: entity) {
                let fact = source.fact(id)
                guard fact.provenance.document == ref.document, fact.provenance.sentence == ref.sentence,
                      fact.predicate.voice == .passive, fact.subject.entity == entity,
                      verbForms.contains(fact.predicate.lemma) || verbForms.contains(fact.predicate.canonical)
                else { continue }
                let namesAnAgent = fact.predicate.surface.lowercased().hasSuffix(" by")
                    || fact.qualifiers.contains { $0.marker.lowercased() == "by" }
                if !namesAnAgent { return true }
            }
        }
        return false
    }
}
