import FactModel

/// Yes/no questions: yes with the evidence, no when a fact or sentence contradicts, else not found.
extension QuestionAnswerer {
    func yesNo(_ question: Question, atom: Atom) -> AnswerTable {
        if let party = partyAnswer(atom) { return party }
        var table = AnswerTable(columns: ["answer"])
        var bindings = rankedBindings(atom)
        func statesAll(_ bindings: [Binding]) -> Bool { bindings.first.map { $0.score >= 0.25 && $0.missingParts == 0 } ?? false }
        // "is the news channel on air": a copula with a preposition is stored as the relation
        // "be on" with its object ("The network's news channel is still on air").
        if !statesAll(bindings), case .copula(let range) = atom.relation, atom.object == nil, let first = atom.qualifiers.first {
            var prepositional = atom
            prepositional.relation = .literal("be " + first.marker, range: range)
            prepositional.object = first.term
            prepositional.qualifiers.removeFirst()
            let stated = rankedBindings(prepositional)
            if statesAll(stated) { bindings = stated }
        }
        let builder = EvidenceBuilder(source: source)
        // "was Bolton the first ...", "did Sanders win ..." (winning is coming first).
        var askedRank = question.words.lazy.compactMap { FactMatcher.rankWords[$0.lowered] }.first
        if askedRank == nil, case .verb(let verb, _, _) = atom.relation, forms.verbLemma(verb) == "win" { askedRank = 1 }
        var subjectHead: String?
        if case .phrase(let phrase)? = atom.subject { subjectHead = phrase.words.last.map { folded($0) } }
        // A fact that leaves out part of the question ("did Cummings vote for Obama" against
        // "Cummings, first elected to Congress") does not say yes; the sentences may.
        // "the government asked Judge Miller to delay his ruling" says neither yes nor no to "did
        // Judge Miller delay his ruling"; the sentences may ("but he declined").
        // The sentence of a fact that says it was only asked, expected or still to be done ("The
        // law must still be signed by the President"): it does not say yes either.
        var unrealizedSentence: SentenceRef?
        if let best = bindings.first, best.score >= 0.25, best.missingParts == 0, case .fact(let id)? = best.support.last {
            let fact = source.fact(id)
            let refused = isRefusal(fact, asked: atom.relation)
            if refused || !FactMatcher.isUnrealized(fact, asked: atom.relation) {
                let sentence = wordsOf(source.sentenceText(fact.provenance.sentenceRef))
                // "declined to hear a case" says the case was not heard.
                let yes = fact.predicate.negated == atom.negated && !refused && !statesAnotherRank(sentence, asked: askedRank, after: subjectHead)
                table.rows.append(AnswerRow(values: [yes ? "yes" : "no"], evidence: builder.evidence(for: .fact(id))))
                return table
            }
            unrealizedSentence = fact.provenance.sentenceRef
        }
        // "the government would not pay" for "will the government pay the ransom": the act denied
        // with nothing left out but what it would be done to says no.
        // "did Fournier run for the leadership" against "Fournier, who did not run in the
        // contest": an act asked with only a prepositional phrase is denied by the act denied
        // with another such phrase, not a time.
        let onlyPrepositional = atom.object == nil && !atom.qualifiers.isEmpty
        if !atom.negated, atom.object != nil || onlyPrepositional, case .verb = atom.relation, !statesAll(bindings),
           case let bare = Atom(subject: atom.subject, relation: atom.relation, object: nil, qualifiers: [], passive: atom.passive,
                                negated: false, range: atom.range),
           let denied = rankedBindings(bare).first(where: { binding in
               guard binding.score >= 0.25, binding.missingParts == 0, case .fact(let id)? = binding.support.last else { return false }
               let fact = source.fact(id)
               guard fact.predicate.negated, fact.qualifiers.isEmpty else { return false }
               guard let object = fact.object else { return true }
               let prepositional = FactMatcher.surfacePreposition(of: fact, among: EnglishWords.prepositions) != nil
               return onlyPrepositional && prepositional && object.value?.kind != .date
           }), case .fact(let id)? = denied.support.last {
            table.rows.append(AnswerRow(values: ["no"], evidence: builder.evidence(for: .fact(id))))
            return table
        }
        // A fact that states it with the opposite preposition says no: "Cummings voted against
        // the Iraq War" for "did Cummings vote for the Iraq War".
        if let id = factWithOppositeMarker(atom) {
            table.rows.append(AnswerRow(values: ["no"], evidence: builder.evidence(for: .fact(id))))
            return table
        }
        // "is Nordlys based in Copenhagen" against "Nordlys, which is based in Billund": the act
        // placed in another town says no.
        if let id = factPlacedInAnotherTown(atom) {
            table.rows.append(AnswerRow(values: ["no"], evidence: builder.evidence(for: .fact(id))))
            return table
        }
        // From the sentences: a sentence that states it, or one that states the opposite.
        let (ranked, groups) = fallback.rank(question.words, limit: 30)
        let questionWords = Set(groups.flatMap { $0 })
        // "... even without an agreement": a word the question denies itself is no denial of it
        // when the sentence denies it too ("even if no agreement has been reached").
        let deniedByQuestion = Set(Self.deniedWords(question.words.map(\.lowered)).flatMap { forms.searchForms(of: $0) })
        let undeniedWords = questionWords.subtracting(deniedByQuestion)
        var opposites = Set(questionWords.flatMap { (Paraphrases.antonyms[$0] ?? []) + Self.lessOpposites(of: $0) + Self.unOpposites(of: $0) })
        // "did X vote for impeachment" against "X opposed both articles": the preposition decides.
        if case .verb(let verb, _, _) = atom.relation, let byMarker = Paraphrases.markedAntonyms[forms.verbLemma(verb)] {
            for qualifier in atom.qualifiers { opposites.formUnion(byMarker[qualifier.marker.lowercased()] ?? []) }
        }
        let subjectSentences = sentencesNaming(atom.subject)
        // The subject's own words: naming it before "but" does not make the refusal after it bear on the question.
        var subjectWords = Set<String>()
        if case .phrase(let phrase)? = atom.subject { subjectWords = Set(phrase.words.flatMap { forms.searchForms(of: $0.lowercased()) }) }
        func nearSubject(_ ref: SentenceRef) -> Bool {
            subjectSentences.contains { $0.document == ref.document && abs(Int($0.sentence) - Int(ref.sentence)) <= 2 }
        }
        var denial: (ref: SentenceRef, strength: Int)?
        // A sentence naming the subject (perhaps as "the airline") with an opposite of a question
        // word next to another of its words says no, however it ranks: "The airline is privately owned".
        for ref in subjectSentences.sorted() where !opposites.isEmpty {
            let words = wordsOf(source.sentenceText(ref))
            let lemmas = wordsAndVerbLemmas(words)
            if !opposites.isDisjoint(with: lemmas), words.contains(where: { questionWords.contains($0) && !opposites.contains($0) }) {
                denial = (ref, 3)
                break
            }
        }
        // "The violin was found ... . According to the Carabinieri, it was undamaged": an opposite
        // in the sentence right after one naming the subject, with a pronoun there to stand for it.
        if denial == nil, !opposites.isEmpty, let next = oppositeAfterASubjectSentence(subjectSentences, opposites: opposites) {
            denial = (next, 3)
        }
        for sentence in ranked where nearSubject(sentence.ref) {
            let text = source.sentenceText(sentence.ref)
            let words = Set(wordsOf(text))
            let lemmas = wordsAndVerbLemmas(wordsOf(text))
            let namesSubject = subjectSentences.contains(sentence.ref)
                || refersBackByPronoun(sentence.ref, words: words, to: atom.subject, namedIn: subjectSentences)
            let contradicts = (!opposites.isDisjoint(with: lemmas) && sentence.matchedGroups.count >= 1)
                || (namesSubject && statesAnotherRank(wordsOf(text), asked: askedRank, after: subjectHead))
            // A refusal counts when the subject refuses ("The embassy declined the request") or
            // the refusal bears on the question's words, not on someone else's act in the sentence.
            let refuses = namesSubject && !Paraphrases.refusals.isDisjoint(with: lemmas)
                && (refusesRightAfter(subjectHead, in: wordsOf(text))
                    || negates(wordsOf(text), questionWords: questionWords, by: Set(Paraphrases.refusals))
                    || refusedAfterBut(wordsOf(text), questionWords: questionWords.subtracting(subjectWords)))
            let negated = namesSubject && negates(wordsOf(text), questionWords: undeniedWords) && sentence.coverage >= 0.75
            // The plainest evidence first: an opposite word, then a refusal, then a negation.
            let strength = contradicts ? 3 : refuses ? 2 : negated ? 1 : 0
            if strength > (denial?.strength ?? 0) { denial = (sentence.ref, strength) }
        }
        if let denial {
            table.rows.append(AnswerRow(values: ["no"], evidence: builder.evidence(for: .sentence(denial.ref, nil))))
            return table
        }
        if let best = ranked.first, best.coverage >= 0.7, best.ref != unrealizedSentence, case let text = source.sentenceText(best.ref),
           statesTheVerb(of: atom, in: text),
           namesEveryName(of: atom, in: best.ref) {
            // The sentence that states it best may state it negated ("the matter ... does not
            // involve the use of defeat devices"), though it names the subject another way.
            let negated = negates(wordsOf(text), questionWords: undeniedWords)
            let answer = negated != atom.negated ? "no" : "yes"
            table.rows.append(AnswerRow(values: [answer], evidence: builder.evidence(for: .sentence(best.ref, nil))))
            return table
        }
        table.note = QueryDiagnostics.notFoundInCorpus
        return table
    }

