import FactModel

/// Clause questions: the facts that match the clause, focused on what is asked.
extension QuestionAnswerer {
    /// "there is/are ...": a copula whose subject is the empty "there".
    func isExistential(_ atom: Atom) -> Bool {
        guard case .copula = atom.relation, case .phrase(let phrase)? = atom.subject else { return false }
        return phrase.words.map { $0.lowercased() } == ["there"]
    }

    /// A number answer to "how many delegates" counts for less when nothing near it says "delegates".
    func focusing(_ candidate: Candidate, on kind: AnswerKind) -> Candidate {
        let noun: Phrase?
        switch kind {
        case .count(let phrase), .amount(let phrase): noun = phrase
        default: noun = nil
        }
        guard let head = noun?.words.last, case .fact(let id) = candidate.support else { return candidate }
        let lemma = forms.nounLemma(head)
        let fact = source.fact(id)
        let arguments = [fact.subject] + (fact.object.map { [$0] } ?? []) + fact.qualifiers.map(\.argument)
        // "how many people were rescued": "Eighty-seven passengers", a counted group of people,
        // says it as well as the word itself.
        let asksForPeople = Self.peopleNouns.contains(lemma)
        let mentionsNoun = arguments.contains { argument in
            wordsOf(argument.text).contains { forms.nounLemma($0) == lemma }
                || (asksForPeople && argument.value != nil && argument.entity.map { source.entity($0).type == .group } == true)
                // "killing nine people and injuring 63": the answer is the whole argument, a
                // number whose noun is left out because the clause names the asked one already.
                || (argument.value.map { $0.text == argument.text && $0.text == candidate.text } == true)
        }
        var copy = candidate
        if !mentionsNoun { copy.score *= 0.3 }
        return copy
    }

    /// True when a counted argument ("Eighty-seven passengers") counts what the question asks:
    /// any noun for a bare "how many", any group for "how many people", else the asked noun.
    func countsTheAskedNoun(_ argument: Argument, kind: AnswerKind) -> Bool {
        guard let asked = kind.countedPhrase?.words.last.map({ forms.nounLemma($0.lowercased()) }) else { return true }
        return Self.peopleNouns.contains(asked) || forms.nounLemma(argument.head.lowercased()) == asked
    }

    /// Nouns that count people of any kind ("how many people": passengers, residents, workers).
    static let peopleNouns: Set<String> = ["people", "person", "persons"]

