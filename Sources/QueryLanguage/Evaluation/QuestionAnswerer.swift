import FactModel

/// Answers questions: a clause with an open slot, an identity ("who is X"), quotes, or yes/no.
/// Fact answers come first; the sentence fallback fills in, ranked below, when facts are weak.
struct QuestionAnswerer {
    let source: any FactSource
    let forms: WordForms
    let isCancelled: @Sendable () -> Bool
    /// Reads a sentence's tree for the sentence fallback; nil answers from the words alone.
    var sentenceParser: (any SentenceParsing)? = nil

    var planner: QueryPlanner { QueryPlanner(source: source, forms: forms) }
    var fallback: SentenceFallback { SentenceFallback(source: source, forms: forms, parser: sentenceParser) }
    /// A fact answer this good needs no help from the sentences.
    let strongScore = 0.3

    func column(for kind: AnswerKind) -> String {
        switch kind {
        case .agent: return "who"
        case .place: return "where"
        case .time: return "when"
        case .count: return "how many"
        case .amount: return "how much"
        case .age: return "age"
        case .duration: return "how long"
        case .measure: return "how much"
        case .truth: return "answer"
        case .manner: return "how"
        case .reason: return "why"
        case .kind, .possessor, .thing: return "what"
        }
    }

    /// What a "what is X" question asks about: X, written as an identity or as a copula clause.
    func copulaSubject(_ question: Question) -> Phrase? {
        switch question.form {
        case .identity(let phrase): return phrase
        case .clause(let atom):
            guard case .copula = atom.relation, case .phrase(let phrase)? = atom.subject else { return nil }
            return phrase
        default: return nil
        }
    }

    /// The sentence a fact or sentence support cites; nil for a title. O(1).
    func sentence(of support: Support) -> SentenceRef? {
        switch support {
        case .fact(let id):
            let provenance = source.provenance(of: id)
            return provenance.sentenceRef
        case .sentence(let ref, _): return ref
        case .title: return nil
        }
    }

    /// Verbs of finding something, whose place is where the thing is.
    static let discoveryVerbs: Set<String> = ["find", "discover", "locate", "spot", "uncover", "unearth", "detect"]

    /// Verbs whose "where" asks for an institution ("where does Ekdahl work").
    static let workplaceVerbs: Set<String> = ["work", "study", "teach", "research", "lecture"]

