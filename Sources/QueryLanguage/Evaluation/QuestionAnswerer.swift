import FactModel

/// Answers questions: a clause with an open slot, an identity ("who is X"), quotes, or yes/no.
/// Fact answers come first; the sentence fallback fills in, ranked below, when facts are weak.
struct QuestionAnswerer {
    let source: any FactSource
    let forms: WordForms
    let isCancelled: @Sendable () -> Bool

    private var planner: QueryPlanner { QueryPlanner(source: source, forms: forms) }
    private var fallback: SentenceFallback { SentenceFallback(source: source, forms: forms) }
    /// A fact answer this good needs no help from the sentences.
    private let strongScore = 0.3

    func column(for kind: AnswerKind) -> String {
        switch kind {
        case .agent: return "who"
        case .place: return "where"
        case .time: return "when"
        case .count: return "how many"
        case .amount: return "how much"
        case .age: return "age"
        case .duration: return "how long"
        case .truth: return "answer"
        case .manner: return "how"
        case .kind, .possessor, .thing: return "what"
        }
    }

    func plan(_ question: Question) -> QueryPlan {
        var notes = ["merge answers per entity; rank by match quality and confidence"]
        var root: PlanNode?
        switch question.form {
        case .clause(let atom), .yesNo(let atom):
            root = planner.plan(.atom(atom))
        case .identity(let phrase):
            notes.insert("titles, appositions and copulas of \(phrase)", at: 0)
        case .quotes(let speaker, _, _, _):
            notes.insert("statements attributed to \(speaker)", at: 0)
        }
        let groups = fallback.wordGroups(question.words).compactMap(\.first)
        notes.append("if no fact matches: sentences with {\(groups.joined(separator: ", "))}")
        return QueryPlan(understood: question.description, root: root, notes: notes)
    }

    func answer(_ question: Question) -> AnswerTable {
        var question = question
        if case .identity(let phrase) = question.form, question.kind == .thing, phrase.words.contains("'s"),
           let head = phrase.words.last, AnswerTypes.nounValues[forms.nounLemma(head)] != nil {
            // "what was Warholm's winning time": a value of the kind the noun names, not any mention.
            question.kind = .kind(Phrase(words: [head], range: phrase.range))
        }
        let column = column(for: question.kind)
        let (excludedEntities, excludedWords) = namedInQuestion(question)
        var candidates: [Candidate]
        var emptyPart = "the question"
        switch question.form {
        case .yesNo(let atom):
            return yesNo(question, atom: atom)
        case .clause(let atom):
            if let holder = roleHolder(asked: question.kind, in: atom) {
                // "what position did Harris hold in San Francisco": the roles the entity is given.
                candidates = roles(of: holder, near: atom.qualifiers)
            } else if isExistential(atom) {
                // "how many sanctuary jurisdictions are there": no clause to match; the sentences say it.
                candidates = []
            } else {
                let node = planner.plan(.atom(atom))
                let bindings = PlanExecutor(source: source, isCancelled: isCancelled).run(node)
                candidates = bindings.flatMap { binding in
                    candidatesFrom(binding, kind: question.kind, excluded: excludedEntities).map {
                        var candidate = $0
                        candidate.missingParts = binding.missingParts
                        return candidate
                    }
                }
                candidates = candidates.map { focusing($0, on: question.kind) }
                candidates = withoutIncompleteMatches(candidates)
                candidates = withoutGroupsNamedByMembers(candidates)
                if candidates.isEmpty { candidates = calledInWhatTheySaid(atom) }
            }
            emptyPart = describeEmptyPart(atom)
        case .identity(let phrase):
            // "what was Warholm's winning time" asks for a value: the sentences give it, not the
            // holders of a "time".
            if case .kind(let noun) = question.kind, let head = noun.words.last,
               AnswerTypes.nounValues[forms.nounLemma(head)] != nil {
                candidates = []
            } else {
                candidates = identity(phrase, kind: question.kind)
            }
            emptyPart = "'\(phrase.text)'"
        case .quotes(let speaker, let verb, let about, let listener):
            candidates = quotes(speaker: speaker, verb: verb, about: about, listener: listener)
            emptyPart = "statements by '\(speaker.text)'"
        }
        let best = candidates.map(\.score).max() ?? 0
        // A value question whose facts gave only tolerated kinds (a year for "how old") asks the
        // sentences too: a value of the asked kind there wins ("died aged 79").
        let lacksAskedKind = AnswerTypes.primaryValueKinds(for: question.kind, forms: forms).map { primary in
            !candidates.isEmpty && !candidates.contains { $0.valueKind.map { primary.contains($0) || $0 == .number } == true }
        } ?? false
        if best < strongScore || lacksAskedKind {
            candidates += fallback.answers(question, excluding: excludedEntities, excludedWords: excludedWords)
        }
        candidates = preferringPrimaryValues(candidates, kind: question.kind)
        if case .place = question.kind { candidates = joiningPlacesWithTheirRegions(candidates) }
        var table = AnswerMerger(source: source).merge(candidates, column: column)
        let isTitleLookup: Bool = { if case .identity = question.form { return true } else { return false } }()
        let asksQuotes: Bool = { if case .quotes = question.form { return true } else { return false } }()
        // A quotation is asked for one statement: others must come close to the best.
        table = keepBest(table, candidates: candidates, ratio: isTitleLookup ? 0.8 : asksQuotes ? 0.7 : 0.5)
        if case .clause(let atom) = question.form { table = RestatementFilter(atom).filter(table) }
        if case .time = question.kind { table = DayNameFilter.filter(table) }
        var hints: [String] = []
        if case .clause(let atom) = question.form, case .verb(let verb, let particles, _) = atom.relation,
           planner.plan(atom, bound: []).relationKeys.allSatisfy({ source.estimatedCount(of: FactPattern(relation: $0.key)) == 0 }) {
            emptyPart = "the relation '\(([verb] + particles).joined(separator: " "))'"
            let lemma = forms.relationKeys(verb: verb, particles: particles).first?.key ?? verb
            hints = NameSuggester(source: source).relationSuggestions(for: verb, lemma: lemma)
            if !table.rows.isEmpty, !hints.isEmpty {
                table.note = QueryDiagnostics.answeredFromSentences(part: emptyPart, suggestions: hints)
            }
        }
        if table.rows.isEmpty {
            table.note = QueryDiagnostics.nothingFound(part: emptyPart, suggestions: hints + suggestions(for: question))
        }
        return table
    }

