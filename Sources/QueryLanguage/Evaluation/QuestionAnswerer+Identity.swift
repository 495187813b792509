import FactModel

/// Identity questions: who X is (titles, descriptions), who holds a title, and roles held.
extension QuestionAnswerer {
    func identity(_ phrase: Phrase, kind: AnswerKind) -> [Candidate] {
        if let owner = roleOwner(phrase) { return roles(of: owner, near: []) }
        let name = phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }.joined(separator: " ")
        let named = phrase.words.contains("'s") ? [] : source.resolve(name: name)
        if let entity = named.first, !looksLikeTitle(phrase), !isTitle(name, of: entity) {
            // "where is Hagia Sophia": what X is ("a Greek Orthodox church") is not where it is;
            // only a description that names a place answers.
            if case .place = kind { return describeIdentity(entity).filter(namesAPlace) }
            return describeIdentity(entity)
        }
        let values = copulaValues(of: phrase, kind: kind)
        if !values.isEmpty { return values }
        let holders = holders(of: phrase)
        if holders.isEmpty, case .thing = kind { return levelValues(of: phrase) }
        return holders
    }

    /// True when the candidate is a place, or its text names one ("a mosque in Istanbul"): a run
    /// of capitalised words there resolves to a place entity. O(words) name lookups.
    func namesAPlace(_ candidate: Candidate) -> Bool {
        if case .entity(let id) = candidate.value { return source.entity(id).type == .place }
        var run: [String] = []
        for word in candidate.text.split(separator: " ").map(String.init) + [""] {
            if word.first?.isUppercase == true { run.append(word.trimmingTrailingPunctuation()); continue }
            if !run.isEmpty, source.resolve(name: run.joined(separator: " ")).contains(where: { source.entity($0).type == .place }) {
                return true
            }
            run = []
        }
        return false
    }

    /// "when is the Brexit deadline": what a copula says the thing is, when that is a value of
    /// the asked kind ("the Brexit deadline is October 31"). Empty for questions after people
    /// or things. O(f) in the copula facts whose subject has the phrase's head or entity.
    func copulaValues(of phrase: Phrase, kind: AnswerKind) -> [Candidate] {
        guard let wanted = AnswerTypes.valueKinds(for: kind, forms: forms) else { return [] }
        let matcher = PhraseMatcher(phrase: phrase, source: source, forms: forms)
        var candidates: [Candidate] = []
        for lookup in matcher.lookups {
            for id in source.facts(matching: FactPattern(subject: lookup, relation: "be")) {
                let fact = source.fact(id)
                guard fact.kind == .copula, !fact.predicate.negated, let value = fact.object?.value, wanted.contains(value.kind) else { continue }
                let match = matcher.score(fact.subject)
                guard match >= 0.6 else { continue }
                candidates.append(Candidate(value: .text(value.text), text: value.text, score: match * (0.6 + 0.4 * Double(fact.confidence)),
                                            support: .fact(id), fromSentence: false, valueKind: value.kind))
            }
        }
        return candidates
    }

    /// True when `name` resolved to the entity through one of its titles ("the Foreign Secretary"
    /// for Dominic Raab): the question then asks who holds it, not what the holder is.
    func isTitle(_ name: String, of id: EntityID) -> Bool {
        let wanted = folded(name)
        return source.entity(id).titles.contains { folded($0.role) == wanted || folded($0.text) == wanted }
    }

    /// A phrase such as "the mayor of Los Angeles" or "Merkel's spokesperson", rather than a name.
    func looksLikeTitle(_ phrase: Phrase) -> Bool {
        phrase.words.contains { $0.first?.isLowercase == true && !EnglishWords.determiners.contains($0) }
    }

    /// Who X is: titles, then what copulas and appositions say about X.
    func describeIdentity(_ id: EntityID) -> [Candidate] {
        let entity = source.entity(id)
        var candidates: [Candidate] = []
        for (index, title) in entity.titles.enumerated() {
            candidates.append(Candidate(
                value: .text(title.text), text: title.text, score: 1 - Double(index) * 0.01,
                support: .title(title.provenance), fromSentence: false))
        }
        for factID in source.facts(matching: FactPattern(subject: .entity(id))) {
            let fact = source.fact(factID)
            // "Rittenhouse was not old enough": what X is not does not say who X is.
            guard fact.kind == .copula || fact.kind == .appositive || fact.kind == .title, !fact.predicate.negated,
                  let object = FactMatcher.object(of: fact) else { continue }
            var text = object.text
            if fact.kind == .title {
                text = ([fact.predicate.modality, object.text].compactMap { $0 } + fact.qualifiers.map { "\($0.marker) \($0.argument.text)" })
                    .joined(separator: " ")
            }
            // A title already listed from the entity reads the same; the merger keeps one row.
            candidates.append(Candidate(value: .text(text), text: text, score: 0.8 * (0.6 + 0.4 * Double(fact.confidence)), support: .fact(factID), fromSentence: false))
        }
        return candidates
    }

    /// "what is Brenda Hale's title", "what is Cohen's job": the entity whose role noun the phrase
    /// is (its roles answer), nil for any other phrase ("Merkel's spokesperson" asks for a holder).
    func roleOwner(_ phrase: Phrase) -> EntityID? {
        let words = phrase.words
        guard words.count >= 3, let last = words.last, AnswerTypes.roleNouns.contains(forms.nounLemma(last.lowercased())),
              ["'s", "’s", "'"].contains(words[words.count - 2]) else { return nil }
        let owner = words.dropLast(2).filter { !EnglishWords.determiners.contains($0.lowercased()) }.joined(separator: " ")
        return owner.isEmpty ? nil : source.resolve(name: owner).first
    }

    /// Verbs of holding a role ("hold", "occupy"), as their lemmas.
    static let roleVerbs: Set<String> = ["hold", "have", "occupy", "fill", "take", "serve"]

    /// The entity a role question asks about: "what position/post/office did X hold".
    func roleHolder(asked kind: AnswerKind, in atom: Atom) -> EntityID? {
        guard case .kind(let noun) = kind, let head = AnswerTypes.headWord(of: noun),
              AnswerTypes.roleNouns.contains(forms.nounLemma(head)),
              case .verb(let verb, _, _) = atom.relation, Self.roleVerbs.contains(forms.verbLemma(verb)),
              case .phrase(let subject)? = atom.subject else { return nil }
        return PhraseMatcher(phrase: subject, source: source, forms: forms).entities.first
    }

    /// The roles an entity holds (its titles, what it serves as, and its descriptions), those
    /// whose sentence names the question's qualifiers ("in San Francisco") first.
    func roles(of id: EntityID, near qualifiers: [QualifierTerm]) -> [Candidate] {
        var candidates = describeIdentity(id)
        for factID in source.facts(matching: FactPattern(subject: .entity(id))) where source.relation(of: factID) == "serve" {
            let fact = source.fact(factID)
            guard !fact.predicate.negated, fact.predicate.surface.lowercased().hasSuffix(" as"), let object = fact.object else { continue }
            candidates.append(Candidate(value: .text(object.text), text: object.text, score: 0.8 * (0.6 + 0.4 * Double(fact.confidence)),
                                        support: .fact(factID), fromSentence: false))
        }
        let wanted = Set(qualifiers.compactMap { qualifier -> [String]? in
            guard case .phrase(let phrase) = qualifier.term else { return nil }
            return phrase.words.filter { EnglishWords.isContentWord($0.lowercased()) }.map(folded)
        }.joined())
        guard !wanted.isEmpty else { return candidates }
        return candidates.map { candidate in
            var scored = candidate
            let evidence = EvidenceBuilder(source: source).evidence(for: candidate.support)
            let words = Set(wordsOf(candidate.text + " " + (evidence?.sentence ?? "")).map(folded))
            scored.score *= wanted.isSubset(of: words) ? 1 : 0.3
            if let role = Self.role(candidate.text, withoutOwnerNaming: wanted) { scored.text = role; scored.value = .text(role) }
            return scored
        }
    }

    /// "the district attorney for the city of San Francisco" asked "what position did Harris hold
    /// in San Francisco": the role without the phrase after it that only names what the question
    /// names, and kinds of place ("district attorney"; "minister of finance in the government"
    /// keeps "of finance"); nil when no such phrase ends the text.
    static func role(_ text: String, withoutOwnerNaming wanted: Set<String>) -> String? {
        let words = text.split(separator: " ").map(String.init)
        let plain = words.map { wordsOf($0).map(folded) }
        guard let cut = words.indices.dropFirst().first(where: { start in
            guard ["for", "of", "in", "at"].contains(words[start].lowercased()) else { return false }
            let after = plain[start...].joined()
            return wanted.isSubset(of: Set(after)) && after.allSatisfy {
                wanted.contains($0) || Self.placeKinds.contains($0) || !EnglishWords.isContentWord($0)
            }
        }) else { return nil }
        var role = Array(words[..<cut])
        if let first = role.first, EnglishWords.determiners.contains(first.lowercased()), role.count > 1 { role.removeFirst() }
        return role.joined(separator: " ")
    }

    /// Nouns for a kind of place, which add nothing to the place's name after them.
    static let placeKinds: Set<String> = [
        "city", "town", "village", "state", "county", "country", "province", "region", "port", "capital", "island", "nation",
    ]

    /// Who holds a title: entity titles, title facts and descriptions whose words cover the phrase's.
    func holders(of phrase: Phrase) -> [Candidate] {
        let (roleWords, ownerWords, possessor) = splitTitle(phrase)
        guard let roleHead = roleWords.last else { return [] }
        let wanted = Set(roleWords + ownerWords)
        let possessorEntities = possessor.map { source.resolve(name: $0) } ?? []
        var matchedOwners = Set<EntityID>()
        // The articles that mention the possessor ("Qaboos's father"): a description that names no
        // owner holds the relation only there.
        let possessorDocuments = Set(possessorEntities.flatMap { source.entity($0).mentions.map(\.document) })
        var candidates: [Candidate] = []
        // An owner the title does not name may still be what its article is about ("Prime
        // Minister Mateusz Morawiecki" in an article on Poland): the owner's words in the same
        // document count, and a holder with no sign of the owner at all counts for less.
        var documentWords: [DocumentID: Set<String>] = [:]
        let plainWords = phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }
        let ownerText = plainWords.firstIndex { EnglishWords.prepositions.contains($0.lowercased()) }
            .map { plainWords[($0 + 1)...].joined(separator: " ") } ?? demonymOwner(Self.titleParts(phrase))?.country ?? ""
        // Only a country or place: an article about Poland is about its prime minister, but an
        // article that names the European Council is not about every president in it.
        let askedOwners = source.resolve(name: ownerText)
        let ownerIsPlace = askedOwners.contains { source.entity($0).type == .place }
        /// True when a held title's owner is a place other than the asked one ("Foreign Minister of
        /// Iran" for "the foreign minister of Cuba"): another office, however alike the words.
        func ownedByAnotherPlace(_ heldOwner: String) -> Bool {
            guard ownerIsPlace, !heldOwner.isEmpty else { return false }
            let held = source.resolve(name: heldOwner).filter { source.entity($0).type == .place }
            return !held.isEmpty && !held.contains(where: askedOwners.contains)
        }
        func ownerInDocument(_ document: DocumentID?) -> Bool {
            guard let document, !ownerWords.isEmpty, ownerIsPlace else { return false }
            if documentWords[document] == nil {
                let text = source.document(document)?.text ?? ""
                documentWords[document] = Set(wordsOf(text).map { folded(forms.nounLemma($0)) })
            }
            return ownerWords.allSatisfy { documentWords[document]!.contains($0) }
        }
        /// True when the entity holds this role of another place and not of the asked one
        /// ("President Bashar al-Assad", elsewhere "President of Syria"): a title of it that names
        /// no owner is that other office, even in an article that mentions the asked place.
        /// Each holder is looked at once, however many of its titles and facts are read.
        var heldElsewhere: [EntityID: Bool] = [:]
        func holdsRoleElsewhere(_ id: EntityID) -> Bool {
            guard ownerIsPlace else { return false }
            if let known = heldElsewhere[id] { return known }
            var elsewhere = false
            for title in source.entity(id).titles where titleWords(title.role).last == roleHead {
                guard let owner = title.of else { continue }
                if ownedByAnotherPlace(owner) {
                    elsewhere = true
                } else if !source.resolve(name: owner).isEmpty {
                    elsewhere = false  // it also holds the role of a known owner, maybe the asked one
                    break
                }
            }
            heldElsewhere[id] = elsewhere
            return elsewhere
        }
        // Names in the asked owner ("Conservative" in "the leader of the Conservative Party").
        let askedOwnerNames = Self.capitalizedWords(ownerText)
        func score(_ words: [String], modifier: String?, document: DocumentID? = nil, namesOwner: Bool = true, heldOwner: String = "") -> Double {
            let have = Set(words)
            guard have.contains(roleHead) || have.contains(where: { $0.hasPrefix(roleHead) }) else { return 0 }
            // "deputy governor" held, "governor" asked: a lower rank is another role.
            if let rank = words.first(where: Title.lowerRankWords.contains), !roleWords.contains(rank) { return 0 }
            if namesOwner, ownedByAnotherPlace(heldOwner) { return 0 }
            // "leader of Labour Party" held: another party's leader, though both are parties (the
            // names share a word and each has one of its own).
            let heldOwnerNames = Self.capitalizedWords(heldOwner)
            if !askedOwnerNames.isDisjoint(with: heldOwnerNames), !askedOwnerNames.isSubset(of: heldOwnerNames),
               !heldOwnerNames.isSubset(of: askedOwnerNames) {
                return 0
            }
            var shared = Double(wanted.filter { have.contains($0) }.count)
            if !ownerWords.isEmpty, !ownerWords.contains(where: have.contains) {
                // "Heather Heyer's mother" is not "Harry Dunn's mother": a description that names
                // another person as the owner is another relation.
                if possessor != nil, namesOwner { return 0 }
                // "Qaboos's father" is not a father named in an article that never mentions Qaboos.
                if !possessorEntities.isEmpty, let document, !possessorDocuments.contains(document) { return 0 }
                if !namesOwner, ownerInDocument(document) { shared += 0.4 * Double(ownerWords.count) } else { shared -= 1 }
            }
            var value = 0.4 + 0.6 * max(0, shared) / Double(max(1, wanted.count))
            // "Prime Minister" asked, "Interior Minister" held: another role.
            for word in roleWords.dropLast() where !have.contains(word) { value *= 0.75 }
            // "Speaker of the House of Commons" asked, "Speaker of the House" held: another owner.
            if namesOwner, ownerWords.contains(where: have.contains) {
                for word in ownerWords where !have.contains(word) { value *= 0.75 }
            }
            if let modifier, Self.formerWords.contains(where: { folded(modifier).contains($0) }), !wanted.contains(where: Self.formerWords.contains) {
                value *= 0.4
            }
            // "the acting leader" asked: a holder not said to stand in holds the office itself.
            if wanted.contains(where: { Self.standInWords.contains($0) && !have.contains($0) }) {
                value *= 0.4
            }
            return value
        }
        for id in source.entities(ofType: nil) {
            let entity = source.entity(id)
            let elsewhere = holdsRoleElsewhere(id)
            for title in entity.titles {
                if title.of == nil, elsewhere { continue }
                var words = titleWords(title.role) + titleWords(title.of ?? "")
                if let modifier = title.modifier { words += titleWords(modifier) }
                var value = score(words, modifier: title.modifier ?? title.role, document: title.provenance?.document,
                                  namesOwner: title.of != nil, heldOwner: title.of ?? "")
                // "Minister of Economy" asked, "Prime Minister" held: a role with more to it.
                for word in titleWords(title.role) where !wanted.contains(word) { value *= 0.8 }
                if value > 0 {
                    candidates.append(Candidate(value: .entity(id), text: entity.name, score: value, support: .title(title.provenance), fromSentence: false))
                }
            }
        }
        // Descriptions: (X; be; Dunn's mother), (X; be; the current President of the European Council),
        // and title facts (X; prime minister; of: Poland), whose relation key is the role.
        var keys = ["be"]
        for (relation, _) in source.relationCounts() where relation != "be" {
            let words = titleWords(relation)
            if words.last == roleHead, words.count <= 4 { keys.append(relation) }
        }
        let askedWords = phrase.words.map(folded)
        for key in keys {
            for factID in source.facts(matching: FactPattern(relation: key)) {
                let fact = source.fact(factID)
                guard var object = FactMatcher.object(of: fact) else { continue }
                var answer = fact.subject
                if fact.kind == .copula || fact.kind == .appositive, answer.entity == nil, let named = object.entity, source.entity(named).type == .person {
                    // "McArthur's first victim was Skandaraj Navaratnam": the description is the
                    // subject and the holder the named person.
                    (answer, object) = (object, answer)
                }
                // "the final victim" is not "the first victim": each has a modifier the other lacks
                // ("former" and its kin are weighed apart).
                if PhraseMatcher.contrast(askedWords, wordsOf(object.text).map(folded), head: roleHead, ignoring: Self.formerWords) { continue }
                // The title's modifier counts as its words ("acting" of an acting leader).
                var words = titleWords(object.text) + fact.qualifiers.flatMap { titleWords($0.argument.text) }
                    + (fact.kind == .title ? titleWords(fact.predicate.modality ?? "") : [])
                // "Its president" with "Its" linked to the asked owner names it.
                if fact.qualifiers.contains(where: { $0.argument.entity.map(askedOwners.contains) == true }) { words += ownerWords }
                var value = score(words, modifier: fact.predicate.modality ?? object.text, document: fact.provenance.document,
                                  namesOwner: !fact.qualifiers.isEmpty || object.text.contains(" of ") || object.text.contains("'s "),
                                  heldOwner: fact.qualifiers.map(\.argument.text).joined(separator: " "))
                // An owner linked to the possessor ("his" for Beltrán) names it, for the asked role
                // only: "his former deputy" is no answer to "Beltrán's lawyer".
                // So does the possessor written by name in the description ("Chris Christie's
                // deputy chief of staff").
                // Looked for only when no linked owner is there.
                func namedOwner() -> EntityID? {
                    possessorEntities.first { id in
                        source.entity(id).type == .person && ([source.entity(id).name] + source.entity(id).aliases)
                            .contains { object.text.contains($0 + "'s") || object.text.contains($0 + "’s") }
                    }
                }
                if !possessorEntities.isEmpty, let owner = object.entity ?? fact.qualifiers.first?.argument.entity ?? namedOwner(),
                   possessorEntities.contains(owner), words.contains(where: { $0 == roleHead || $0.hasPrefix(roleHead) }) {
                    value = max(value, 0.9)
                    matchedOwners.insert(owner)
                }
                guard value > 0 else { continue }
                // A holder of the role elsewhere: this description is that office unless it names the asked owner.
                if let holder = answer.entity, !ownerWords.contains(where: Set(words).contains), holdsRoleElsewhere(holder) { continue }
                let bound = FactMatcher.value(of: answer)
                let text = answer.entity.map { source.entity($0).name } ?? answer.text
                candidates.append(Candidate(value: bound, text: text, score: value * (0.6 + 0.4 * Double(fact.confidence)), support: .fact(factID), fromSentence: false))
            }
        }
        // The possessor is not its own parent; when a surname names several people ("Cummings's
        // parents"), only the one the facts named as the owner is left out.
        let mainPossessor = possessorEntities.max { source.entity($0).mentions.count < source.entity($1).mentions.count }
        let owners = matchedOwners.isEmpty ? Set([mainPossessor].compactMap { $0 }) : matchedOwners
        return candidates.filter { candidate in
            if case .entity(let id) = candidate.value { return !owners.contains(id) }
            return true
        }
    }

    static let formerWords = ["former", "ex", "then", "late", "previous", "outgoing", "past"]

    /// Words for one who holds an office for a time in another's place ("the acting leader").
    static let standInWords: Set<String> = ["acting", "interim", "caretaker"]

    /// The capitalised words of a name, folded ("the Labour Party" -> labour, party).
    static func capitalizedWords(_ text: String) -> Set<String> {
        Set(text.split(separator: " ").filter { $0.first?.isUppercase == true }.map { folded(String($0)) })
    }

    /// The content words of a title or description, possessives reduced to their owner
    /// ("Dunn's mother" -> dunn, mother).
    func titleWords(_ text: String) -> [String] {
        let words: [String] = wordsOf(text).map { word in word.hasSuffix("'s") ? String(word.dropLast(2)) : word }
        return words.filter { !$0.isEmpty && !EnglishWords.determiners.contains($0) && !EnglishWords.prepositions.contains($0) }
            .flatMap { $0.split(separator: "-").map(String.init) }
            .map { folded(forms.nounLemma($0)) }
    }

    /// A title phrase's words as written, determiners aside, split at its owner: "Merkel's
    /// spokesperson" -> role [spokesperson], owner [Merkel], a possessor; "the mayor of Los
    /// Angeles" -> [mayor], [Los, Angeles]; "the European Council chief" names no owner apart.
    static func titleParts(_ phrase: Phrase) -> (role: ArraySlice<String>, owner: ArraySlice<String>, possessive: Bool) {
        let words = phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }
        if let index = words.firstIndex(of: "'s") { return (words[(index + 1)...], words[..<index], true) }
        if let index = words.firstIndex(where: { EnglishWords.prepositions.contains($0.lowercased()) }) {
            return (words[..<index], words[(index + 1)...], false)
        }
        return (words[...], [], false)
    }

    /// "the mayor of Los Angeles" -> (mayor, los angeles); "Merkel's spokesperson" -> (spokesperson, merkel; possessor Merkel);
    /// "the European Council chief" -> (european, council, chief; no owner).
    func splitTitle(_ phrase: Phrase) -> (role: [String], owner: [String], possessor: String?) {
        let parts = Self.titleParts(phrase)
        let role = titleWords(parts.role.joined(separator: " "))
        if parts.possessive { return (role, parts.owner.map { folded($0) }, parts.owner.joined(separator: " ")) }
        if let (index, country) = demonymOwner(parts) {
            let rest = parts.role.indices.filter { $0 != index }.map { parts.role[$0] }
            return (titleWords(rest.joined(separator: " ")), titleWords(country), nil)
        }
        return (role, titleWords(parts.owner.joined(separator: " ")), nil)
    }

    /// "the Turkish President": a nationality adjective before the role, in a title that names no
    /// owner otherwise, names its owner (Turkey), as "President of Turkey" would. Its index in
    /// the role words and the country.
    func demonymOwner(_ parts: (role: ArraySlice<String>, owner: ArraySlice<String>, possessive: Bool)) -> (index: Int, country: String)? {
        guard parts.owner.isEmpty, !parts.possessive, parts.role.count >= 2 else { return nil }
        for index in parts.role.indices.dropLast() where parts.role[index].first?.isUppercase == true {
            if let country = forms.lexicon.country(ofDemonym: parts.role[index]) { return (index, country) }
        }
        return nil
    }
}