    /// Turns one binding of `?answer` into candidates of the asked kind, reading the mentions inside
    /// a phrase answer when the phrase itself is not of that kind ("his former rival, Joe Biden").
    func candidatesFrom(_ binding: Binding, kind: AnswerKind, excluded: Set<EntityID>) -> [Candidate] {
        guard let value = binding.values[Question.answerVariable], let support = binding.support.last else { return [] }
        guard case .fact(let factID) = support else { return [] }
        let fact = source.fact(factID)
        // The marker of the argument the answer was bound to; for an object, the preposition the
        // relation ends with ("were found on" Amazon.com web servers).
        var boundMarker = fact.qualifiers.first(where: { FactMatcher.value(of: $0.argument) == value })?.marker.lowercased()
        if boundMarker == nil, let object = fact.object, FactMatcher.value(of: object) == value,
           let last = fact.predicate.surface.lowercased().split(separator: " ").last, EnglishWords.prepositions.contains(String(last)) {
            boundMarker = String(last)
        }
        if case .place = kind, let boundMarker, Self.notPlaceMarkers.contains(boundMarker) {
            // "died ... according to a statement": what such a qualifier holds is no place.
            return []
        }
        if case .place = kind, case .text = value,
           let argument = fact.arguments.first(where: { FactMatcher.value(of: $0) == value }), let read = argument.value,
           [.age, .number, .percent, .money, .duration, .date, .time].contains(read.kind) {
            // "at the age of fifteen": an age, a count or a time is never where.
            return []
        }
        if case .reason = kind {
            // "suspended its season due to concerns regarding COVID-19": only a qualifier that
            // gives a reason answers why, shown with its marker.
            guard let boundMarker, SentenceFallback.reasonMarkers.contains(boundMarker),
                  let argument = fact.qualifiers.first(where: { $0.marker.lowercased() == boundMarker })?.argument else { return [] }
            let text = boundMarker + " " + argument.text.trimmingQuotes()
            return [Candidate(value: .text(text), text: text, score: binding.score, support: support, fromSentence: false)]
        }
        switch value {
        case .entity(let id):
            if excluded.contains(id) { return [] }
            let entity = source.entity(id)
            var fit = AnswerTypes.fit(.entity(entity.type), kind: kind, forms: forms)
            let subjectName = wordsOf(fact.subject.text.trimmingQuotes()).drop { EnglishWords.determiners.contains($0) }.joined(separator: " ")
            if fit == 0, kind == .agent, entity.type == .place, fact.kind == .event || fact.kind == .derived, fact.subject.entity == id,
               subjectName == wordsOf(entity.name).joined(separator: " ") || entity.aliases.contains(fact.subject.text),
               !fact.predicate.isAgentlessPassive {
                // "Germany on Monday banned ...": a country acting through its government is the doer
                // (the whole subject is the place, not a title chain such as "United States Senator X").
                fit = 0.9
            }
            if fit == 0, kind == .agent, entity.type == .place, fact.kind == .event || fact.kind == .derived, fact.object?.entity == id {
                // "who did al-Assadi blame": a country blamed, accused or attacked is a "who" too,
                // weakly: a person or organisation answer beside it leaves it out (`keepBest`).
                fit = 0.45
            }
            if fit == 0, case .kind(let noun) = kind, namesItsKind(entity, noun) {
                // "which office suspended the permit": "The Federal Aviation Office of Germany" says
                // in its name what it is, though "office" also asks for a role held.
                fit = 1
            }
            if fit == 0, case .kind(let noun) = kind, isNamed(entity, after: noun, in: fact.provenance) {
                // "hiring law firm Sidley Austin": the class noun right before the name says what it
                // is, whatever type the name was given.
                fit = 1
            }
            if fit < 0.9, case .kind(let noun) = kind, let head = noun.words.last,
               ClassNounFilter.isDescribed(entity.name, as: folded(forms.nounLemma(head)), forms: forms, source: source) {
                // "which volcano erupted": a name the articles describe as one ("Mount Baturaja, a
                // 2,150-metre volcano"), whatever type the name was given.
                fit = 0.9
            }
            if fit == 0, kind == .place, entity.type == .organization || entity.type == .group, Self.locativeMarkers.contains(boundMarker ?? "") {
                // "studied law at Northwestern University", "found on Amazon.com web servers", "began
                // outside the Legislative Council Complex": an institution, building or system is
                // where it happened.
                fit = 0.9
            }
            if fit == 0, let wanted = AnswerTypes.valueKinds(for: kind, forms: forms),
               let counted = fact.arguments.first(where: { $0.entity == id && $0.value.map { wanted.contains($0.kind) } == true }),
               let number = counted.value, countsTheAskedNoun(counted, kind: kind) {
                // "Eighty-seven passengers were rescued": a counted group holds the number asked for.
                return [Candidate(value: .text(number.text), text: number.text, score: binding.score * 0.95, support: support,
                                  fromSentence: false, valueKind: number.kind)]
            }
            var members = namedMembers(of: id, in: fact).filter { !excluded.contains($0) }
            if members.isEmpty { members = listedMembers(of: id, in: fact).filter { !excluded.contains($0) } }
            if !members.isEmpty, AnswerTypes.fit(.entity(.person), kind: kind, forms: forms) > 0 {
                // "two French police officers", named elsewhere: the officers by name.
                return members.map { Candidate(value: .entity($0), text: source.name(of: $0), score: binding.score * 0.9, support: support, fromSentence: false) }
            }
            if fit > 0, case let listed = namesListed(with: id, in: fact).filter({ !excluded.contains($0) }), listed.count > 1 {
                return listed.map { Candidate(value: .entity($0), text: source.name(of: $0), score: binding.score * fit, support: support, fromSentence: false) }
            }
            if fit > 0 {
                let text = groupNamedByItsMembers(entity, in: fact) ?? entity.name
                return [Candidate(value: value, text: text, score: binding.score * fit, support: support, fromSentence: false)]
            }
            return []
        case .text(let bound):
            let text = kind == .thing ? countedThing(bound, in: fact) ?? bound : bound
            let elaborated = elaborations(of: text, in: fact, kind: kind, excluded: excluded)
            if !elaborated.isEmpty {
                return elaborated.map {
                    var candidate = $0
                    candidate.score = binding.score * 0.95
                    candidate.support = support
                    return candidate
                }
            }
            let ref = fact.provenance.sentenceRef
            // A bound value stands for the argument it was read from, which may hold more
            // ("around 8:30 p.m. on August 27" binds "8:30 p.m.").
            let arguments = fact.arguments
            // For value questions every value in it counts; for "whose" the names in it; for
            // questions after people, organisations or places, the names in the argument a
            // quantity stands for ("thousands of Swedes" binds "thousands").
            var expands = AnswerTypes.valueKinds(for: kind, forms: forms) != nil || AnswerTypes.entityTypes(for: kind, forms: forms) != nil
            if case .possessor = kind { expands = true }
            var whole = expands ? arguments.first { $0.value?.text == text && $0.text != text }?.text ?? text : text
            var isPossessor = false
            if case .possessor = kind { isPossessor = true }
            if !isPossessor, let object = fact.object, object.text == text || object.value?.text == text {
                // An unmarked argument after the object is more of it ("he won, in addition to
                // Vermont, also the primaries in Colorado, Utah, and California").
                for qualifier in fact.qualifiers where qualifier.marker.isEmpty { whole += " " + qualifier.argument.text }
                // "won the primary with 25.7% of the vote": for a value the object is not, the
                // value the verb was achieved with answers.
                if let wanted = AnswerTypes.valueKinds(for: kind, forms: forms), object.value.map({ !wanted.contains($0.kind) }) ?? true {
                    for qualifier in fact.qualifiers where qualifier.marker.lowercased() == "with"
                        && qualifier.argument.value.map({ wanted.contains($0.kind) }) == true {
                        whole += " " + qualifier.argument.text
                    }
                }
            }
            // A relative clause says more about the argument; the names in it are not the argument
            // ("killing two people who were protesting the shooting of Jacob Blake": not Blake).
            let foldedWhole = folded(Self.beforeRelativeClause(whole))
            var inside = source.mentions(in: ref).filter { foldedWhole.contains(folded($0.text)) }
            if case .possessor(let noun) = kind, let segment = possessorSegment(of: noun, in: whole) {
                // "whose convictions": the names after "convictions of", not the places later on.
                inside = inside.filter { folded(segment).contains(folded($0.text)) }
            }
            inside = withoutTitleOwners(inside, inFolded: foldedWhole)
            if kind == .agent, let head = fact.arguments.first(where: { $0.text == text })?.head {
                inside = withoutNamesModifying(head, inside, inFolded: foldedWhole)
            }
            // "on the first day" binds its ordinal "first": a time, though the value alone names none.
            if case .place = kind, whole != text, !isSetting(whole, marker: boundMarker, kind: kind), !acceptsPhrase(whole, kind: kind) {
                return []
            }
            if isGathering(text, in: fact, marker: boundMarker, kind: kind) {
                // "announced the measure at the UK Government's daily briefing": the briefing is
                // where, not the country that holds it.
                let display = shortened(text.trimmingQuotes(), to: 15)
                return [Candidate(value: .text(display), text: display, score: binding.score * 0.95, support: support, fromSentence: false)]
            }
            // "at his golf club outside Washington, D.C.": a site named before the place it lies in
            // is where it happened; the whole phrase says both.
            let places = inside.filter { $0.type == .entity(.place) }
            if case .place = kind, !places.isEmpty, let head = fact.arguments.first(where: { $0.text == text })?.head,
               AnswerTypes.siteNouns.contains(forms.nounLemma(head.lowercased())), let headRange = foldedWhole.firstRange(of: folded(head)),
               places.allSatisfy({ foldedWhole.firstRange(of: folded($0.text)).map { $0.lowerBound > headRange.upperBound } ?? true }) {
                let display = shortened(whole.trimmingQuotes(), to: 15)
                return [Candidate(value: .text(display), text: display, score: binding.score * 0.95, support: support, fromSentence: false)]
            }
            if kind == .thing, let argument = fact.arguments.first(where: { $0.text == text || $0.value?.text == text }),
               case let head = argument.head, head.first?.isLowercase == true,
               !inside.contains(where: { wordsOf($0.text).map(folded).contains(folded(head)) }),
               let setting = Self.settingAfterHead(of: argument.text, head: head, inside: inside) {
                // "started by a lightning strike near Boranup on Sunday afternoon": what started it
                // is the strike; the place and day after it are no answer to "what".
                return [Candidate(value: .text(setting), text: setting, score: binding.score * 0.9, support: support, fromSentence: false)]
            }
            var results: [Candidate] = []
            // "the US airstrike killed X": a country or organisation naming who carried out an
            // attack is its doer.
            let attackHead = text == fact.subject.text && Self.attackNouns.contains(forms.nounLemma(fact.subject.head.lowercased()))
            for mention in inside {
                var fit = AnswerTypes.fit(mention.type, kind: kind, forms: forms)
                if fit < 0.9, kind == .agent, attackHead, mention.type == .entity(.place) || mention.type == .entity(.organization) {
                    fit = 0.9
                }
                guard fit >= 0.9 else { continue }
                if let entity = mention.entity, excluded.contains(entity) { continue }
                let mentionValue: BoundValue = mention.entity.map { .entity($0) } ?? .text(mention.value?.text ?? mention.text)
                let display = mention.entity.map { source.entity($0).name } ?? mention.value?.text ?? mention.text
                results.append(Candidate(value: mentionValue, text: display, score: binding.score * 0.95, support: support, fromSentence: false,
                                         valueKind: mention.type.valueKind))
                if case .count = kind { break }  // "three of the twelve lanes": the first number counts
            }
            if !results.isEmpty { return results }
            if acceptsPhrase(text, kind: kind, head: fact.arguments.first(where: { $0.text == text })?.head)
                || isSetting(text, marker: boundMarker, kind: kind) {
                let display = shortened(text.trimmingQuotes(), to: kind == .thing ? 40 : 15)
                return [Candidate(value: .text(display), text: display, score: binding.score * 0.8, support: support, fromSentence: false)]
            }
            return []
        }
    }