    /// When some answer is a value of the kind the question is really after (an age for "how old",
    /// a date for "when", a count for "how many"), answers of the merely tolerated kinds (a year
    /// for "how old", a time of day for "when") and untyped phrases are dropped.
    private func preferringPrimaryValues(_ candidates: [Candidate], kind: AnswerKind) -> [Candidate] {
        guard let primary = AnswerTypes.primaryValueKinds(for: kind, forms: forms) else { return candidates }
        guard candidates.contains(where: { $0.valueKind.map(primary.contains) == true }) else { return candidates }
        let strict = AnswerTypes.asksForValueOnly(kind)
        return candidates.filter { candidate in
            guard let valueKind = candidate.valueKind else { return !strict }
            return primary.contains(valueKind)
        }
    }

    /// When some facts state everything the question names ("killed in the collision"), answers
    /// from facts that leave a part out (a killing somewhere else) are not answers to it.
    private func withoutIncompleteMatches(_ candidates: [Candidate]) -> [Candidate] {
        guard candidates.contains(where: { $0.missingParts == 0 }) else { return candidates }
        return candidates.filter { $0.missingParts == 0 }
    }

    /// "what did Honcharuk call Zelensky" against "He said Zelensky is 'a model of honesty for me'":
    /// what the speaker said the object is, read from copulas attributed to them.
    private func calledInWhatTheySaid(_ atom: Atom) -> [Candidate] {
        guard case .verb(let verb, _, _) = atom.relation,
              Paraphrases.relationKeys(equivalentTo: "call").contains(forms.verbLemma(verb)),
              case .phrase(let speakerPhrase)? = atom.subject, case .phrase(let calledPhrase)? = atom.object else { return [] }
        let speakers = Set(PhraseMatcher(phrase: speakerPhrase, source: source, forms: forms).entities)
        let called = PhraseMatcher(phrase: calledPhrase, source: source, forms: forms)
        guard !speakers.isEmpty else { return [] }
        var candidates: [Candidate] = []
        for id in called.lookups.flatMap({ source.facts(matching: FactPattern(subject: $0, relation: "be")) }) {
            let fact = source.fact(id)
            guard fact.kind == .copula, !fact.predicate.negated, let speaker = fact.attribution?.speaker.entity,
                  speakers.contains(speaker), let object = fact.object, called.score(fact.subject) >= 0.6 else { continue }
            let text = object.text.trimmingQuotes()
            candidates.append(Candidate(value: .text(text), text: text, score: 0.7 * (0.6 + 0.4 * Double(fact.confidence)),
                                        support: .fact(id), fromSentence: false))
        }
        return candidates
    }

    /// "two candidates, Elizabeth Warren and Michael Bloomberg, ended ...": when the names in
    /// apposition to a group answer too, the group is not a further answer.
    private func withoutGroupsNamedByMembers(_ candidates: [Candidate]) -> [Candidate] {
        let answered = Set(candidates.compactMap { if case .entity(let id) = $0.value { return id } else { return nil } })
        return candidates.filter { candidate in
            guard case .entity(let group) = candidate.value, source.entity(group).type == .group,
                  case .fact(let id) = candidate.support else { return true }
            let sentence = source.provenance(of: id)
            let members = source.facts(matching: FactPattern(relation: "be", object: .entity(group))).filter { member in
                let provenance = source.provenance(of: member)
                return provenance.document == sentence.document && provenance.sentence == sentence.sentence
                    && source.fact(member).kind == .appositive
            }
            return !members.contains { source.subjectEntity(of: $0).map(answered.contains) == true }
        }
    }

