import FactModel

extension QuestionAnswerer {
    /// Relations by which a noun phrase states what it holds: "X's charges include A", "X's
    /// demand was a recount".
    static let holdingRelations: Set<String> = ["include", "be", "involve", "comprise"]

    /// "what is Rittenhouse charged with" against (Rittenhouse's charges; include; intentional
    /// homicide): the article states the question's verb as its noun ("charges", "demands"), owned
    /// by the question's subject, and says what that noun includes or is. Asked only when no fact
    /// states the verb itself. O(facts whose subject the noun heads).
    func nominalPredicates(_ atom: Atom) -> [Candidate] {
        guard case .verb(let verb, _, _) = atom.relation, case .phrase(let subject)? = atom.subject,
              atom.object?.variableName == Question.answerVariable
                || atom.qualifiers.contains(where: { $0.term.variableName == Question.answerVariable }) else { return [] }
        let owner = PhraseMatcher(phrase: subject, source: source, forms: forms)
        let lemma = forms.verbLemma(verb)
        var candidates: [Candidate] = []
        for noun in Set([lemma] + forms.lexicon.nouns(derivedFromVerb: lemma)) {
            for id in source.facts(matching: FactPattern(subject: .head(noun))) {
                let fact = source.fact(id)
                guard Self.holdingRelations.contains(fact.predicate.canonical), !fact.predicate.negated,
                      let object = fact.object, let ownerText = Self.owner(in: fact.subject.text),
                      owner.score(Argument(text: ownerText, head: wordsOf(ownerText).last ?? ownerText)) >= 0.6 else { continue }
                let score = 0.6 * (0.6 + 0.4 * Double(fact.confidence))
                if let entity = object.entity {
                    candidates.append(Candidate(value: .entity(entity), text: source.name(of: entity), score: score,
                                                support: .fact(id), fromSentence: false))
                } else {
                    candidates.append(Candidate(value: .text(object.text), text: object.text, score: score,
                                                support: .fact(id), fromSentence: false, valueKind: object.value?.kind))
                }
            }
        }
        return candidates
    }

    /// The words before the possessive mark of a phrase ("Rittenhouse" in "Rittenhouse's
    /// charges"), nil without one.
    static func owner(in phrase: String) -> String? {
        guard let mark = phrase.firstRange(of: "'s ") ?? phrase.firstRange(of: "’s ") else { return nil }
        let owner = String(phrase[..<mark.lowerBound])
        return owner.isEmpty ? nil : owner
    }
}