    /// The words of a phrase through its common-noun head when what follows the head is only where
    /// or when ("a lightning strike | near Boranup on Sunday afternoon"): a preposition of place or
    /// time with a name or date in it. Nil when nothing such follows the head.
    static func settingAfterHead(of text: String, head: String, inside: [Mention]) -> String? {
        let words = text.split(separator: " ").map(String.init)
        guard let index = words.firstIndex(where: { folded($0) == folded(head) }), index + 2 < words.count,
              settingMarkers.contains(words[index + 1].lowercased()) else { return nil }
        let rest = folded(words[(index + 1)...].joined(separator: " "))
        let settings = inside.filter { $0.type == .entity(.place) || $0.type.valueKind == .date || $0.type.valueKind == .time }
        guard settings.contains(where: { rest.contains(folded($0.text)) }) else { return nil }
        return words[...index].joined(separator: " ")
    }

    /// Prepositions that open where or when after a noun.
    static let settingMarkers: Set<String> = ["near", "on", "at", "during", "outside", "off"]

    /// "was charged with three distinct crimes: transmission of ..., attempted extortion, and wire
    /// fraud": an answer that counts things ("three distinct crimes") stands for the things the
    /// sentence lists in apposition to it, which are the answers to "what" and "who". Their
    /// scores and support are the caller's to set. O(facts with the counted phrase's head).
    func elaborations(of text: String, in fact: Fact, kind: AnswerKind, excluded: Set<EntityID>) -> [Candidate] {
        guard kind == .thing || kind == .agent,
              let argument = ([fact.object].compactMap { $0 } + fact.qualifiers.map(\.argument)).first(where: {
                  $0.text == text || $0.value?.text == text
              }),
              let first = wordsOf(argument.text).first, first.first?.isNumber == true || Self.numberWords.contains(first)
        else { return [] }
        var results: [Candidate] = []
        for id in source.facts(matching: FactPattern(subject: .head(argument.head), relation: "be")) {
            let provenance = source.provenance(of: id)
            guard provenance.document == fact.provenance.document, provenance.sentence == fact.provenance.sentence else { continue }
            let listed = source.fact(id)
            guard listed.kind == .appositive, listed.subject.text == argument.text, let item = listed.object else { continue }
            if kind == .agent, let entity = item.entity {
                if !excluded.contains(entity) {
                    results.append(Candidate(value: .entity(entity), text: source.name(of: entity), score: 1, support: .fact(id), fromSentence: false))
                }
                continue
            }
            let display = shortened(item.text.trimmingQuotes(), to: kind == .thing ? 40 : 15)
            results.append(Candidate(value: .text(display), text: display, score: 1, support: .fact(id), fromSentence: false))
        }
        return results
    }

