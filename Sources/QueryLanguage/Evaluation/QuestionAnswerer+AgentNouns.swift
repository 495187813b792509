import FactModel

extension QuestionAnswerer {
    /// "who is Kolesnik's coach" with "Kolesnik has been coached since 2023 by Jorge Ibarra", "who
    /// is the leader of the Moderates": a one-word role named after what its holder does to its
    /// owner asks who does that (who coached Kolesnik), when no one holds the role as a title or
    /// description. The clause question for that, or nil when the noun names no doing (WordNet's
    /// noun-to-verb derivations: coach -> coach, insurer -> insure, leader -> lead).
    func agentNounClause(_ phrase: Phrase) -> Atom? {
        let parts = Self.titleParts(phrase)
        // "the Minister for Ecological Transition": a capitalised role is a title, which only its
        // holders answer; the owner is the possessor or follows "of".
        guard parts.role.count == 1, let written = parts.role.first, written.first?.isLowercase == true, !parts.owner.isEmpty,
              parts.possessive || phrase.words.first(where: { EnglishWords.prepositions.contains($0.lowercased()) })?.lowercased() == "of",
              let verb = agentVerb(of: written.lowercased()) else { return nil }
        let owner = Phrase(words: Array(parts.owner), range: phrase.range)
        return Atom(subject: .variable(Question.answerVariable, phrase.range), relation: .verb(verb, particles: [], range: phrase.range),
                    object: .phrase(owner), qualifiers: [], passive: false, negated: false, range: phrase.range)
    }

    /// The verb an agent noun names the doer of: the noun itself ("coach", "host") or the verb it
    /// is made from with "-er", "-or" or "-ant" ("insurer", "successor", "attendant").
    func agentVerb(of noun: String) -> String? {
        let verbs = forms.lexicon.verbs(derivedFromNoun: noun)
        if verbs.contains(noun) { return noun }
        guard ["er", "or", "ant", "ent"].contains(where: { noun.hasSuffix($0) }) else { return nil }
        return verbs.first { noun.hasPrefix(String($0.prefix(max(3, $0.count - 2)))) }
    }
}

extension QuestionAnswerer {
    /// "who leads the Moderates" with "Its leader, Stefano Rinaldi": when no fact says who does it,
    /// the holder of the role named after the doing ("the leader of the Moderates"). Empty when
    /// the verb names no role, the object is not written as a name, or no one named holds it.
    func agentNounHolders(_ atom: Atom) -> [Candidate] {
        guard case .variable(Question.answerVariable, _)? = atom.subject, !atom.passive, !atom.negated, atom.qualifiers.isEmpty,
              case .verb(let written, let particles, _) = atom.relation, particles.isEmpty,
              case .phrase(let object)? = atom.object, !object.quoted else { return [] }
        let verb = forms.lexicon.lemma(of: written.lowercased(), as: .verb)
        // Only an owner written as a name: "the planner of the bill" would be read loosely.
        let owner = object.words.drop { EnglishWords.determiners.contains($0.lowercased()) }
        guard owner.first?.first?.isUppercase == true else { return [] }
        for noun in forms.lexicon.nouns(derivedFromVerb: verb) where noun == verb || Self.isAgentNoun(noun) {
            // Only named holders: a description read as the role's holder is no answer to "who".
            let found = holders(of: Phrase(words: ["the", noun, "of"] + owner, range: object.range)).filter { candidate in
                guard case .entity(let id) = candidate.value else { return false }
                return [.person, .organization, .group].contains(source.entity(id).type)
            }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// A noun for the doer of a verb: "-er" or "-or", not the one it is done to ("-ee").
    static func isAgentNoun(_ noun: String) -> Bool {
        (noun.hasSuffix("er") || noun.hasSuffix("or")) && noun.count > 4
    }
}