    /// The atom's bindings, best first, negated facts included (the answer says no to them).
    func rankedBindings(_ atom: Atom) -> [Binding] {
        var executor = PlanExecutor(source: source, isCancelled: isCancelled)
        executor.negationMatters = false
        return executor.run(planner.plan(.atom(atom))).sorted { $0.score > $1.score }
    }

    /// The best fact that matches the atom in full once one of its qualifiers' prepositions is
    /// replaced by one that excludes it ("for" by "against", "after" by "before"), if any.
    func factWithOppositeMarker(_ atom: Atom) -> FactID? {
        for (index, qualifier) in atom.qualifiers.enumerated() {
            for opposite in (Paraphrases.exclusiveMarkers[qualifier.marker] ?? []).sorted() {
                var flipped = atom
                flipped.qualifiers[index].marker = opposite
                if let best = rankedBindings(flipped).first, best.score >= 0.25, best.missingParts == 0, case .fact(let id)? = best.support.last,
                   source.fact(id).predicate.negated == atom.negated {
                    return id
                }
            }
        }
        return nil
    }

    /// The best fact that matches the atom in full without its "in" or "at" town, and places it
    /// in another town, if any. The asked place must be a town by the gazetteer: a country or a
    /// region may hold the other place ("based in Paris" does not deny "based in France"). The
    /// stated place is a town by the gazetteer, or a name the gazetteer does not list (small
    /// towns, "based in Billund"), never a country or a state.
    func factPlacedInAnotherTown(_ atom: Atom) -> FactID? {
        func isTown(_ kinds: [String]) -> Bool { kinds.contains("city") && !kinds.contains("country") && !kinds.contains("state") }
        func isTownOrUnlistedPlace(_ argument: Argument) -> Bool {
            let kinds = forms.lexicon.kinds(ofName: argument.text)
            if isTown(kinds) { return true }
            // A name after "in" that the recognizer left untyped is taken for a place too.
            guard argument.text.first?.isUppercase == true, argument.entity.map({ source.entity($0).type == .place }) ?? true else { return false }
            return kinds.isEmpty
        }
        for (index, qualifier) in atom.qualifiers.enumerated() where ["in", "at"].contains(qualifier.marker) {
            guard case .phrase(let asked) = qualifier.term, isTown(forms.lexicon.kinds(ofName: asked.text)) else { continue }
            var unplaced = atom
            unplaced.qualifiers.remove(at: index)
            for binding in rankedBindings(unplaced).prefix(3) where binding.score >= 0.25 && binding.missingParts == 0 {
                guard case .fact(let id)? = binding.support.last else { continue }
                let fact = source.fact(id)
                guard fact.predicate.negated == atom.negated else { continue }
                func another(_ place: Argument) -> Bool { isTownOrUnlistedPlace(place) && folded(place.text) != folded(asked.text) }
                // The place as a qualifier, or as the object of a relation that ends with the
                // preposition ("is based in Billund").
                let surface = fact.predicate.surface.lowercased()
                let placedObject = (surface.hasSuffix(" in") || surface.hasSuffix(" at")) && fact.object.map(another) == true
                let elsewhere = placedObject || fact.qualifiers.contains { ["in", "at"].contains($0.marker.lowercased()) && another($0.argument) }
                if elsewhere { return id }
            }
        }
        return nil
    }