    /// Nouns for the people acting for someone, whose name before them only says whose they are:
    /// "the Biden campaign" accused Trump, not Biden.
    static let entourageNouns: Set<String> = ["campaign", "camp", "team", "administration", "government"]

    /// `mentions` without a person's name written right before an entourage noun that heads the
    /// argument ("The Biden campaign"): the phrase is the answer. O(mentions).
    func withoutNamesModifying(_ head: String, _ mentions: [Mention], inFolded text: String) -> [Mention] {
        let noun = head.lowercased()
        guard Self.entourageNouns.contains(noun) else { return mentions }
        return mentions.filter { mention in
            !(mention.type == .entity(.person) && text.contains(folded(mention.text) + " " + noun))
        }
    }

    /// `mentions` without the organizations and places named only as the owner of a person's
    /// title right after them ("DHS Secretary John Kelly", "Los Angeles Mayor Eric Garcetti") or
    /// right before them ("Speaker of the House Nancy Pelosi"):
    /// the person is the answer, not the department or the city. `text` is the argument phrase,
    /// already `folded`. O(mentions² × titles).
    func withoutTitleOwners(_ mentions: [Mention], inFolded text: String) -> [Mention] {
        let people = mentions.compactMap { m -> (text: String, entity: EntityID)? in
            guard m.type == .entity(.person), let id = m.entity else { return nil }
            return (m.text, id)
        }
        guard !people.isEmpty else { return mentions }
        return mentions.filter { mention in
            guard mention.type == .entity(.organization) || mention.type == .entity(.place),
                  let owner = text.firstRange(of: folded(mention.text)) else { return true }
            return !people.contains { person in
                guard let name = text[owner.upperBound...].firstRange(of: folded(person.text)) else { return false }
                let words = text[owner.upperBound..<name.lowerBound].split(separator: " ")
                // "Speaker of the House Nancy Pelosi": the title comes before its owner, the name right after.
                if words.isEmpty {
                    let before = text[..<owner.lowerBound]
                    return before.hasSuffix(" of the ") || before.hasSuffix(" of ")
                }
                guard words.count <= 3 else { return false }
                let between = words.joined(separator: " ")
                return source.entity(person.entity).titles.contains { folded($0.role).hasSuffix(between) }
            }
        }
    }

