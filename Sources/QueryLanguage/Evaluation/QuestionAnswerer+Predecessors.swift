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

/// "who was the previous governor of the central bank", "who held the seat before Vasquez":
/// the one the current holder replaced, told by replace/succeed ("Fahy replaced Nora Keane") or
/// by an apposed "predecessor" in the holder's sentence ("Governor Wanjiru Odhiambo, who took
/// office after her predecessor, Daniel Mutua, stepped down").
extension QuestionAnswerer {
    /// Verbs of holding a post, whose "before X" asks whom X replaced ("who led Veranta before
    /// Deshmukh"), as lemmas.
    static let postHoldingVerbs: Set<String> = [
        "hold", "lead", "head", "run", "chair", "serve", "manage", "direct", "govern", "coach", "captain", "represent", "occupy", "be",
    ]

    /// Relations that tell who took over a post from whom (the holder as subject).
    static let successionRelations = ["replace", "succeed"]

    /// Words that ask for an earlier holder of a role ("the previous governor").
    static let earlierHolderWords: Set<String> = ["previous", "former", "outgoing", "preceding", "ex"]

    /// The clause asking who held a post before or after a named holder, for a question whose verb
    /// holds a post: (holder; replace; ?answer) for "before X", (?answer; replace; X) for "after
    /// X"; nil otherwise.
    func successionClause(_ atom: Atom) -> Atom? {
        guard case .verb(let verb, _, let range) = atom.relation, Self.postHoldingVerbs.contains(forms.verbLemma(verb)),
              case .variable? = atom.subject, !atom.negated,
              let qualifier = atom.qualifiers.first(where: { ["before", "after"].contains($0.marker) }),
              case .phrase(let holder) = qualifier.term,
              case let holders = PhraseMatcher(phrase: holder, source: source, forms: forms).entities, !holders.isEmpty else { return nil }
        let before = qualifier.marker == "before"
        // Only a succession between people: "Pelosi replaced ... the House" says nothing of who held a post.
        let told = holders.prefix(2).contains { id in
            Self.successionRelations.contains { relation in
                source.facts(matching: before ? FactPattern(subject: .entity(id), relation: relation) : FactPattern(relation: relation, object: .entity(id)))
                    .contains { (before ? source.objectEntity(of: $0) : source.subjectEntity(of: $0)).map { source.entity($0).type == .person } == true }
            }
        }
        guard told else { return nil }
        let answer = Term.variable(Question.answerVariable, range)
        return Atom(subject: before ? .phrase(holder) : answer, relation: .verb("replace", particles: [], range: range),
                    object: before ? answer : .phrase(holder), qualifiers: [], passive: false, negated: false, range: atom.range)
    }

    /// True when the phrase asks for an earlier holder of a role: "the previous governor".
    func asksForAnEarlierHolder(_ phrase: Phrase) -> Bool {
        phrase.words.contains { Self.earlierHolderWords.contains($0.lowercased()) }
    }

    /// The people the best current holders among `holders` replaced or were preceded by, each
    /// scored as its holder. O(h·f) in the holders' replace facts and the predecessor titles.
    func predecessors(of holders: [Candidate]) -> [Candidate] {
        var result: [Candidate] = []
        let ranked = holders.sorted { $0.score > $1.score }.prefix(3)
        let predecessorTitles = source.facts(matching: FactPattern(relation: "predecessor"))
            + source.facts(matching: FactPattern(relation: "be")).filter { source.fact($0).object.map { forms.nounLemma($0.head) == "predecessor" } == true }
        for holder in ranked {
            guard case .entity(let id) = holder.value else { continue }
            for relation in Self.successionRelations {
                for factID in source.facts(matching: FactPattern(subject: .entity(id), relation: relation)) {
                    let fact = source.fact(factID)
                    guard !fact.predicate.negated, let earlier = fact.object?.entity, earlier != id,
                          source.entity(earlier).type == .person else { continue }
                    result.append(Candidate(value: .entity(earlier), text: source.entity(earlier).name, score: holder.score,
                                            support: .fact(factID), fromSentence: false))
                }
            }
            for factID in predecessorTitles {
                let fact = source.fact(factID)
                guard let earlier = fact.subject.entity, earlier != id,
                      source.mentions(in: fact.provenance.sentenceRef).contains(where: { $0.entity == id }) else { continue }
                result.append(Candidate(value: .entity(earlier), text: source.entity(earlier).name, score: holder.score * 0.95,
                                        support: .fact(factID), fromSentence: false))
            }
        }
        return result
    }
}