    /// True when the fact's verb is the complement of a refusal ("declined to hear", "failed to
    /// pass"), asked about without the refusing verb.
    func isRefusal(_ fact: Fact, asked relation: RelationTerm) -> Bool {
        guard let modality = fact.predicate.modality?.lowercased(), FactMatcher.isUnrealized(fact, asked: relation) else { return false }
        return wordsOf(modality).contains { word in Paraphrases.refusals.contains { word.hasPrefix(String($0.prefix(5))) } }
    }

    /// True when `text` has the question's verb in some form (a synonym or derived noun counts):
    /// a sentence with all the names of "did the court allow Evers to delay the election" but
    /// without "allow" ("the court ruled Evers lacked authority") does not say yes. A question
    /// without a verb ("is Tusk from Gdańsk") needs none.
    func statesTheVerb(of atom: Atom, in text: String) -> Bool {
        guard case .verb(let verb, _, _) = atom.relation else { return true }
        let wanted = Set(forms.searchForms(of: verb.lowercased()))
        return wordsOf(text).contains { wanted.contains($0) || wanted.contains(forms.lexicon.lemma(of: $0, as: .verb)) }
    }

    /// "Sanders came in second", "Bolton ... was the third official" against a question about
    /// coming first: the first rank stated after the subject's name, when it is not the asked one,
    /// says no. A seeding or ranking before the event ("Sato, who is seeded second, had won") is
    /// no rank reached.
    func statesAnotherRank(_ words: [String], asked: Int?, after head: String?) -> Bool {
        guard let asked, let head, let at = words.firstIndex(where: { $0 == head }),
              let stated = words.indices.dropFirst(at + 1).lazy.compactMap({ index -> Int? in
                  guard !Self.rankingWords.contains(words[index - 1]) else { return nil }
                  return FactMatcher.rankWords[words[index]]
              }).first else { return false }
        return stated != asked
    }