    /// The possessor part of a phrase for "whose <noun>": the words after "<noun> of" up to the next
    /// preposition ("the convictions of A and B for crimes ..." -> "A and B"), or before "'s <noun>".
    func possessorSegment(of noun: Phrase, in text: String) -> String? {
        guard let head = noun.words.last else { return nil }
        let lemma = forms.nounLemma(head.lowercased())
        let words = text.split(separator: " ").map(String.init)
        guard let index = words.firstIndex(where: { forms.nounLemma($0.lowercased().trimmingQuotes()) == lemma }) else { return nil }
        if index + 1 < words.count, words[index + 1].lowercased() == "of" {
            var segment: [String] = []
            for word in words[(index + 2)...] {
                let lowered = word.lowercased()
                if EnglishWords.prepositions.contains(lowered), lowered != "of" { break }
                segment.append(word)
            }
            return segment.isEmpty ? nil : segment.joined(separator: " ")
        }
        if index > 0, words[index - 1].hasSuffix("'s") || words[index - 1].hasSuffix("\u{2019}s") {
            return words[..<index].joined(separator: " ")
        }
        return nil
    }

    /// True when the fact's sentence writes `noun` right before a name of `entity` ("law firm
    /// Sidley Austin").
    /// True when the entity's name holds the asked kind's head noun as a word of its own:
    /// "Federal Aviation Office of Germany" for "which office", "Supreme Court" for "which court".
    func namesItsKind(_ entity: Entity, _ noun: Phrase) -> Bool {
        guard entity.type != .person, let head = AnswerTypes.headWord(of: noun) else { return false }
        let lemma = forms.nounLemma(head.lowercased())
        return wordsOf(entity.name).contains { forms.nounLemma($0.lowercased()) == lemma }
    }

    /// True when the sentence writes the asked class noun right before the entity's name ("law firm Sidley Austin").
    func isNamed(_ entity: Entity, after noun: Phrase, in provenance: Provenance) -> Bool {
        let sentence = folded(source.sentenceText(provenance.sentenceRef))
        let classNoun = folded(noun.words.joined(separator: " "))
        return ([entity.name] + entity.aliases).contains { sentence.contains(classNoun + " " + folded($0)) }
    }

    /// "announced the measure at the daily coronavirus briefing", "uploaded on a YouTube channel":
    /// for "where", what a fact places the event at, in or on is the answer, whatever the noun,
    /// unless it is a time ("on Wednesday").
    func isSetting(_ text: String, marker: String?, kind: AnswerKind) -> Bool {
        guard kind == .place, let marker, ["at", "in", "on"].contains(marker) else { return false }
        let words = wordsOf(text)
        // "in light of the diagnosis", "in response to the ruling": a complex preposition, no place.
        let opensComplexPreposition = words.prefix(3).indices.contains { i in
            i + 1 < words.count && Self.complexPrepositionNouns.contains(words[i]) && ["of", "to", "with"].contains(words[i + 1])
        }
        // "died in his sleep after a long illness", "was in a coma": a state, not a place. The
        // phrase's head is its last word before a preposition.
        let beforePreposition = words.prefix { !EnglishWords.prepositions.contains($0) }
        if let head = beforePreposition.last, Self.stateNouns.contains(forms.nounLemma(head)) { return false }
        return !opensComplexPreposition && !words.contains { Self.timeWords.contains($0) || $0.first?.isNumber == true }
    }