    /// "born in Baltimore, Maryland": a place and the region written right after it, read from
    /// the same sentence, are one answer ("Baltimore, Maryland"), not two.
    private func joiningPlacesWithTheirRegions(_ candidates: [Candidate]) -> [Candidate] {
        let builder = EvidenceBuilder(source: source)
        let evidence = candidates.map { builder.evidence(for: $0.support) }
        var result = candidates
        var removed = Set<Int>()
        var regions: [String: Int] = [:]  // a region joined to a place, to the joined answer's index
        for (i, place) in candidates.enumerated() where !removed.contains(i) {
            guard let sentence = evidence[i] else { continue }
            for (j, region) in candidates.enumerated() where j != i && !removed.contains(j) {
                let joined = place.text + ", " + region.text
                guard let other = evidence[j], other.path == sentence.path, other.sentence == sentence.sentence,
                      sentence.sentence.contains(joined) else { continue }
                result[i].text = joined
                result[i].value = .text(joined)
                result[i].score = max(place.score, region.score)
                removed.insert(j)
                regions[region.text] = i
                break
            }
        }
        // The same place read alone elsewhere is the same answer ("Minsk" and "Minsk, Belarus"); so
        // is its region read alone ("Illinois" beside "Antioch, Illinois"): the joined answer says both.
        var joinedNames: [String: Candidate] = [:]
        for (i, candidate) in result.enumerated() where !removed.contains(i) && candidate.text != candidates[i].text {
            joinedNames[candidates[i].text] = candidate
        }
        for (region, i) in regions where joinedNames[region] == nil { joinedNames[region] = result[i] }
        for i in result.indices where !removed.contains(i) {
            if let joined = joinedNames[result[i].text] {
                result[i].text = joined.text
                result[i].value = joined.value
            }
        }
        return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

    /// Drops answers far below the best, so list answers stay precise.
    private func keepBest(_ table: AnswerTable, candidates: [Candidate], ratio: Double) -> AnswerTable {
        var best: [String: Double] = [:]
        for candidate in candidates { best[candidate.text] = max(best[candidate.text] ?? 0, candidate.score) }
        guard let top = table.rows.first.flatMap({ best[$0.values[0]] }) else { return table }
        var copy = table
        copy.rows = table.rows.filter { (best[$0.values[0]] ?? top) >= top * ratio }
        return copy
    }

    // MARK: Clause answers

    /// "there is/are ...": a copula whose subject is the empty "there".
    private func isExistential(_ atom: Atom) -> Bool {
        guard case .copula = atom.relation, case .phrase(let phrase)? = atom.subject else { return false }
        return phrase.words.map { $0.lowercased() } == ["there"]
    }

    /// A number answer to "how many delegates" counts for less when nothing near it says "delegates".
    private func focusing(_ candidate: Candidate, on kind: AnswerKind) -> Candidate {
        let noun: Phrase?
        switch kind {
        case .count(let phrase), .amount(let phrase): noun = phrase
        default: noun = nil
        }
        guard let head = noun?.words.last, case .fact(let id) = candidate.support else { return candidate }
        let lemma = forms.nounLemma(head)
        let fact = source.fact(id)
        let texts = [fact.subject.text, fact.object?.text ?? ""] + fact.qualifiers.map(\.argument.text)
        let mentionsNoun = texts.contains { wordsOf($0).contains { forms.nounLemma($0) == lemma } }
        var copy = candidate
        if !mentionsNoun { copy.score *= 0.3 }
        return copy
    }

    /// Turns one binding of `?answer` into candidates of the asked kind, reading the mentions inside
    /// a phrase answer when the phrase itself is not of that kind ("his former rival, Joe Biden").
    private func candidatesFrom(_ binding: Binding, kind: AnswerKind, excluded: Set<EntityID>) -> [Candidate] {
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
        switch value {
        case .entity(let id):
            if excluded.contains(id) { return [] }
            let entity = source.entity(id)
            var fit = AnswerTypes.fit(.entity(entity.type), kind: kind, forms: forms)
            let subjectName = wordsOf(fact.subject.text.trimmingQuotes()).drop { EnglishWords.determiners.contains($0) }.joined(separator: " ")
            if fit == 0, kind == .agent, entity.type == .place, fact.kind == .event || fact.kind == .derived, fact.subject.entity == id,
               subjectName == wordsOf(entity.name).joined(separator: " ") || entity.aliases.contains(fact.subject.text),
               fact.predicate.voice == .active || fact.predicate.surface.lowercased().contains(" by") {
                // "Germany on Monday banned ...": a country acting through its government is the doer
                // (the whole subject is the place, not a title chain such as "United States Senator X").
                fit = 0.9
            }
            if fit == 0, case .kind(let noun) = kind, isNamed(entity, after: noun, in: fact.provenance) {
                // "hiring law firm Sidley Austin": the class noun right before the name says what it
                // is, whatever type the name was given.
                fit = 1
            }
            if fit == 0, kind == .place, entity.type == .organization || entity.type == .group, ["at", "in", "on"].contains(boundMarker ?? "") {
                // "studied law at Northwestern University", "found on Amazon.com web servers": an
                // institution or system is where it happened.
                fit = 0.9
            }
            if fit > 0 { return [Candidate(value: value, text: entity.name, score: binding.score * fit, support: support, fromSentence: false)] }
            return []
        case .text(let text):
            let elaborated = elaborations(of: text, in: fact, kind: kind, excluded: excluded)
            if !elaborated.isEmpty {
                return elaborated.map {
                    var candidate = $0
                    candidate.score = binding.score * 0.95
                    candidate.support = support
                    return candidate
                }
            }
            let ref = SentenceRef(document: fact.provenance.document, sentence: fact.provenance.sentence)
            // A bound value stands for the argument it was read from, which may hold more
            // ("around 8:30 p.m. on August 27" binds "8:30 p.m.").
            let arguments = [fact.subject] + [fact.object].compactMap { $0 } + fact.qualifiers.map(\.argument)
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
            let foldedWhole = folded(whole)
            var inside = source.mentions(in: ref).filter { foldedWhole.contains(folded($0.text)) }
            if case .possessor(let noun) = kind, let segment = possessorSegment(of: noun, in: whole) {
                // "whose convictions": the names after "convictions of", not the places later on.
                inside = inside.filter { folded(segment).contains(folded($0.text)) }
            }
            inside = withoutTitleOwners(inside, inFolded: foldedWhole)
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
            if acceptsPhrase(text, kind: kind) || isSetting(text, marker: boundMarker, kind: kind) {
                let display = shortened(text.trimmingQuotes(), to: kind == .thing ? 40 : 15)
                return [Candidate(value: .text(display), text: display, score: binding.score * 0.8, support: support, fromSentence: false)]
            }
            return []
        }
    }

    /// "was charged with three distinct crimes: transmission of ..., attempted extortion, and wire
    /// fraud": an answer that counts things ("three distinct crimes") stands for the things the
    /// sentence lists in apposition to it, which are the answers to "what" and "who". Their
    /// scores and support are the caller's to set. O(facts with the counted phrase's head).
    private func elaborations(of text: String, in fact: Fact, kind: AnswerKind, excluded: Set<EntityID>) -> [Candidate] {
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

    /// `mentions` without the organizations and places named only as the owner of a person's
    /// title right after them ("DHS Secretary John Kelly", "Los Angeles Mayor Eric Garcetti"):
    /// the person is the answer, not the department or the city. `text` is the argument phrase,
    /// already `folded`. O(mentions² × titles).
    private func withoutTitleOwners(_ mentions: [Mention], inFolded text: String) -> [Mention] {
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
                guard (1...3).contains(words.count) else { return false }
                let between = words.joined(separator: " ")
                return source.entity(person.entity).titles.contains { folded($0.role).hasSuffix(between) }
            }
        }
    }