    /// Words of a standing held before an event ("seeded second", "ranked third").
    static let rankingWords: Set<String> = ["seeded", "ranked", "seed", "rated"]

    /// "asked Judge Miller to delay his ruling ..., but he declined": what the question asks was
    /// asked for, and refused after "but". `questionWords` leave out the subject's: "President
    /// Trump sued ..., but Judge Marrero dismissed the president's lawsuit" does not deny that
    /// Trump admitted something.
    func refusedAfterBut(_ words: [String], questionWords: Set<String>) -> Bool {
        guard let but = words.lastIndex(of: "but"), but > 0 else { return false }
        let asked = words[..<but].contains { questionWords.contains($0) || questionWords.contains(forms.lexicon.lemma(of: $0, as: .verb)) }
        let refused = words[(but + 1)...].prefix(4).contains { Paraphrases.refusals.contains(forms.lexicon.lemma(of: $0, as: .verb)) }
        return asked && refused
    }

    /// Whether a refusal verb follows the subject's head word within a few words.
    func refusesRightAfter(_ head: String?, in words: [String]) -> Bool {
        guard let head else { return false }
        for (index, word) in words.enumerated() where word == head || forms.nounLemma(word) == forms.nounLemma(head) {
            for next in words[(index + 1)..<min(words.count, index + 4)]
            where Paraphrases.refusals.contains(forms.lexicon.lemma(of: next, as: .verb)) { return true }
        }
        return false
    }

    /// Whether a negation in the sentence bears on the question's words: "not" or "never" at most
    /// three words before one of them ("was not unanimous", "doesn't force"), not on another verb
    /// ("the unanimous court decided their actions did not qualify"). An aside that opens with a
    /// preposition may stand between ("had not, as of yesterday, announced"), and "without" denies
    /// the gerund or question word after it ("Without mentioning any symptoms", "released without
    /// charge").
    func negates(_ words: [String], questionWords: Set<String>,
                 by negations: Set<String> = ["not", "never", "n't", "no"]) -> Bool {
        let plain = negations.contains("not")
        func isNegation(_ index: Int) -> Bool {
            let word = words[index]
            if negations.contains(word) || negations.contains(forms.lexicon.lemma(of: word, as: .verb)) { return true }
            guard plain else { return false }
            // "has yet to concede": the verb after "yet to" has not happened.
            if word == "yet", index + 1 < words.count, words[index + 1] == "to" { return true }
            // "without" denies the gerund after it, or a question word right after it: "released
            // without charge" for "was he charged".
            if word == "without", index + 1 < words.count, case let next = words[index + 1],
               next.hasSuffix("ing") || questionWords.contains(next) || questionWords.contains(forms.nounLemma(next)) {
                return true
            }
            // "doesn't", and "doesn’t" split at its curly apostrophe into "doesn" and "t".
            if word.hasSuffix("n't") { return true }
            return word == "t" && index > 0 && Self.contractedNegationStems.contains(words[index - 1])
        }
        for index in words.indices where isNegation(index) {
            let aside = index + 1 < words.count && EnglishWords.prepositions.contains(words[index + 1])
            let after = words[(index + 1)..<min(words.count, index + (aside ? 8 : 4))]
            if after.contains(where: { questionWords.contains($0) || questionWords.contains(forms.lexicon.lemma(of: $0, as: .verb))
                || questionWords.contains(forms.nounLemma($0)) }) { return true }
        }
        return false
    }