    /// Nouns of a state or manner that "in" or "on" puts someone in, which say no place.
    static let stateNouns: Set<String> = [
        "sleep", "coma", "power", "pain", "tears", "silence", "secret", "public", "private", "person", "debt",
        "danger", "trouble", "shock", "disbelief", "total", "particular", "general", "fact", "practice", "theory",
        "principle", "advance", "vain", "return", "exchange", "turn", "time", "charge", "control", "touch", "love",
        "mourning", "hiding", "retirement", "illness", "condition", "mood", "hurry", "custody", "detention",
    ]

    /// Nouns that make a preposition with "in"/"on" and "of"/"to"/"with": "in light of", "in
    /// response to", "on behalf of".
    static let complexPrepositionNouns: Set<String> = [
        "light", "view", "response", "addition", "favor", "favour", "order", "spite", "support", "charge", "terms",
        "wake", "accordance", "lieu", "honor", "honour", "memory", "protest", "solidarity", "behalf", "line", "case",
    ]

    /// True when a "where" answer is a gathering the event took place at, in or on ("at the UK
    /// Government's daily coronavirus briefing"): its head is a gathering noun and no name follows
    /// the head, so the names in it only say whose gathering it is. "at a rally in Tulsa" has
    /// its place after the head, and answers "Tulsa".
    func isGathering(_ text: String, in fact: Fact, marker: String?, kind: AnswerKind) -> Bool {
        guard isSetting(text, marker: marker, kind: kind),
              let argument = fact.arguments.first(where: { $0.text == text }),
              let head = wordsOf(argument.head).last, Self.gatheringNouns.contains(forms.nounLemma(head)) else { return false }
        let words = wordsOf(text)
        guard let headIndex = words.lastIndex(of: head) else { return false }
        return headIndex == words.count - 1
    }

    /// Events people speak or announce at.
    static let gatheringNouns: Set<String> = [
        "briefing", "meeting", "conference", "summit", "rally", "ceremony", "hearing", "debate", "session", "speech",
        "interview", "convention", "forum", "festival", "funeral", "gathering", "event", "reception", "dinner",
        "assembly", "congress", "vigil", "celebration", "launch",
    ]

    /// Nouns for the people who work for someone ("the district attorney's office").
    static let staffNouns: Set<String> = ["office", "staff", "bureau", "cabinet", "team", "camp", "entourage", "aides"]

