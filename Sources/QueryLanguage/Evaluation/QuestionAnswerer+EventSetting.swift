import FactModel

/// "where did the airstrike take place", "when did the crash happen": a verb that says only that
/// something happened asks where or when the event its subject names took place, whatever verb
/// the article used for it ("The United States carried out the airstrike at Baghdad
/// International Airport"). The answers are the place or time qualifiers of the facts whose
/// subject or object is that event, and the settings written after it where a qualifier names it.
/// A passive of staging ("where was the final held") asks the same.
extension QuestionAnswerer {
    /// The event `atom` asks the setting of ("the airstrike" in "where did the airstrike take
    /// place"); nil unless the question asks where or when and its verb says only that it happened.
    func occurringEvent(_ atom: Atom, kind: AnswerKind) -> Phrase? {
        // The asked place or time is a qualifier variable; a qualifier the question names narrows
        // the event in a way this reading does not follow.
        let namesQualifier = atom.qualifiers.contains { if case .phrase = $0.term { return true } else { return false } }
        guard kind == .place || kind == .time, !atom.negated, !namesQualifier,
              case .phrase(let event)? = atom.subject, case .verb(let verb, let particles, _) = atom.relation else { return nil }
        let lemma = forms.verbLemma(verb)
        if particles.isEmpty, lemma == "happen" || lemma == "occur", atom.object == nil { return event }
        if particles.isEmpty, lemma == "take", case .phrase(let object)? = atom.object,
           object.words.map({ $0.lowercased() }) == ["place"] { return event }
        // "where was the final held", "when was the match played": a passive of staging says
        // only that the event took place.
        if particles.isEmpty, atom.passive, atom.object == nil, Self.stagingVerbs.contains(lemma) { return event }
        return nil
    }

    /// Prepositions that write an event's setting after it ("the summit in Pakse", "at the stadium").
    static let settingPrepositions: Set<String> = ["at", "in", "on", "near"]

    /// Verbs whose passive says only that an event took place ("the final was held").
    static let stagingVerbs: Set<String> = ["hold", "stage", "host", "play", "organize", "organise", "celebrate"]

    /// Place or time answers from the qualifiers of every fact whose subject or object is
    /// `event`. O(f) in the facts that argument lookups of the event's head or entity return.
    func eventSetting(_ event: Phrase, kind: AnswerKind) -> [Candidate] {
        let matcher = PhraseMatcher(phrase: event, source: source, forms: forms)
        var ids = Set<FactID>()
        var inQualifier = Set<FactID>()
        for lookup in matcher.lookups {
            ids.formUnion(source.facts(matching: FactPattern(subject: lookup)))
            ids.formUnion(source.facts(matching: FactPattern(object: lookup)))
            inQualifier.formUnion(source.facts(matching: FactPattern(qualifier: lookup)))
        }
        // Qualifiers that name the event below their own head ("the end of a two-day summit").
        var namedDeeper = Set<FactID>()
        if let head = event.words.last?.lowercased(), !event.quoted {
            namedDeeper = Set(source.facts(matching: FactPattern(qualifier: .word(head)))).subtracting(inQualifier).subtracting(ids)
            inQualifier.formUnion(namedDeeper)
        }
        var candidates: [Candidate] = []
        // "beating Senegal 2-1 in the final at the Stade Mohammed V in Casablanca": the event
        // named in a qualifier, with its setting written after it.
        for id in inQualifier.subtracting(ids).sorted() {
            let fact = source.fact(id)
            guard !fact.predicate.negated else { continue }
            for qualifier in fact.qualifiers {
                let match = namedDeeper.contains(id) ? 0 : matcher.score(qualifier.argument)
                if match >= 0.6 {
                    let score = match * 0.8 * (0.6 + 0.4 * Double(fact.confidence))
                    candidates += settingsWritten(in: qualifier.argument.text, fact: fact, id: id, kind: kind, score: score)
                } else if let after = textAfterHead(of: event, in: qualifier.argument.text) {
                    // "at the end of a two-day summit in the Lao city of Luang Prabang": the event
                    // is named deeper in the qualifier; its setting follows its head noun.
                    let score = 0.5 * (0.6 + 0.4 * Double(fact.confidence))
                    candidates += settingsWritten(in: after, fact: fact, id: id, kind: kind, score: score)
                }
            }
        }
        for id in ids.sorted() {
            let fact = source.fact(id)
            guard !fact.predicate.negated else { continue }
            let events = ([fact.subject] + [fact.object].compactMap { $0 }).map { (argument: $0, match: matcher.score($0)) }
                .filter { $0.match >= 0.6 }
            guard let match = events.map(\.match).max() else { continue }
            let score = match * 0.9 * (0.6 + 0.4 * Double(fact.confidence))
            // "carried out the airstrike at Baghdad International Airport": the setting may be
            // written inside the event's own phrase, after its head.
            for event in events {
                candidates += settingsWritten(in: event.argument.text, fact: fact, id: id, kind: kind, score: score)
            }
            for qualifier in fact.qualifiers {
                let argument = qualifier.argument
                if kind == .time {
                    guard let value = argument.value, value.kind == .date else { continue }
                    candidates.append(Candidate(value: .text(value.text), text: value.text, score: score, support: .fact(id),
                                                fromSentence: false, valueKind: .date))
                    continue
                }
                let marker = qualifier.marker.lowercased()
                guard !Self.notPlaceMarkers.contains(marker), !marker.isEmpty else { continue }
                if let entity = argument.entity, AnswerTypes.fit(.entity(source.entity(entity).type), kind: kind, forms: forms) > 0 {
                    candidates.append(Candidate(value: .entity(entity), text: source.name(of: entity), score: score,
                                                support: .fact(id), fromSentence: false))
                } else if isSetting(argument.text, marker: marker, kind: kind) {
                    let text = shortened(argument.text.trimmingQuotes(), to: 15)
                    candidates.append(Candidate(value: .text(text), text: text, score: score * 0.9, support: .fact(id), fromSentence: false))
                }
            }
        }
        return candidates
    }

