import FactModel

/// "who was energy minister before Icaza": the one a named holder replaced ("when he replaced
/// Fernando Arteaga"); "who was minister after Icaza": the one who replaced them. News tells a
/// succession with replace, succeed or take over, seldom as "X was minister before Y".
extension QuestionAnswerer {
    /// The clause asking who `phrase` ("energy minister before Icaza") names: (holder; replace;
    /// ?answer) for "before", (?answer; replace; holder) for "after"; nil when the phrase is no
    /// role followed by "before" or "after" and a name.
    func successionClause(_ phrase: Phrase) -> Atom? {
        guard let index = phrase.words.firstIndex(where: { ["before", "after"].contains($0.lowercased()) }),
              index > 0, index + 1 < phrase.words.count,
              phrase.words[(index + 1)...].contains(where: { $0.first?.isUppercase == true }) else { return nil }
        let holder = Phrase(words: Array(phrase.words[(index + 1)...]), range: phrase.range)
        guard !PhraseMatcher(phrase: holder, source: source, forms: forms).entities.isEmpty else { return nil }
        let answer = Term.variable(Question.answerVariable, phrase.range)
        let relation = RelationTerm.verb("replace", particles: [], range: phrase.range)
        let before = phrase.words[index].lowercased() == "before"
        return Atom(subject: before ? .phrase(holder) : answer, relation: relation, object: before ? answer : .phrase(holder),
                    qualifiers: [], passive: false, negated: false, range: phrase.range)
    }
}