    /// Whether a phrase with no typed mention inside can stand as the answer.
    func acceptsPhrase(_ text: String, kind: AnswerKind, head: String? = nil) -> Bool {
        let words = wordsOf(text)
        switch kind {
        case .thing: return true
        case .kind(let noun):
            guard let head = noun.words.last else { return true }
            let lemma = forms.nounLemma(head)
            return words.contains { forms.nounLemma($0) == lemma }
        case .agent:
            // A phrase headed by a person or organisation noun ("the police officers"); its head
            // when known, so that "Arrest made as mayor of Gdańsk", headed by "arrest", is none.
            let nouns = head.map(wordsOf) ?? words
            if nouns.contains(where: { AnswerTypes.nounClasses[forms.nounLemma($0)] == .person || AnswerTypes.nounClasses[forms.nounLemma($0)] == .organization }) {
                return true
            }
            // "The Manhattan district attorney's office", "the governor's staff": the people who
            // work for someone named in the phrase act for them.
            // (`wordsOf` keeps only a straight apostrophe inside a word.)
            if let last = nouns.last, Self.staffNouns.contains(forms.nounLemma(last)), words.contains(where: { word in
                word.hasSuffix("'s") && AnswerTypes.nounClasses[forms.nounLemma(String(word.dropLast(2)))] == .person
            }) || text.split(separator: " ").dropLast().contains(where: { $0.hasSuffix("'s") && $0.first?.isUppercase == true }) {
                return true
            }
            // A name the entity stage did not recognise, often after a title ("the Archbishop of
            // Gdańsk, Sławoj Leszek Głódź", "the Houthi movement in Yemen"): capitalised words, with
            // no inflected verb among its lower-case words (not a headline's "Arrest made as ...").
            let written = text.split(separator: " ").map(String.init).filter { !EnglishWords.determiners.contains($0.lowercased()) }
            return written.first?.first?.isUppercase == true && written.filter { $0.first?.isUppercase == true }.count >= 2
                && !written.contains { word in
                    guard let first = word.first, first.isLowercase else { return false }
                    return forms.lexicon.lemma(of: word, as: .verb) != word
                }
        case .place:
            // A place phrase: a region or site noun ("the hospital", "a small town"), or a name the
            // entity stage missed ("Holy Cross Hospital"); not any argument ("yesterday").
            if words.contains(where: { AnswerTypes.siteNouns.contains(forms.nounLemma($0)) || AnswerTypes.nounClasses[forms.nounLemma($0)] == .place }) {
                return true
            }
            // A capitalised day or month ("uploaded Wednesday on a YouTube channel") is a time.
            if words.contains(where: { Self.timeWords.contains($0) && $0 != "may" }) { return false }
            let written = text.split(separator: " ").map(String.init).filter { !EnglishWords.determiners.contains($0.lowercased()) }
            return written.first?.first?.isUppercase == true && written.allSatisfy { $0.first?.isUppercase == true || EnglishWords.prepositions.contains($0) }
        case .time:
            return words.contains { $0.first?.isNumber == true || Self.timeWords.contains($0) }
        case .count, .amount, .age, .duration, .measure:
            return words.contains { $0.first?.isNumber == true || Self.numberWords.contains($0) }
        case .possessor, .truth: return false
        case .manner, .reason: return true
        }
    }

    /// The phrase up to a relative pronoun that opens a clause after its first word ("two people
    /// who were participating ..." -> "two people"); the whole phrase when there is none.
    static func beforeRelativeClause(_ phrase: String) -> String {
        let words = phrase.split(separator: " ", omittingEmptySubsequences: false)
        guard let relative = words.indices.dropFirst().first(where: { ["who", "whom", "which", "whose"].contains(words[$0].lowercased()) })
        else { return phrase }
        return words[..<relative].joined(separator: " ")
    }

    /// Nouns for an attack, whose premodifying country or organisation carried it out.
    static let attackNouns: Set<String> = [
        "airstrike", "strike", "attack", "bombing", "raid", "missile", "drone", "offensive", "operation", "assault",
        "shelling", "invasion", "incursion",
    ]

    /// Qualifier markers whose argument is not where something happened.
    /// Prepositions that place what happened at or near their object.
    static let locativeMarkers: Set<String> = [
        "at", "in", "on", "outside", "inside", "near", "beside", "behind", "opposite", "across", "around", "within",
        "to", "into", "toward", "towards",
    ]

    static let notPlaceMarkers: Set<String> = [
        "according to", "with", "by", "for", "about", "as", "because of", "despite", "than", "like", "of", "against",
        "time", "without", "including", "such as", "over", "instead of", "rather than", "unlike", "due to", "prior to",
    ]