    /// The words of `text` after the event phrase's head noun, when `text` holds it (singular or
    /// plural) as a head, right before a setting preposition ("summit in ..."; not "final results
    /// published ..."); nil otherwise.
    func textAfterHead(of event: Phrase, in text: String) -> String? {
        guard let head = event.words.last?.lowercased() else { return nil }
        let lemma = forms.nounLemma(head)
        let words = text.split(separator: " ")
        guard let at = words.firstIndex(where: { forms.nounLemma($0.lowercased()) == lemma }), at + 1 < words.count,
              Self.settingPrepositions.contains(words[at + 1].lowercased()) else { return nil }
        return words[(at + 1)...].joined(separator: " ")
    }

    /// The places or dates inside an event phrase, after a setting preposition ("the airstrike
    /// at Baghdad International Airport", "the summit in Geneva on Monday"), from the mentions of
    /// the fact's sentence.
    func settingsWritten(in text: String, fact: Fact, id: FactID, kind: AnswerKind, score: Double) -> [Candidate] {
        // As written (`wordsOf` lower-cases): names are told by their capitals.
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let start = words.firstIndex(where: { Self.settingPrepositions.contains($0.lowercased()) }) else { return [] }
        let after = folded(words[(start + 1)...].joined(separator: " "))
        let ref = fact.provenance.sentenceRef
        var candidates: [Candidate] = []
        let mentions = source.mentions(in: ref)
        // A name right after the preposition is the setting as a whole ("Baghdad International
        // Airport", of which the entity stage may have typed only "Baghdad").
        let name = words[(start + 1)...].drop { EnglishWords.determiners.contains($0.lowercased()) }
            .prefix { $0.first?.isUppercase == true }.joined(separator: " ")
        if kind == .place, !name.isEmpty {
            // An entity named as written answers by its name; a longer written name than the
            // entity's ("Baghdad International Airport" for Baghdad) answers as written.
            if let named = mentions.first(where: { $0.text == name }), let entity = named.entity,
               source.name(of: entity).count >= name.count {
                return [Candidate(value: .entity(entity), text: source.name(of: entity), score: score * 0.95, support: .fact(id), fromSentence: false)]
            }
            // A date is no place ("on Sunday").
            if mentions.contains(where: { ($0.text == name && $0.type != .value(.date)) || (name.contains($0.text) && $0.type == .entity(.place)) }) {
                return [Candidate(value: .text(name), text: name, score: score * 0.95, support: .fact(id), fromSentence: false)]
            }
        }
        for mention in mentions where after.contains(folded(mention.text)) {
            switch (kind, mention.type) {
            case (.time, .value(.date)):
                candidates.append(Candidate(value: .text(mention.text), text: mention.text, score: score * 0.95, support: .fact(id),
                                            fromSentence: false, valueKind: .date))
            case (.place, .entity(let type)) where type == .place || type == .organization:
                guard let entity = mention.entity else { continue }
                candidates.append(Candidate(value: .entity(entity), text: source.name(of: entity), score: score * 0.95,
                                            support: .fact(id), fromSentence: false))
            default:
                break
            }
        }
        return candidates
    }
}