    /// The "-less" adjective of a "-y" or "-ful" one, and back: "bloody" ↔ "bloodless",
    /// "harmful" ↔ "harmless". Only for words of five letters or more ("only" has no "onless").
    static func lessOpposites(of word: String) -> [String] {
        guard word.count >= 5 else { return [] }
        if word.hasSuffix("less") {
            let stem = word.dropLast(4)
            return [stem + "y", stem + "ful"].map(String.init)
        }
        if word.hasSuffix("ful") { return [word.dropLast(3) + "less"] }
        if word.hasSuffix("dy") || word.hasSuffix("ty") { return [word.dropLast() + "less"] }
        return []
    }

    /// The "un-" participle or adjective of a word, and back: "damaged" ↔ "undamaged", "harmed" ↔
    /// "unharmed", "unopposed" ↔ "opposed". Only for participles and adjectives in -ed, -en or
    /// -able of five letters or more (a verb's "un-" form undoes it: "undo", "unpack").
    static func unOpposites(of word: String) -> [String] {
        guard word.count >= 5, word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("able") else { return [] }
        if word.hasPrefix("un"), word.count >= 7 { return [String(word.dropFirst(2))] }
        return ["un" + word]
    }

    /// The words a question denies by itself in a phrase: those at most three words after
    /// "without" or "no" ("leave even without an agreement" -> an, agreement). A "not" on the
    /// verb negates the question instead (`Atom.negated`).
    static func deniedWords(_ words: [String]) -> [String] {
        var denied: [String] = []
        for (index, word) in words.enumerated() where word == "without" || word == "no" {
            denied += words[(index + 1)..<min(words.count, index + 4)]
        }
        return denied
    }

    /// What is left of a negated auxiliary before "t" when a curly apostrophe splits it.
    static let contractedNegationStems: Set<String> = [
        "don", "doesn", "didn", "isn", "wasn", "aren", "weren", "hasn", "haven", "hadn", "won", "wouldn",
        "couldn", "shouldn", "can", "mustn", "needn", "ain",
    ]

    /// True unless the question names something the sentence does not: "Thunberg has met with
    /// multiple world leaders ..., meeting with Pope Francis" covers most of "did Thunberg meet
    /// Putin" by weight, but never names Putin, so it does not say yes. A name (a phrase with a
    /// capital) must be in the sentence, by an entity's mention or by all its words. Other phrases
    /// may be paraphrased ("the investigation" stated as "the matter"), and a name typed in lower
    /// case cannot be told from them.
    func namesEveryName(of atom: Atom, in ref: SentenceRef) -> Bool {
        let terms = [atom.subject, atom.object] + atom.qualifiers.map(\.term)
        return terms.allSatisfy { term in
            guard case .phrase(let phrase) = term, phrase.words.contains(where: { $0.first?.isUppercase == true }) else { return true }
            return sentencesNaming(term).contains(ref)
        }
    }

    /// The first sentence right after one of `named` (and naming the subject no more itself) that
    /// has one of `opposites` (`oppositeIndex`) with a third-person pronoun at most three words
    /// before it.
    /// O(sentences named · sentence length).
    func oppositeAfterASubjectSentence(_ named: Set<SentenceRef>, opposites: Set<String>) -> SentenceRef? {
        for ref in named.sorted() {
            let next = SentenceRef(document: ref.document, sentence: ref.sentence + 1)
            guard !named.contains(next), let count = source.document(ref.document)?.sentences.count, Int(next.sentence) < count else { continue }
            let words = wordsOf(source.sentenceText(next))
            // The pronoun is what the opposite is said of: "it was undamaged", "they lost".
            guard let at = oppositeIndex(in: words, opposites),
                  words[max(0, at - 3)..<at].contains(where: Self.thirdPersonPronouns.contains) else { continue }
            return next
        }
        return nil
    }