    static let timeWords: Set<String> = EnglishWords.monthNames.union(PhraseMatcher.weekdays).union([
        "yesterday", "today", "tomorrow", "year", "week", "month", "morning", "evening", "night",
        "day", "afternoon", "weekend", "hour", "decade", "years", "weeks", "months", "days", "hours", "nights",
    ])
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "single",
    ]

    /// Long phrases are cut to their first words: answers must stay short.
    /// "charged with one count of murder" binds the number "one"; "what" asks for the thing
    /// counted, the whole argument the number opens. Nil when `bound` opens no longer argument.
    func countedThing(_ bound: String, in fact: Fact) -> String? {
        fact.arguments.first { argument in
            guard let value = argument.value, value.text == bound, value.kind == .number, argument.text.count > bound.count else { return false }
            return argument.text.trimmingQuotes().hasPrefix(bound + " ")
        }?.text.trimmingQuotes()
    }

    /// "founded by supporters of the Shinawatra family": a group named by a bare common noun
    /// ("supporters") says whose it is in the "of" phrase after it, which the answer keeps.
    /// Nil for any other entity. O(words of the fact's arguments).
    func groupNamedByItsMembers(_ entity: Entity, in fact: Fact) -> String? {
        guard entity.type == .group, entity.name.first?.isLowercase == true,
              let argument = fact.arguments.first(where: { $0.entity == entity.id }) else { return nil }
        // The words as written (for the answer's capitals), compared in lower case.
        let words = argument.text.trimmingQuotes().split(separator: " ").drop { EnglishWords.determiners.contains($0.lowercased()) }
        let name = entity.name.split(separator: " ")
        guard words.count > name.count + 1, words.prefix(name.count).map({ $0.lowercased() }) == name.map({ $0.lowercased() }),
              words[words.startIndex + name.count].lowercased() == "of" else { return nil }
        return shortened(words.joined(separator: " "), to: 15)
    }

    func shortened(_ text: String, to limit: Int) -> String {
        let parts = text.split(separator: " ")
        return parts.count <= limit ? text : parts.prefix(limit).joined(separator: " ")
    }

    func describeEmptyPart(_ atom: Atom) -> String {
        "'\(atom.relation)'" + (atom.object.map { " with \($0)" } ?? "")
    }

    /// The entities a name resolved to (best first) that are the best one's referent: a surname
    /// shared in a family ("along with Trump") names Donald Trump, not Melania Trump, whose given
    /// name differs; a one-word entity, one with the same given name or one that is no person may
    /// be the same referent. All of them when the best is no person with a given name and no
    /// person with a given name shares it.
    func sameReferent(_ named: [EntityID]) -> [EntityID] {
        guard var best = named.first, named.count > 1, source.entity(best).type == .person else { return named }
        if wordsOf(source.name(of: best)).count < 2 {
            // With many articles loaded, a one-word entity ("Trump", from an article that never
            // gives the full name) matches best; the full name mentioned most is the referent.
            let full = named.filter { source.entity($0).type == .person && wordsOf(source.name(of: $0)).count >= 2 }
            if let most = full.max(by: { source.entity($0).mentions.count < source.entity($1).mentions.count }) { best = most }
        }
        let bestWords = wordsOf(source.name(of: best))
        guard bestWords.count >= 2 else { return named }
        let bestGiven = bestWords.first.map(folded)
        return named.filter { id in
            let words = wordsOf(source.name(of: id))
            return id == best || words.count < 2 || words.first.map(folded) == bestGiven || source.entity(id).type != .person
        }
    }

    /// Entities and words the question names: they are not its answer.
    func namedInQuestion(_ question: Question) -> (Set<EntityID>, Set<String>) {
        var entities = Set<EntityID>()
        var words = Set<String>()
        func add(_ term: Term?) {
            guard case .phrase(let phrase) = term else { return }
            add(phrase)
        }
        func add(_ phrase: Phrase) {
            // The name's words: capitalised ones, one with a capital after a particle
            // ("al-Muhandis"), and a particle between two of them ("Bill de Blasio").
            let names = phrase.words.indices.filter { i in
                let word = phrase.words[i]
                if word.first?.isUppercase == true || word.dropFirst().contains(where: \.isUppercase) { return true }
                return EnglishWords.nameParticles.contains(word) && i > 0 && i + 1 < phrase.words.count
                    && phrase.words[i - 1].first?.isUppercase == true && phrase.words[i + 1].first?.isUppercase == true
            }.map { phrase.words[$0] }
            if !names.isEmpty {
                // A role the question names ("who was elected Speaker") names no one in particular:
                // its holders may be the answer.
                let name = names.joined(separator: " ")
                // "the Queen" is someone in particular.
                let isRole = !phrase.words.contains { EnglishWords.determiners.contains($0.lowercased()) }
                var named = source.resolve(name: name)
                if named.isEmpty { named = PhraseMatcher.resolveWithoutTitles(names, source: source) }
                entities.formUnion(sameReferent(named).filter { !isRole || !isTitle(name, of: $0) })
            }
            // As the answers' words are read ("U.S." is "u.s"), so they compare.
            for word in phrase.words where word.first?.isUppercase == true { words.formUnion(wordsOf(word).map(folded)) }
        }
        switch question.form {
        case .clause(let atom), .yesNo(let atom):
            add(atom.subject)
            add(atom.object)
            atom.qualifiers.forEach { add($0.term) }
        case .identity(let phrase):
            add(phrase)
            if phrase.words.contains("'s") {
                // "Stevens's daughters": the relation's own noun is no answer to it.
                for word in phrase.words where word.first?.isLowercase == true && word != "'s" {
                    words.insert(folded(word))
                    words.insert(folded(forms.nounLemma(word)))
                }
            }
        case .quotes(let speaker, _, let about, let listener):
            add(speaker)
            if let about { add(about) }
            if let listener { add(listener) }
        }
        return (entities, words)
    }
}