    func plan(_ question: Question) -> QueryPlan {
        let question = foldingOneWordComplement(question)
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

    /// The head noun of an identity question's phrase when it names a kind of value: the word
    /// before the phrase's first preposition or "to" ("the vote to legalize it", "the final score
    /// between A and B"), else its last word ("Warholm's winning time"). Nil for any other noun.
    func valueNounHead(of phrase: Phrase) -> String? {
        let words = phrase.words.map { $0.lowercased() }
        let end = words.indices.dropFirst().first { EnglishWords.prepositions.contains(words[$0]) || words[$0] == "to" } ?? words.count
        guard end > 0, let head = phrase.words[..<end].last, AnswerTypes.nounValues[forms.nounLemma(head.lowercased())] != nil else { return nil }
        return head
    }

    func answer(_ question: Question) -> AnswerTable {
        var question = foldingOneWordComplement(question)
        if case .identity(let phrase) = question.form, question.kind == .thing, let head = valueNounHead(of: phrase) {
            // "what was Warholm's winning time", "what was the vote to legalize it": a value of the
            // kind the noun names, not any mention.
            question.kind = .kind(Phrase(words: [head], range: phrase.range))
        }
        let column = column(for: question.kind)
        if question.kind == .duration, let thing = copulaSubject(question),
           PhraseMatcher(phrase: thing, source: source, forms: forms).entities.first.map({ source.entity($0).type == .place }) == true {
            // "how long is the Hardafjord Bridge": the length of a place, not a time.
            question.kind = .measure
        }
        if question.kind == .duration || question.kind == .measure, let thing = copulaSubject(question) {
            // "how long is the line": a length written before its noun ("The 24.6-kilometre
            // elevated line") is the answer, rather than a time.
            let lengths = lengthsWrittenBefore(thing)
            if !lengths.isEmpty { return AnswerMerger(source: source).merge(lengths, column: column) }
        }
        if case .clause(let atom) = question.form, question.kind == .place, case .verb(let verb, let particles, let range) = atom.relation,
           particles.isEmpty, Self.workplaceVerbs.contains(forms.lexicon.lemma(of: verb.lowercased(), as: .verb)) {
            // "where does Ekdahl work", with "Professor Johan Ekdahl of the Karolinska Institute":
            // where one works or studies is an institution, more than a place.
            question.kind = .kind(Phrase(words: ["institution"], range: range))
        }
        let named = namedInQuestion(question)
        var excludedEntities = named.0
        let excludedWords = named.1
        var candidates: [Candidate]
        var emptyPart = "the question"
        switch question.form {
        case .yesNo(let atom):
            return yesNo(question, atom: atom)
        case .clause(let atom):
            if let holder = roleHolder(asked: question.kind, in: atom) {
                // "what position did Harris hold in San Francisco": the roles the entity is given.
                candidates = roles(of: holder, near: atom.qualifiers)
            } else if let undergoer = happenedTo(atom) {
                candidates = eventsUndergone(by: undergoer)
            } else if isExistential(atom) {
                // "how many sanctuary jurisdictions are there": no clause to match; the sentences say it.
                candidates = []
            } else if question.kind == .agent, let succession = successionClause(atom),
                      case let table = answer(Question(kind: .agent, form: .clause(succession), words: question.words, range: question.range)),
                      !table.rows.isEmpty {
                // "who held the seat before Vasquez": whom Vasquez replaced or succeeded.
                return table
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
                candidates = withoutDescriptionsOfAnswers(candidates)
                candidates = withoutLevelsOfAChange(candidates, kind: question.kind)
                if candidates.isEmpty { candidates = calledInWhatTheySaid(atom) }
                if candidates.isEmpty { candidates = nominalPredicates(atom) }
                if candidates.isEmpty, question.kind == .agent { candidates = agentNounHolders(atom) }
                let asksParty = asksForAParty(question.kind), asksOrigin = asksWhereFrom(atom, kind: question.kind)
                if asksParty || asksOrigin, case .phrase(let subject)? = atom.subject,
                   let person = PhraseMatcher(phrase: subject, source: source, forms: forms).entities.first(where: { source.entity($0).type == .person }) {
                    // "which party is Philip Hammond from": "Conservative MP Philip Hammond"; "which
                    // state is Mike Lee from": "Mike Lee of Utah", "Ohio man James Alex Fields".
                    if asksParty { candidates += partiesWrittenBefore(person) }
                    if asksOrigin { candidates += placesBeside(person) }
                }
                if candidates.isEmpty, let event = occurringEvent(atom, kind: question.kind) {
                    candidates = eventSetting(event, kind: question.kind)
                }
                if candidates.isEmpty, question.kind == .place, atom.passive, case .verb(let verb, _, _) = atom.relation,
                   Self.discoveryVerbs.contains(forms.verbLemma(verb)), case .phrase(let thing)? = atom.subject {
                    // "where was the wreck found", told only as "The wreck lies at a depth of 46
                    // metres off the village of Adrasan": where a thing was found is where it is
                    // (asked as "where is the wreck", whose sentences need not say "found").
                    let words = question.words.filter { $0.lowered != verb.lowercased() }
                    let table = answer(Question(kind: .place, form: .identity(thing), words: words, range: question.range))
                    if !table.rows.isEmpty { return table }
                }
            }
            emptyPart = describeEmptyPart(atom)
        case .identity(let phrase):
            if question.kind == .agent, let atom = successionClause(phrase) {
                // "who was energy minister before Icaza": whom Icaza replaced.
                let table = answer(Question(kind: .agent, form: .clause(atom), words: question.words, range: question.range))
                if !table.rows.isEmpty { return table }
            }
            // "what was Warholm's winning time" asks for a value: the sentences give it, not the
            // holders of a "time".
            if case .kind(let noun) = question.kind, let head = noun.words.last,
               AnswerTypes.nounValues[forms.nounLemma(head)] != nil {
                candidates = []
            } else {
                candidates = identity(phrase, kind: question.kind)
                if asksForAnEarlierHolder(phrase), case let earlier = predecessors(of: candidates), !earlier.isEmpty {
                    // "the previous governor": whom the holders replaced; the holders themselves
                    // are no answer, from a fact or a sentence.
                    excludedEntities.formUnion(Set(candidates.compactMap(\.value.entity)).subtracting(earlier.compactMap(\.value.entity)))
                    candidates = earlier
                }
            }
            if candidates.isEmpty, question.kind == .agent, let atom = agentNounClause(phrase) {
                // "who is Kolesnik's coach": who coached Kolesnik.
                let table = answer(Question(kind: .agent, form: .clause(atom), words: question.words, range: question.range))
                if !table.rows.isEmpty { return table }
            }
            emptyPart = "'\(phrase.text)'"
        case .quotes(let speaker, let verb, let about, let listener):
            candidates = quotes(speaker: speaker, verb: verb, about: about, listener: listener)
            emptyPart = "statements by '\(speaker.text)'"
        }
        candidates = withoutCitedSources(candidates)
        let best = candidates.map(\.score).max() ?? 0
        // A value question whose facts gave only tolerated kinds (a year for "how old") asks the
        // sentences too: a value of the asked kind there wins ("died aged 79").
        let lacksAskedKind = AnswerTypes.primaryValueKinds(for: question.kind, forms: forms).map { primary in
            !candidates.isEmpty && !candidates.contains { $0.valueKind.map { primary.contains($0) || $0 == .number } == true }
        } ?? false
        let held = questionWordsHeld(question)
        if best < strongScore || lacksAskedKind || anotherArticleHoldsMore(candidates, held: held)
            || lacksTheAskedBoundary(candidates, question: question) {
            candidates += fallback.answers(question, excluding: excludedEntities, excludedWords: excludedWords,
                                           within: articlesHoldingMost(held))
        }
        // An answer of function words only ("that" read from "declaring that the Prime Minister's
        // advice ...", "it") names nothing; a value read as one does ("arrested in May").
        candidates.removeAll { $0.valueKind == nil && wordsOf($0.text).allSatisfy { !EnglishWords.isContentWord($0) } }
        candidates = withoutConversions(candidates)
        candidates = preferringPrimaryValues(candidates, kind: question.kind)
        candidates = addingMoneyAfterPriceWords(candidates, question: question, held: held)
        candidates = preferringMoneyForPrices(candidates, question: question)
        candidates = countingTheAskedNoun(candidates, kind: question.kind)
        candidates = namingTheSort(candidates, kind: question.kind)
        candidates = fromArticlesNaming(anchors(of: question, named: excludedEntities), candidates)
        candidates = fromArticlesCovering(question, candidates, held: held)
        if case .place = question.kind { candidates = joiningPlacesWithTheirRegions(candidates) }
        candidates = boundedByTheAskedMarker(candidates, question: question)
        candidates = matchingTheAskedNumbers(candidates, question: question)
        candidates = keepingTheLevelReached(candidates, question: question)
        var table = AnswerMerger(source: source).merge(candidates, column: column)
        let isTitleLookup: Bool = { if case .identity = question.form { return true } else { return false } }()
        let asksQuotes: Bool = { if case .quotes = question.form { return true } else { return false } }()
        // A quotation is asked for one statement: others must come close to the best.
        table = keepBest(table, candidates: candidates, ratio: isTitleLookup ? 0.8 : asksQuotes ? 0.7 : 0.5)
        if case .clause(let atom) = question.form { table = RestatementFilter(atom, kind: question.kind).filter(table) }
        if case .identity(let phrase) = question.form { table = RestatementFilter(identity: phrase).filter(table) }
        if case .time = question.kind { table = DayNameFilter.filter(table) }
        if case .kind(let noun) = question.kind, let last = noun.words.last { table = ClassNounFilter.filter(table, noun: last, forms: forms, source: source) }
        table = PlaceTieFilter.filter(table, question: question, forms: forms, source: source)
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
        if table.rows.isEmpty, let (speaker, about) = describedThing(question) {
            // "how did Aksoy describe the find": nothing says "described it as", so what Aksoy
            // said about it.
            let said = answer(Question(kind: .thing, form: .quotes(speaker: speaker, verb: "say", about: about, listener: nil),
                                       words: question.words, range: question.range))
            if !said.rows.isEmpty { return said }
        }
        if table.rows.isEmpty {
            table.note = QueryDiagnostics.nothingFound(part: emptyPart, suggestions: hints + suggestions(for: question))
        }
        return table
    }

    /// The speaker and the thing of "how did X describe Y" (a verb of describing asked "how"), or nil.
    func describedThing(_ question: Question) -> (speaker: Phrase, about: Phrase?)? {
        guard question.kind == .manner, case .clause(let atom) = question.form, case .verb(let verb, _, _) = atom.relation,
              Paraphrases.describingVerbs.contains(forms.verbLemma(verb)), case .phrase(let speaker)? = atom.subject else { return nil }
        if case .phrase(let thing)? = atom.object { return (speaker, thing) }
        return (speaker, nil)
    }

    /// What the answer's article must mention: the entities a clause or quotation question names;
    /// for "who is the President of Turkey" or "who is Bolton's father" the owner or possessor
    /// only (the role, though capitalised, is what is asked).
    func anchors(of question: Question, named: Set<EntityID>) -> Set<EntityID> {
        guard case .identity(let phrase) = question.form else { return named }
        // A name only: "the court" is any court.
        let names = Self.titleParts(phrase).owner.filter { $0.first?.isUppercase == true }
        return names.isEmpty ? [] : Set(source.resolve(name: names.joined(separator: " ")))
    }

    /// With many articles loaded, the answer to a question that names someone or something
    /// comes from an article that mentions it; the others tell of other events ("who asked for
    /// Bolton's resignation" is not answered by who asked for something in an article without
    /// Bolton). Candidates from such articles are kept when there are any; with one article
    /// loaded nothing changes. O(candidates + mentions of the named entities).
    func fromArticlesNaming(_ named: Set<EntityID>, _ candidates: [Candidate]) -> [Candidate] {
        guard !named.isEmpty, !candidates.isEmpty else { return candidates }
        let documents = Set(named.flatMap { source.entity($0).mentions.map(\.document) })
        var kept = candidates.filter { document(of: $0).map(documents.contains) ?? true }
        if kept.isEmpty {
            // Named in titles only: "Ukrainian President Volodymyr Zelensky" gives him a title
            // of Ukraine, and the article no mention of Ukraine itself. O(titles) once.
            let names = Set(named.map { folded(source.entity($0).name) })
            var titled = Set<DocumentID>()
            for id in source.entities(ofType: .person) {
                for title in source.entity(id).titles {
                    if let of = title.of, names.contains(folded(of)), let document = title.provenance?.document { titled.insert(document) }
                }
            }
            kept = candidates.filter { document(of: $0).map(titled.contains) ?? true }
        }
        return kept.isEmpty ? candidates : kept
    }

    /// When some answer is a value of the kind the question is really after (an age for "how old",
    /// a date for "when", a count for "how many"), answers of the merely tolerated kinds (a year
    /// for "how old", a time of day for "when") and untyped phrases are dropped.
    func preferringPrimaryValues(_ candidates: [Candidate], kind: AnswerKind) -> [Candidate] {
        guard let primary = AnswerTypes.primaryValueKinds(for: kind, forms: forms) else { return candidates }
        guard candidates.contains(where: { $0.valueKind.map(primary.contains) == true }) else { return candidates }
        let strict = AnswerTypes.asksForValueOnly(kind)
        return candidates.filter { candidate in
            guard let valueKind = candidate.valueKind else { return !strict }
            return primary.contains(valueKind)
        }
    }

    /// "how much will the line cost", "how much were the goods worth": a price is money, so when
    /// a question of amount says a word of paying or worth and some answer is an amount of money,
    /// the other amounts (a length, a percentage, a count) are not what it asks.
    func preferringMoneyForPrices(_ candidates: [Candidate], question: Question) -> [Candidate] {
        guard case .amount = question.kind, case .clause(let atom) = question.form,
              candidates.contains(where: { $0.valueKind == .money }) else { return candidates }
        guard !priceWordsAsked(in: atom).isEmpty else { return candidates }
        return candidates.filter { $0.valueKind == .money }
    }

    /// Words of paying and worth: an amount they ask for is money.
    static let priceWords: Set<String> = [
        "cost", "pay", "spend", "worth", "price", "fund", "budget", "earn", "raise", "sell", "buy", "fine", "owe",
        "invest", "donate", "charge", "lend", "borrow", "afford", "value", "salary", "compensation", "fee", "bail",
    ]

    /// When some facts state everything the question names ("killed in the collision"), answers
    /// from facts that leave a part out (a killing somewhere else) are not answers to it.
    func withoutIncompleteMatches(_ candidates: [Candidate]) -> [Candidate] {
        guard candidates.contains(where: { $0.missingParts == 0 }) else { return candidates }
        return candidates.filter { $0.missingParts == 0 }
    }

    /// "what did Honcharuk call Zelensky" against "He said Zelensky is 'a model of honesty for me'":
    /// what the speaker said the object is, read from copulas attributed to them.
    func calledInWhatTheySaid(_ atom: Atom) -> [Candidate] {
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
    func withoutGroupsNamedByMembers(_ candidates: [Candidate]) -> [Candidate] {
        let answered = Set(candidates.compactMap(\.value.entity))
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

    /// "owned by the Mexican company Cultura Colectiva": a phrase that the same sentence says is
    /// an entity that answers too (an appositive fact: Cultura Colectiva; be; the Mexican company)
    /// is that answer described, not a further one. The sentence must write the two side by side
    /// (the phrase right before the name, or after it and a comma): a parser's appositive can join
    /// two names of a list ("the Kurdistan Workers' Party (PKK) and People's Protection Units").
    /// O(candidates × appositives of their sentences).
    func withoutDescriptionsOfAnswers(_ candidates: [Candidate]) -> [Candidate] {
        let answered = Set(candidates.compactMap(\.value.entity))
        guard !answered.isEmpty else { return candidates }
        return candidates.filter { candidate in
            guard case .text(let text) = candidate.value, case .fact(let id) = candidate.support else { return true }
            let provenance = source.provenance(of: id)
            let ref = provenance.sentenceRef
            let sentence = folded(source.sentenceText(ref)), phrase = folded(text)
            return !answered.contains { entity in
                source.facts(matching: FactPattern(subject: .entity(entity), relation: "be")).contains { described in
                    let place = source.provenance(of: described)
                    guard place.document == ref.document, place.sentence == ref.sentence else { return false }
                    let fact = source.fact(described)
                    guard fact.kind == .appositive, fact.object.map({ folded($0.text) == phrase }) == true else { return false }
                    let name = folded(fact.subject.text)
                    return sentence.contains(phrase + " " + name) || sentence.contains(name + ", " + phrase)
                }
            }
        }
    }

    /// "born in Baltimore, Maryland": a place and the region written right after it, read from
    /// the same sentence, are one answer ("Baltimore, Maryland"), not two.
    func joiningPlacesWithTheirRegions(_ candidates: [Candidate]) -> [Candidate] {
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
    func keepBest(_ table: AnswerTable, candidates: [Candidate], ratio: Double) -> AnswerTable {
        var best: [String: Double] = [:]
        for candidate in candidates { best[candidate.text] = max(best[candidate.text] ?? 0, candidate.score) }
        guard let top = table.rows.first.flatMap({ best[$0.values[0]] }) else { return table }
        var copy = table
        copy.rows = table.rows.filter { (best[$0.values[0]] ?? top) >= top * ratio }
        return copy
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