    /// The index of the first word of `words` that is one of `opposites` or has one as its verb
    /// lemma, alone or with the word after it ("called off"); nil when none has. O(words).
    func oppositeIndex(in words: [String], _ opposites: Set<String>) -> Int? {
        guard !opposites.isEmpty else { return nil }
        return words.indices.first { index in verbForms(of: words, at: index).contains(where: opposites.contains) }
    }

    /// The words of a sentence, their verb lemmas, and each verb lemma with the word after it
    /// (`verbForms`). O(words).
    func wordsAndVerbLemmas(_ words: [String]) -> Set<String> {
        Set(words.indices.flatMap { verbForms(of: words, at: $0) })
    }

    /// Word `index` of `words`, its verb lemma, and the lemma with the word after it, so that a
    /// phrasal verb is an opposite too ("was called off" -> "call off"). O(1).
    func verbForms(of words: [String], at index: Int) -> [String] {
        let lemma = forms.lexicon.lemma(of: words[index], as: .verb)
        return index + 1 < words.count ? [words[index], lemma, lemma + " " + words[index + 1]] : [words[index], lemma]
    }

    /// Pronouns that may stand for the subject named in the sentence before.
    static let thirdPersonPronouns: Set<String> = ["it", "they", "he", "she"]

    /// "was the Utah Jazz player present": a sentence right after one that names a person by a
    /// description ("a Utah Jazz player tested positive") and tells of "he" or "she" speaks of that
    /// person. Only for a description (a lower-case head noun), not a name, which a pronoun could
    /// stand in for only if coreference said so. `words` are the sentence's. O(sentences naming it).
    func refersBackByPronoun(_ ref: SentenceRef, words: Set<String>, to subject: Term?, namedIn named: Set<SentenceRef>) -> Bool {
        guard case .phrase(let phrase)? = subject, let head = phrase.words.last, head.first?.isLowercase == true,
              named.contains(where: { $0.document == ref.document && $0.sentence < ref.sentence && ref.sentence - $0.sentence <= 2 })
        else { return false }
        return words.contains("he") || words.contains("she")
    }

    /// The sentences that name a subject phrase: its entity's mentions, or sentences holding all its
    /// words (all but one of a long description's modifiers).
    func sentencesNaming(_ term: Term?) -> Set<SentenceRef> {
        guard case .phrase(let phrase)? = term else { return [] }
        let matcher = PhraseMatcher(phrase: phrase, source: source, forms: forms)
        var refs = Set<SentenceRef>()
        for id in matcher.entities.prefix(2) {
            for mention in source.entity(id).mentions {
                refs.insert(mention.sentenceRef)
            }
            refs.formUnion(sentencesNamingByClass(id))
        }
        let words = phrase.words.filter { EnglishWords.isContentWord($0.lowercased()) && $0 != "'s" }
        let found = words.map { Set(source.sentences(containing: forms.nounLemma($0)) + source.sentences(containing: $0.lowercased())) }
        func holdingAll(but left: Int?) -> Set<SentenceRef> {
            var result: Set<SentenceRef>?
            for index in found.indices where index != left {
                result = result.map { $0.intersection(found[index]) } ?? found[index]
            }
            return result ?? []
        }
        var byWords = holdingAll(but: nil)
        // "the first launch attempt" told as "A first attempt ... was called off": a description of
        // three words or more (no name) is named by its head noun with all its words but one.
        if byWords.isEmpty, words.count >= 3, !words.contains(where: { $0.first?.isUppercase == true }) {
            for left in words.indices.dropLast() { byWords.formUnion(holdingAll(but: left)) }
        }
        return refs.union(byWords)
    }

    /// Sentences that name an entity by its class noun: "Iranian airline Mahan Air" then "The
    /// airline is privately owned". The class noun is the lower-case word written right before
    /// the name; a later "the <noun>" in the same document stands for the entity.
    func sentencesNamingByClass(_ id: EntityID) -> Set<SentenceRef> {
        let entity = source.entity(id)
        let nameWords = wordsOf(entity.name).map(folded)
        guard let first = nameWords.first else { return [] }
        var nouns: [DocumentID: Set<String>] = [:]
        for mention in entity.mentions {
            let words = wordsOf(source.sentenceText(mention.sentenceRef))
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
}