    /// The possessor part of a phrase for "whose <noun>": the words after "<noun> of" up to the next
    /// preposition ("the convictions of A and B for crimes ..." -> "A and B"), or before "'s <noun>".
    private func possessorSegment(of noun: Phrase, in text: String) -> String? {
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
    private func isNamed(_ entity: Entity, after noun: Phrase, in provenance: Provenance) -> Bool {
        let sentence = folded(source.sentenceText(SentenceRef(document: provenance.document, sentence: provenance.sentence)))
        let classNoun = folded(noun.words.joined(separator: " "))
        return ([entity.name] + entity.aliases).contains { sentence.contains(classNoun + " " + folded($0)) }
    }

    /// "announced the measure at the daily coronavirus briefing", "uploaded on a YouTube channel":
    /// for "where", what a fact places the event at, in or on is the answer, whatever the noun,
    /// unless it is a time ("on Wednesday").
    private func isSetting(_ text: String, marker: String?, kind: AnswerKind) -> Bool {
        guard kind == .place, let marker, ["at", "in", "on"].contains(marker) else { return false }
        let words = wordsOf(text)
        return !words.contains { Self.timeWords.contains($0) || $0.first?.isNumber == true }
    }

    /// Whether a phrase with no typed mention inside can stand as the answer.
    private func acceptsPhrase(_ text: String, kind: AnswerKind) -> Bool {
        let words = wordsOf(text)
        switch kind {
        case .thing: return true
        case .kind(let noun):
            guard let head = noun.words.last else { return true }
            let lemma = forms.nounLemma(head)
            return words.contains { forms.nounLemma($0) == lemma }
        case .agent:
            if words.contains(where: { AnswerTypes.nounClasses[forms.nounLemma($0)] == .person || AnswerTypes.nounClasses[forms.nounLemma($0)] == .organization }) {
                return true
            }
            // A name the entity stage did not recognise, often after a title ("the Archbishop of
            // Gdańsk, Sławoj Leszek Głódź"): a phrase of capitalised words.
            let written = text.split(separator: " ").map(String.init).filter { !EnglishWords.determiners.contains($0.lowercased()) }
            return written.first?.first?.isUppercase == true && written.filter { $0.first?.isUppercase == true }.count >= 2
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
        case .count, .amount, .age, .duration:
            return words.contains { $0.first?.isNumber == true || Self.numberWords.contains($0) }
        case .possessor, .truth: return false
        case .manner: return true
        }
    }

    /// Nouns for an attack, whose premodifying country or organisation carried it out.
    static let attackNouns: Set<String> = [
        "airstrike", "strike", "attack", "bombing", "raid", "missile", "drone", "offensive", "operation", "assault",
        "shelling", "invasion", "incursion",
    ]

    /// Qualifier markers whose argument is not where something happened.
    static let notPlaceMarkers: Set<String> = [
        "according to", "with", "by", "for", "about", "as", "because of", "despite", "than", "like", "of", "against",
        "time", "without", "including", "such as", "over",
    ]

    static let timeWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow", "year",
        "week", "month", "morning", "evening", "night",
    ]
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen", "single",
    ]

    /// Long phrases are cut to their first words: answers must stay short.
    private func shortened(_ text: String, to limit: Int) -> String {
        let parts = text.split(separator: " ")
        return parts.count <= limit ? text : parts.prefix(limit).joined(separator: " ")
    }

    private func describeEmptyPart(_ atom: Atom) -> String {
        "'\(atom.relation)'" + (atom.object.map { " with \($0)" } ?? "")
    }

    /// Entities and words the question names: they are not its answer.
    private func namedInQuestion(_ question: Question) -> (Set<EntityID>, Set<String>) {
        var entities = Set<EntityID>()
        var words = Set<String>()
        func add(_ term: Term?) {
            guard case .phrase(let phrase) = term else { return }
            add(phrase)
        }
        func add(_ phrase: Phrase) {
            let names = phrase.words.filter { $0.first?.isUppercase == true }
            if !names.isEmpty {
                // A role the question names ("who was elected Speaker") names no one in particular:
                // its holders may be the answer.
                let name = names.joined(separator: " ")
                // "the Queen" is someone in particular.
                let isRole = !phrase.words.contains { EnglishWords.determiners.contains($0.lowercased()) }
                var named = source.resolve(name: name)
                if named.isEmpty { named = PhraseMatcher.resolveWithoutTitles(names, source: source) }
                entities.formUnion(named.filter { !isRole || !isTitle(name, of: $0) })
            }
            for word in phrase.words where word.first?.isUppercase == true { words.insert(folded(word)) }
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

    // MARK: Identity: who is X, who is the mayor of Y

    private func identity(_ phrase: Phrase, kind: AnswerKind) -> [Candidate] {
        let name = phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }.joined(separator: " ")
        let named = phrase.words.contains("'s") ? [] : source.resolve(name: name)
        if let entity = named.first, !looksLikeTitle(phrase), !isTitle(name, of: entity) {
            return describeIdentity(entity)
        }
        return holders(of: phrase)
    }

    /// True when `name` resolved to the entity through one of its titles ("the Foreign Secretary"
    /// for Dominic Raab): the question then asks who holds it, not what the holder is.
    private func isTitle(_ name: String, of id: EntityID) -> Bool {
        let wanted = folded(name)
        return source.entity(id).titles.contains { folded($0.role) == wanted || folded($0.text) == wanted }
    }

    /// A phrase such as "the mayor of Los Angeles" or "Merkel's spokesperson", rather than a name.
    private func looksLikeTitle(_ phrase: Phrase) -> Bool {
        phrase.words.contains { $0.first?.isLowercase == true && !EnglishWords.determiners.contains($0) }
    }

    /// Who X is: titles, then what copulas and appositions say about X.
    private func describeIdentity(_ id: EntityID) -> [Candidate] {
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

    /// Verbs of holding a role ("hold", "occupy"), as their lemmas.
    static let roleVerbs: Set<String> = ["hold", "have", "occupy", "fill", "take", "serve"]

    /// The entity a role question asks about: "what position/post/office did X hold".
    private func roleHolder(asked kind: AnswerKind, in atom: Atom) -> EntityID? {
        guard case .kind(let noun) = kind, let head = AnswerTypes.headWord(of: noun),
              AnswerTypes.roleNouns.contains(forms.nounLemma(head)),
              case .verb(let verb, _, _) = atom.relation, Self.roleVerbs.contains(forms.verbLemma(verb)),
              case .phrase(let subject)? = atom.subject else { return nil }
        return PhraseMatcher(phrase: subject, source: source, forms: forms).entities.first
    }

    /// The roles an entity holds (its titles, what it serves as, and its descriptions), those
    /// whose sentence names the question's qualifiers ("in San Francisco") first.
    private func roles(of id: EntityID, near qualifiers: [QualifierTerm]) -> [Candidate] {
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
            return scored
        }
    }

    /// Who holds a title: entity titles, title facts and descriptions whose words cover the phrase's.
    private func holders(of phrase: Phrase) -> [Candidate] {
        let (roleWords, ownerWords, possessor) = splitTitle(phrase)
        guard let roleHead = roleWords.last else { return [] }
        let wanted = Set(roleWords + ownerWords)
        let possessorEntities = possessor.map { source.resolve(name: $0) } ?? []
        var matchedOwners = Set<EntityID>()
        var candidates: [Candidate] = []
        // An owner the title does not name may still be what its article is about ("Prime
        // Minister Mateusz Morawiecki" in an article on Poland): the owner's words in the same
        // document count, and a holder with no sign of the owner at all counts for less.
        var documentWords: [DocumentID: Set<String>] = [:]
        let plainWords = phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }
        let ownerText = plainWords.firstIndex { EnglishWords.prepositions.contains($0.lowercased()) }
            .map { plainWords[($0 + 1)...].joined(separator: " ") } ?? ""
        // Only a country or place: an article about Poland is about its prime minister, but an
        // article that names the European Council is not about every president in it.
        let ownerIsPlace = source.resolve(name: ownerText).contains { source.entity($0).type == .place }
        func ownerInDocument(_ document: DocumentID?) -> Bool {
            guard let document, !ownerWords.isEmpty, ownerIsPlace else { return false }
            if documentWords[document] == nil {
                let text = source.document(document)?.text ?? ""
                documentWords[document] = Set(wordsOf(text).map { folded(forms.nounLemma($0)) })
            }
            return ownerWords.allSatisfy { documentWords[document]!.contains($0) }
        }
        // Names in the asked owner ("Conservative" in "the leader of the Conservative Party").
        let askedOwnerNames = Self.capitalizedWords(ownerText)
        func score(_ words: [String], modifier: String?, document: DocumentID? = nil, namesOwner: Bool = true, heldOwner: String = "") -> Double {
            let have = Set(words)
            guard have.contains(roleHead) || have.contains(where: { $0.hasPrefix(roleHead) }) else { return 0 }
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
            return value
        }
        for id in source.entities(ofType: nil) {
            let entity = source.entity(id)
            for title in entity.titles {
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
        for key in keys {
            for factID in source.facts(matching: FactPattern(relation: key)) {
                let fact = source.fact(factID)
                guard let object = FactMatcher.object(of: fact) else { continue }
                let words = titleWords(object.text) + fact.qualifiers.flatMap { titleWords($0.argument.text) }
                var value = score(words, modifier: fact.predicate.modality ?? object.text, document: fact.provenance.document,
                                  namesOwner: !fact.qualifiers.isEmpty || object.text.contains(" of ") || object.text.contains("'s "),
                                  heldOwner: fact.qualifiers.map(\.argument.text).joined(separator: " "))
                if !possessorEntities.isEmpty, let owner = object.entity ?? fact.qualifiers.first?.argument.entity,
                   possessorEntities.contains(owner) {
                    value = max(value, 0.9)
                    matchedOwners.insert(owner)
                }
                guard value > 0 else { continue }
                let answer = fact.subject
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

    /// The capitalised words of a name, folded ("the Labour Party" -> labour, party).
    static func capitalizedWords(_ text: String) -> Set<String> {
        Set(text.split(separator: " ").filter { $0.first?.isUppercase == true }.map { folded(String($0)) })
    }

    /// The content words of a title or description, possessives reduced to their owner
    /// ("Dunn's mother" -> dunn, mother).
    private func titleWords(_ text: String) -> [String] {
        let words: [String] = wordsOf(text).map { word in word.hasSuffix("'s") ? String(word.dropLast(2)) : word }
        return words.filter { !$0.isEmpty && !EnglishWords.determiners.contains($0) && !EnglishWords.prepositions.contains($0) }
            .flatMap { $0.split(separator: "-").map(String.init) }
            .map { folded(forms.nounLemma($0)) }
    }

    /// "the mayor of Los Angeles" -> (mayor, los angeles); "Merkel's spokesperson" -> (spokesperson, merkel; possessor Merkel);
    /// "the European Council chief" -> (chief, european council).
    private func splitTitle(_ phrase: Phrase) -> (role: [String], owner: [String], possessor: String?) {
        var words = phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }
        var possessor: String?
        if let index = words.firstIndex(of: "'s") {
            possessor = words[..<index].joined(separator: " ")
            let owner = words[..<index].map { folded($0) }
            words = Array(words[(index + 1)...])
            let role = titleWords(words.joined(separator: " "))
            return (role, owner, possessor)
        }
        if let index = words.firstIndex(where: { EnglishWords.prepositions.contains($0.lowercased()) }) {
            let role = titleWords(words[..<index].joined(separator: " "))
            let owner = titleWords(words[(index + 1)...].joined(separator: " "))
            return (role, owner, nil)
        }
        return (titleWords(words.joined(separator: " ")), [], nil)
    }

    // MARK: Quotes: what did X say

    private func quotes(speaker: Phrase, verb: String, about: Phrase?, listener: Phrase?) -> [Candidate] {
        var speakers = source.resolve(name: speaker.text)
        if speakers.isEmpty {
            // "what did the mayor say": the title's holders; a loose match is nobody's speech.
            speakers = holders(of: speaker).filter { $0.score >= 0.7 }
                .compactMap { if case .entity(let id) = $0.value { return id } else { return nil } }
        }
        let speakerMatcher = PhraseMatcher(phrase: speaker, source: source, forms: forms)
        let aboutMatcher = about.map { PhraseMatcher(phrase: $0, source: source, forms: forms) }
        let listenerMatcher = listener.map { PhraseMatcher(phrase: $0, source: source, forms: forms) }
        let sayKeys = Set(Paraphrases.relationKeys(equivalentTo: "say"))
        var candidates: [Candidate] = []
        // The speaker's facts, and say-facts whose subject names the speaker in words the entity
        // stage did not link ("Speaking to BBC Sport, Warholm said ...").
        var factIDs: [FactID] = []
        for id in speakers.prefix(2) { factIDs += source.facts(about: id) }
        for key in sayKeys.sorted() { factIDs += source.facts(matching: FactPattern(relation: key)) }
        var seenFacts = Set<FactID>()
        for factID in factIDs where seenFacts.insert(factID).inserted {
            let fact = source.fact(factID)
            let isSaying = fact.kind == .attribution || sayKeys.contains(fact.predicate.canonical) || sayKeys.contains(fact.predicate.lemma)
            // "Adamowicz was announced to have died": the subject of a passive said nothing.
            guard isSaying, let content = fact.object, fact.predicate.voice != .passive else { continue }
            let bySpeaker = fact.subject.entity.map { speakers.prefix(2).contains($0) }
                ?? (speakerMatcher.score(fact.subject) >= 0.7
                    || !Set(source.resolve(name: fact.subject.text)).isDisjoint(with: speakers.prefix(2)))
            guard bySpeaker else { continue }
            var score = 0.8 * (0.6 + 0.4 * Double(fact.confidence))
            let sentence = source.sentenceText(SentenceRef(document: fact.provenance.document, sentence: fact.provenance.sentence))
            if let aboutMatcher {
                score *= wordsOf(sentence).contains(where: { aboutMatcher.words.contains(folded($0)) }) ? 1 : 0.5
            }
            var contentIsListener = false
            if let listenerMatcher {
                contentIsListener = listenerMatcher.score(content) >= 0.4
                let heard = contentIsListener || fact.qualifiers.map(\.argument).contains { listenerMatcher.score($0) >= 0.4 }
                score *= heard ? 1 : 0.3
            }
            let quoted = SentenceFallback.quotations(in: sentence)
            var texts = quoted.filter { folded(content.text).contains(folded($0)) || folded($0).contains(folded(content.text)) }
            if texts.isEmpty, !quoted.isEmpty, fact.kind != .attribution || contentIsListener {
                // "X told the Daily Mail, "..."": the object is the listener; what was said is the
                // first quotation after the speaker (later ones may be someone else's).
                let start = sentence.firstRange(of: fact.subject.text)?.upperBound ?? sentence.startIndex
                let after = quoted.filter { quote in sentence.firstRange(of: quote).map { $0.lowerBound >= start } ?? false }
                texts = Array((after.isEmpty ? quoted : after).prefix(1))
            }
            if texts.isEmpty {
                if contentIsListener { continue }
                texts = [content.text.trimmingQuotes()]
            }
            for text in texts {
                candidates.append(Candidate(value: .text(text), text: text, score: score, support: .fact(factID), fromSentence: false))
            }
        }
        for id in speakers.prefix(2) {
            if candidates.isEmpty {
                // No attribution fact: quotations in the sentences that mention the speaker.
                for mention in source.entity(id).mentions.prefix(200) {
                    let ref = SentenceRef(document: mention.document, sentence: mention.sentence)
                    let sentence = source.sentenceText(ref)
                    var score = 0.35
                    if let aboutMatcher, !wordsOf(sentence).contains(where: { aboutMatcher.words.contains(folded($0)) }) { score *= 0.5 }
                    for quote in SentenceFallback.quotations(in: sentence) {
                        candidates.append(Candidate(value: .text(quote), text: quote, score: score, support: .sentence(ref, nil), fromSentence: true))
                    }
                }
            }
        }
        return candidates
    }

    // MARK: Yes or no

    private func yesNo(_ question: Question, atom: Atom) -> AnswerTable {
        var table = AnswerTable(columns: ["answer"])
        let node = planner.plan(.atom(atom))
        var executor = PlanExecutor(source: source, isCancelled: isCancelled)
        executor.negationMatters = false
        let bindings = executor.run(node).sorted { $0.score > $1.score }
        let builder = EvidenceBuilder(source: source)
        // "was Bolton the first ...", "did Sanders win ..." (winning is coming first).
        var askedRank = question.words.lazy.compactMap { FactMatcher.rankWords[$0.lowered] }.first
        if askedRank == nil, case .verb(let verb, _, _) = atom.relation, forms.verbLemma(verb) == "win" { askedRank = 1 }
        var subjectHead: String?
        if case .phrase(let phrase)? = atom.subject { subjectHead = phrase.words.last.map { folded($0) } }
        if let best = bindings.first, best.score >= 0.25, case .fact(let id)? = best.support.last {
            let fact = source.fact(id)
            let sentence = wordsOf(source.sentenceText(SentenceRef(document: fact.provenance.document, sentence: fact.provenance.sentence)))
            let yes = fact.predicate.negated == atom.negated && !statesAnotherRank(sentence, asked: askedRank, after: subjectHead)
            table.rows.append(AnswerRow(values: [yes ? "yes" : "no"], evidence: builder.evidence(for: .fact(id)).map { [$0] } ?? []))
            return table
        }
        // From the sentences: a sentence that states it, or one that states the opposite.
        let (ranked, groups) = fallback.rank(question.words, limit: 30)
        let questionWords = Set(groups.flatMap { $0 })
        var opposites = Set(questionWords.flatMap { Paraphrases.antonyms[$0] ?? [] })
        // "did X vote for impeachment" against "X opposed both articles": the preposition decides.
        if case .verb(let verb, _, _) = atom.relation, let byMarker = Paraphrases.markedAntonyms[forms.verbLemma(verb)] {
            for qualifier in atom.qualifiers { opposites.formUnion(byMarker[qualifier.marker.lowercased()] ?? []) }
        }
        let subjectSentences = sentencesNaming(atom.subject)
        func nearSubject(_ ref: SentenceRef) -> Bool {
            subjectSentences.contains { $0.document == ref.document && abs(Int($0.sentence) - Int(ref.sentence)) <= 2 }
        }
        var denial: (ref: SentenceRef, strength: Int)?
        // A sentence naming the subject (perhaps as "the airline") with an opposite of a question
        // word next to another of its words says no, however it ranks: "The airline is privately owned".
        for ref in subjectSentences.sorted() where !opposites.isEmpty {
            let words = wordsOf(source.sentenceText(ref))
            let lemmas = Set(words.flatMap { [$0, forms.lexicon.lemma(of: $0, as: .verb)] })
            if !opposites.isDisjoint(with: lemmas), words.contains(where: { questionWords.contains($0) && !opposites.contains($0) }) {
                denial = (ref, 3)
                break
            }
        }
        for sentence in ranked where nearSubject(sentence.ref) {
            let text = source.sentenceText(sentence.ref)
            let words = Set(wordsOf(text))
            let lemmas = Set(words.flatMap { [$0, forms.lexicon.lemma(of: $0, as: .verb)] })
            let namesSubject = subjectSentences.contains(sentence.ref)
            let contradicts = (!opposites.isDisjoint(with: lemmas) && sentence.matchedGroups.count >= 1)
                || (namesSubject && statesAnotherRank(wordsOf(text), asked: askedRank, after: subjectHead))
            // A refusal counts when the subject refuses ("The embassy declined the request") or
            // the refusal bears on the question's words, not on someone else's act in the sentence.
            let refuses = namesSubject && !Paraphrases.refusals.isDisjoint(with: lemmas)
                && (refusesRightAfter(subjectHead, in: wordsOf(text))
                    || negates(wordsOf(text), questionWords: questionWords, by: Set(Paraphrases.refusals))
                    || refusedAfterBut(wordsOf(text), questionWords: questionWords))
            let negated = namesSubject && negates(wordsOf(text), questionWords: questionWords) && sentence.coverage >= 0.75
            // The plainest evidence first: an opposite word, then a refusal, then a negation.
            let strength = contradicts ? 3 : refuses ? 2 : negated ? 1 : 0
            if strength > (denial?.strength ?? 0) { denial = (sentence.ref, strength) }
        }
        if let denial {
            table.rows.append(AnswerRow(values: ["no"], evidence: builder.evidence(for: .sentence(denial.ref, nil)).map { [$0] } ?? []))
            return table
        }
        if let best = ranked.first, best.coverage >= 0.7 {
            // The sentence that states it best may state it negated ("the matter ... does not
            // involve the use of defeat devices"), though it names the subject another way.
            let negated = negates(wordsOf(source.sentenceText(best.ref)), questionWords: questionWords)
            let answer = negated != atom.negated ? "no" : "yes"
            table.rows.append(AnswerRow(values: [answer], evidence: builder.evidence(for: .sentence(best.ref, nil)).map { [$0] } ?? []))
            return table
        }
        table.note = QueryDiagnostics.notFoundInCorpus
        return table
    }

    /// "Sanders came in second", "Bolton ... was the third official" against a question about
    /// coming first: the first rank stated after the subject's name, when it is not the asked one,
    /// says no.
    private func statesAnotherRank(_ words: [String], asked: Int?, after head: String?) -> Bool {
        guard let asked, let head, let at = words.firstIndex(where: { $0 == head }),
              let stated = words[(at + 1)...].lazy.compactMap({ FactMatcher.rankWords[$0] }).first else { return false }
        return stated != asked
    }

    /// "asked Judge Miller to delay his ruling ..., but he declined": what the question asks was
    /// asked for, and refused after "but".
    private func refusedAfterBut(_ words: [String], questionWords: Set<String>) -> Bool {
        guard let but = words.lastIndex(of: "but"), but > 0 else { return false }
        let asked = words[..<but].contains { questionWords.contains($0) || questionWords.contains(forms.lexicon.lemma(of: $0, as: .verb)) }
        let refused = words[(but + 1)...].prefix(4).contains { Paraphrases.refusals.contains(forms.lexicon.lemma(of: $0, as: .verb)) }
        return asked && refused
    }

    /// Whether a refusal verb follows the subject's head word within a few words.
    private func refusesRightAfter(_ head: String?, in words: [String]) -> Bool {
        guard let head else { return false }
        for (index, word) in words.enumerated() where word == head || forms.nounLemma(word) == forms.nounLemma(head) {
            for next in words[(index + 1)..<min(words.count, index + 4)]
            where Paraphrases.refusals.contains(forms.lexicon.lemma(of: next, as: .verb)) { return true }
        }
        return false
    }

    /// Whether a negation in the sentence bears on the question's words: "not" or "never" at most
    /// three words before one of them ("was not unanimous"), not on another verb ("the unanimous
    /// court decided their actions did not qualify").
    private func negates(_ words: [String], questionWords: Set<String>,
                         by negations: Set<String> = ["not", "never", "n't", "no"]) -> Bool {
        // "has yet to concede": the verb after "yet to" has not happened.
        func deniesWhatFollows(_ index: Int) -> Bool {
            words[index] == "yet" && index + 1 < words.count && words[index + 1] == "to"
        }
        for (index, word) in words.enumerated()
        where negations.contains(word) || negations.contains(forms.lexicon.lemma(of: word, as: .verb)) || deniesWhatFollows(index) {
            let after = words[(index + 1)..<min(words.count, index + 4)]
            if after.contains(where: { questionWords.contains($0) || questionWords.contains(forms.lexicon.lemma(of: $0, as: .verb))
                || questionWords.contains(forms.nounLemma($0)) }) { return true }
        }
        return false
    }

    /// The sentences that name a subject phrase: its entity's mentions, or sentences holding all its words.
    private func sentencesNaming(_ term: Term?) -> Set<SentenceRef> {
        guard case .phrase(let phrase)? = term else { return [] }
        let matcher = PhraseMatcher(phrase: phrase, source: source, forms: forms)
        var refs = Set<SentenceRef>()
        for id in matcher.entities.prefix(2) {
            for mention in source.entity(id).mentions {
                refs.insert(SentenceRef(document: mention.document, sentence: mention.sentence))
            }
            refs.formUnion(sentencesNamingByClass(id))
        }
        let words = phrase.words.filter { EnglishWords.isContentWord($0.lowercased()) && $0 != "'s" }
        var byWords: Set<SentenceRef>?
        for word in words {
            let found = Set(source.sentences(containing: forms.nounLemma(word)) + source.sentences(containing: word.lowercased()))
            byWords = byWords.map { $0.intersection(found) } ?? found
        }
        return refs.union(byWords ?? [])
    }

    /// Sentences that name an entity by its class noun: "Iranian airline Mahan Air" then "The
    /// airline is privately owned". The class noun is the lower-case word written right before
    /// the name; a later "the <noun>" in the same document stands for the entity.
    private func sentencesNamingByClass(_ id: EntityID) -> Set<SentenceRef> {
        let entity = source.entity(id)
        let nameWords = wordsOf(entity.name).map(folded)
        guard let first = nameWords.first else { return [] }
        var nouns: [DocumentID: Set<String>] = [:]
        for mention in entity.mentions {
            let words = wordsOf(source.sentenceText(SentenceRef(document: mention.document, sentence: mention.sentence)))
            for (index, word) in words.enumerated() where index > 0 && folded(word) == first {
                let before = words[index - 1]
                guard before.first?.isLowercase == true, before.count > 3, EnglishWords.isContentWord(before),
                      !EnglishWords.prepositions.contains(before) else { continue }
                nouns[mention.document, default: []].insert(forms.nounLemma(before))
            }
        }
        var refs = Set<SentenceRef>()
        for (document, classNouns) in nouns {
            for noun in classNouns {
                for ref in source.sentences(containing: noun) where ref.document == document {
                    let words = wordsOf(source.sentenceText(ref))
                    if zip(words, words.dropFirst()).contains(where: { $0.0 == "the" && forms.nounLemma($0.1) == noun }) { refs.insert(ref) }
                }
            }
        }
        return refs
    }

    // MARK: Did you mean

    /// Names in the question that resolve to nothing, each with the closest entity names.
    private func suggestions(for question: Question) -> [String] {
        let names = question.words.filter { $0.isCapitalized }.map(\.text)
        guard !names.isEmpty else { return [] }
        return NameSuggester(source: source).suggestions(for: names.joined(separator: " "))
    }
}

extension String {
    /// Without surrounding quote marks and punctuation.
    func trimmingQuotes() -> String {
        var text = Substring(self)
        let marks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", " ", ",", "."]
        while let first = text.first, marks.contains(first) { text = text.dropFirst() }
        while let last = text.last, marks.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
