import FactModel

extension QuestionAnswerer {
    /// The thing "what happened to X" names, when the question is that: a clause of "happen" (or
    /// "occur") whose subject is asked and whose only qualifier is "to X".
    func happenedTo(_ atom: Atom) -> Phrase? {
        guard case .verb(let verb, _, _) = atom.relation, ["happen", "occur"].contains(forms.verbLemma(verb)),
              atom.subject?.variableName == Question.answerVariable, atom.object == nil, atom.qualifiers.count == 1,
              atom.qualifiers[0].marker == "to", case .phrase(let phrase) = atom.qualifiers[0].term else { return nil }
        return phrase
    }

    /// "what happened to Johnson": what was done to X, as the facts state it (X the object of an
    /// active verb or the subject of a passive one: "Theresa May appointed him Foreign
    /// Secretary", "Johnson was elected leader"); copulas, titles and possessions are not events.
    /// O(facts about X's entities).
    func eventsUndergone(by phrase: Phrase) -> [Candidate] {
        let matcher = PhraseMatcher(phrase: phrase, source: source, forms: forms)
        var candidates: [Candidate] = []
        for entity in matcher.entities.prefix(3) {
            for id in source.facts(about: entity) {
                let fact = source.fact(id)
                guard fact.kind == .event, !fact.predicate.negated, fact.predicate.modality == nil else { continue }
                let undergoes = fact.predicate.voice == .passive ? fact.subject.entity == entity : fact.object?.entity == entity
                guard undergoes else { continue }
                var words = [fact.subject.text, fact.predicate.surface]
                if let object = fact.object { words.append(object.text) }
                words += fact.qualifiers.filter { !$0.marker.isEmpty }.map { "\($0.marker) \($0.argument.text)" }
                let text = words.filter { !$0.isEmpty }.joined(separator: " ")
                candidates.append(Candidate(value: .text(text), text: text, score: 0.6 + 0.4 * Double(fact.confidence),
                                            support: .fact(id), fromSentence: false))
            }
        }
        return candidates
    }
}
