import FactModel

/// Answers from the sentences themselves when no fact does: ranks sentences by the question's
/// content words (with lemmas, synonyms and derivations) and reads the mentions of the asked type there.
struct SentenceFallback {
    let source: any FactSource
    let forms: WordForms
    /// Reads a sentence's tree, to tell the question verb's subject from its object; nil reads
    /// the words alone (their order and distance).
    var parser: (any SentenceParsing)? = nil

    /// A sentence and how well it covers the question's words.
    struct RankedSentence {
        var ref: SentenceRef
        var score: Double
        /// Share of the question's word weight the sentence covers, in 0...1.
        var coverage: Double
        var matchedGroups: Set<Int>
    }

    /// The content words of a question, each with every form it may take.
    func wordGroups(_ tokens: [QueryToken]) -> [[String]] {
        var groups: [[String]] = []
        for token in tokens where token.kind == .word || token.kind == .number || token.kind == .string {
            let lowered = token.kind == .string ? token.text.lowercased() : token.lowered
            guard EnglishWords.isContentWord(lowered), !EnglishWords.pronouns.contains(lowered),
                  !["how", "many", "much", "old", "long", "there", "since"].contains(lowered) else { continue }
            var forms = self.forms.searchForms(of: lowered)
            // "state-owned": also its parts.
            if lowered.contains("-") {
                for part in lowered.split(separator: "-") where part.count > 2 { forms.append(String(part)) }
            }
            if forms.contains(where: { folded($0) != $0 }) { forms += forms.map(folded) }
            groups.append(forms)
        }
        return groups
    }

    /// Sentences ranked by the summed weight (rarer words weigh more) of the question's word groups they hold.
    func rank(_ tokens: [QueryToken], limit: Int = 8, within documents: Set<DocumentID>? = nil) -> (ranked: [RankedSentence], groups: [[String]]) {
        let groups = wordGroups(tokens)
        guard !groups.isEmpty else { return ([], groups) }
        // Read within some articles, a word weighs by its rarity there, as if only they were loaded.
        let total = Double(max(1, documents.map { $0.reduce(0) { $0 + (source.document($1)?.sentences.count ?? 0) } } ?? totalSentences))
        var scores: [SentenceRef: (Double, Set<Int>)] = [:]
        var weightSum = 0.0
        for (index, group) in groups.enumerated() {
            var refs = Set<SentenceRef>()
            for form in group { refs.formUnion(source.sentences(containing: form)) }
            if let documents { refs = refs.filter { documents.contains($0.document) } }
            if refs.isEmpty { weightSum += 1; continue }
            let weight = 1 + log2(total / Double(refs.count))
            weightSum += weight
            for ref in refs {
                var entry = scores[ref] ?? (0, [])
                entry.0 += weight
                entry.1.insert(index)
                scores[ref] = entry
            }
        }
        let ranked = scores.map { RankedSentence(ref: $0.key, score: $0.value.0, coverage: $0.value.0 / weightSum, matchedGroups: $0.value.1) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.ref < $1.ref }
        return (Array(ranked.prefix(limit)), groups)
    }

    private var totalSentences: Int { source.sentenceCount }

    /// The question's words that a sentence holding the answer shares: all but a value noun asked
    /// right after "what" or "which" ("what time did X announce ...": the sentence gives "7:30
    /// a.m.", not the word "time").
    static func wordsToRank(_ question: Question, forms: WordForms) -> [QueryToken] {
        guard case .kind = question.kind, question.words.count > 2, ["what", "which"].contains(question.words[0].lowered),
              AnswerTypes.nounValues[forms.nounLemma(question.words[1].lowered)] != nil else { return question.words }
        return [question.words[0]] + question.words.dropFirst(2)
    }

    /// True when the question names something (a capitalised word after its first) that no
    /// article of the corpus holds: "what did Zzyzx say" is about no sentence, so none answers it,
    /// however well it matches "say". The word index is asked first; only a word it lacks in every
    /// form (it may leave out short or odd tokens, "NT") is looked for in the articles' text, as
    /// written. O(corpus text) for such a word, else O(forms).
    func namesWhatNoSentenceHolds(_ question: Question) -> Bool {
        question.words.dropFirst().contains { token in
            guard token.kind == .word, token.text.first?.isUppercase == true,
                  let forms = wordGroups([token]).first,
                  forms.allSatisfy({ source.sentences(containing: $0).isEmpty }) else { return false }
            return !source.documentIDs.contains { source.document($0)?.text.contains(token.text) == true }
        }
    }

    /// Candidate answers of the asked kind from the best sentences, scored below fact answers.
    /// `documents`, when given, are the only articles read (those holding the most of the question).
    func answers(_ question: Question, excluding excluded: Set<EntityID>, excludedWords: Set<String>,
                 within documents: Set<DocumentID>? = nil) -> [Candidate] {
        if namesWhatNoSentenceHolds(question) { return [] }
        let (ranked, groups) = rank(Self.wordsToRank(question, forms: forms), within: documents)
        let questionForms = Set(groups.flatMap { $0 })
        let verbForms = Set(verbGroup(question).flatMap { forms.searchForms(of: $0) })
        let asksSubject = asksForSubject(question)
        let counted = countedWords(question)
        let countedLemma = countedNoun(question)
        let asked = Asked(question: question, questionForms: questionForms, verbForms: verbForms, asksSubject: asksSubject,
                          counted: counted, countedLemma: countedLemma, excluded: excluded, excludedWords: excludedWords,
                          asksForASource: asksForASource(question), asksAboutAChange: Self.asksAboutAChange(question))
        var documents: [DocumentID: Document] = [:]
        guard let best = ranked.first, best.score > 0 else { return [] }
        var candidates: [Candidate] = []
        let wantsQuote: Bool = {
            if case .quotes = question.form { return true }
            if case .thing = question.kind { return true }
            return false
        }()
        if let classified = classifiedNoun(question) {
            // "what type of jet crashed": the names and numbers written before the noun.
            for sentence in ranked where sentence.score >= best.score * 0.75 {
                for text in Self.modifiers(of: classified, in: source.sentenceText(sentence.ref), forms: forms) {
                    candidates.append(Candidate(value: .text(text), text: text, score: 0.3 * sentence.score / best.score,
                                                support: .sentence(sentence.ref, nil), fromSentence: true))
                }
                if !candidates.isEmpty { return candidates }
            }
            return []
        }
        // When no sentence mentions the one the question names, a second pass lets a sentence whose
        // pronoun the entity stage gave to someone else stand in, at half the weight ("He was given
        // a fine of US$86,000" after a lede that names him only later), in an article that names
        // them: a pronoun elsewhere stands for someone else.
        // When the sentences that hold most of the question hold nothing of the asked kind, those
        // that hold half as much are read ("what time did X announce the end of his campaign":
        // the lede tells the end, a later sentence the time of "the announcement").
        var namingDocuments: Set<DocumentID> = []
        for (pronounsStandIn, share) in [(false, 0.75), (true, 0.75), (false, 0.5)] {
            if pronounsStandIn && (!candidates.isEmpty || excluded.isEmpty) { continue }
            if share < 0.75 && !candidates.isEmpty { break }
            if pronounsStandIn { namingDocuments = Set(excluded.flatMap { source.entity($0).mentions.map(\.document) }) }
            for sentence in ranked where sentence.score >= best.score * share && (share == 0.75 || sentence.score < best.score * 0.75) {
                let relative = sentence.score / best.score
                let mentions = source.mentions(in: sentence.ref)
                let sentenceText = source.sentenceText(sentence.ref)
                // A question that names someone ("who is Eve Hart's mother") is about them: a sentence
                // that never mentions them (by name, description or pronoun) does not answer it; in
                // the second pass, one with a personal pronoun may.
                if !excluded.isEmpty, !mentions.contains(where: { $0.entity.map(excluded.contains) == true }) {
                    guard pronounsStandIn, namingDocuments.contains(sentence.ref.document),
                          mentions.contains(where: { EnglishWords.personalPronouns.contains($0.text.lowercased()) }) else { continue }
                }
                if asksSubject == true, leavesTheDoerUnnamed(sentence.ref, asked: excluded, verbForms: verbForms) { continue }
                let weight = relative * (pronounsStandIn ? 0.5 : 1)
                if case .reason = question.kind {
                    // "why ...": the reason phrases of the sentence, nothing else in it.
                    for reason in Self.reasonPhrases(in: sentenceText) {
                        candidates.append(Candidate(value: .text(reason), text: reason, score: 0.3 * weight,
                                                    support: .sentence(sentence.ref, nil), fromSentence: true))
                    }
                    if !candidates.isEmpty && relative < 1 { break }
                    continue
                }
                if wantsQuote {
                    for quote in Self.quotations(in: sentenceText) {
                        candidates.append(Candidate(
                            value: .text(quote), text: quote, score: 0.3 * weight, support: .sentence(sentence.ref, nil), fromSentence: true))
                    }
                    if !candidates.isEmpty { continue }
                }
                let tree = parser.flatMap { needsTree(asked) ? $0.tree(of: sentenceText) : nil }
                // Who did, or underwent, the question's verb in this sentence, read once for both kinds of candidate.
                let roles = tree.flatMap { tree in
                    asked.asksSubject.flatMap { asksSubject in
                        asked.verbForms.isEmpty ? nil
                            : Self.verbRoles(in: tree, text: sentenceText, verbForms: asked.verbForms, asksDoer: asksSubject)
                    }
                }
                candidates += mentionCandidates(in: sentence, mentions: mentions, text: sentenceText, roles: roles, weight: weight, asked: asked,
                                                documents: &documents)
                if let tree {
                    candidates += phraseCandidates(in: sentence, text: sentenceText, tree: tree, roles: roles, weight: weight, asked: asked)
                }
                if !candidates.isEmpty && relative < 1 { break }
            }
        }
        if case .age = question.kind, excluded.count == 1, let asked = excluded.first {
            // An age in apposition to any mention of the person is read wherever it is written.
            candidates += appositiveAges(of: asked)
            if candidates.isEmpty { return describedAges(of: asked) }
        }
        return candidates
    }

    /// True when the mention starting at byte `offset` of `text` is what an "according to" phrase
    /// cites: "according to" before it, with no punctuation between ("According to semi-official
    /// news agency ISNA, ..."). O(offset).
    static func isCitedSource(at offset: Int, in text: String) -> Bool {
        let before = String(decoding: text.utf8.prefix(max(0, offset)), as: UTF8.self).lowercased()
        guard let cue = before.ranges(of: "according to").last else { return false }
        return !before[cue.upperBound...].contains { ",;:.\"\u{201C}\u{201D}".contains($0) }
    }

    /// True for a whole number under 120 set off by commas right after a capitalised name,
    /// perhaps after "now" or "aged": "Fields, now 22,", "Emily Spanton, 39,". O(length of the text).
    static func isApposedAge(_ number: String, at offset: Int, in text: String) -> Bool {
        guard let value = Int(number), value > 0, value < 120 else { return false }
        let bytes = Array(text.utf8)
        let end = offset + number.utf8.count
        guard end <= bytes.count, end == bytes.count || [UInt8(ascii: ","), UInt8(ascii: ")")].contains(bytes[end]) else { return false }
        let before = String(decoding: bytes[..<max(0, offset)], as: UTF8.self)
        var words = before.split(separator: " ")
        if let last = words.last, ["now", "aged", "age"].contains(last.lowercased()) { words.removeLast() }
        guard let name = words.last else { return false }
        return name.hasSuffix(",") && name.first?.isUppercase == true
    }

    /// True when the words right before `offset` deny what the sentence tells of it: "not" alone
    /// or before a preposition or determiner ("decided by Congress and not by judges", "to Oslo,
    /// not Rome"). "not only X" is no denial (the word before X is "only"). O(length of the text before).
    static func isDenied(at offset: Int, in text: String) -> Bool {
        let before = String(decoding: text.utf8.prefix(max(0, offset)), as: UTF8.self).lowercased()
        // "not", then at most two prepositions or determiners ("not by the Town Council").
        for word in before.split(whereSeparator: { !$0.isLetter && $0 != "'" }).suffix(3).reversed() {
            if word == "not" || word == "never" { return true }
            guard EnglishWords.prepositions.contains(String(word)) || EnglishWords.determiners.contains(String(word)) else { return false }
        }
        return false
    }

    /// Verbs of reporting: a question with one ("who reported the crash") asks for a source.
    static let reportingVerbs: Set<String> = ["say", "report", "tell", "state", "claim", "announce", "confirm", "write", "note", "cite"]

    /// True when the question asks who reported something: its verb is one of reporting, or it
    /// asks for quotations.
    private func asksForASource(_ question: Question) -> Bool {
        switch question.form {
        case .clause(let atom), .yesNo(let atom):
            // "according to which commission were the ballots not returned".
            if atom.qualifiers.contains(where: { $0.marker == "according to" && $0.term.variableName == Question.answerVariable }) {
                return true
            }
            guard case .verb(let verb, _, _) = atom.relation else { return false }
            return Self.reportingVerbs.contains(forms.verbLemma(verb))
        case .quotes: return true
        case .identity: return false
        }
    }

    /// What the fallback looks for in every sentence: the question, its words in all their forms,
    /// and the names it asks about.
    private struct Asked {
        let question: Question
        let questionForms: Set<String>
        let verbForms: Set<String>
        let asksSubject: Bool?
        let counted: Set<String>
        let countedLemma: String?
        let excluded: Set<EntityID>
        let excludedWords: Set<String>
        /// True when the question's verb is one of reporting ("who reported the crash").
        let asksForASource: Bool
        /// True when the question asks how much something changed ("by how much did it fall").
        let asksAboutAChange: Bool
    }

    /// The candidates one sentence's mentions give: those of the asked kind, scored by how close
    /// they stand to the question's words (and to its verb, on the side it asks for).
    private func mentionCandidates(in sentence: RankedSentence, mentions: [Mention], text sentenceText: String, roles allRoles: VerbRoles?, weight: Double,
                                   asked: Asked, documents: inout [DocumentID: Document]) -> [Candidate] {
        let (question, questionForms, verbForms, asksSubject) = (asked.question, asked.questionForms, asked.verbForms, asked.asksSubject)
        let (counted, countedLemma, excluded, excludedWords) = (asked.counted, asked.countedLemma, asked.excluded, asked.excludedWords)
        var found: [Candidate] = []
        if documents[sentence.ref.document] == nil { documents[sentence.ref.document] = source.document(sentence.ref.document) }
        let sentenceStart = documents[sentence.ref.document]?.startOfSentence(Int(sentence.ref.sentence)) ?? 0
        let words = Self.wordOffsets(sentenceText)
        let lemmaOf = { (word: String) in [word, self.forms.lexicon.lemma(of: word, as: .verb), self.forms.nounLemma(word)] }
        let anchors = words.filter { lemmaOf($0.word).contains(where: questionForms.contains) }.map(\.offset)
        // "who is the head of X's police department": only a name next to the role word itself
        // (in apposition to it) holds the role, not any name in the sentence.
        let roleOffsets = identityRole(question).map { role in
            words.filter { self.forms.nounLemma($0.word) == role || $0.word == role }.map(\.offset)
        }
        let verbOffset = words.first { lemmaOf($0.word).contains(where: verbForms.contains) }?.offset
        var counting = countingNumbers(question, mentions: mentions, words: words, sentenceStart: sentenceStart,
                                       questionForms: questionForms, verbForms: verbForms, counted: counted)
        // The left-out noun is the one the sentence counts elsewhere, so it must be the asked one.
        let countedHere = countedLemma.map { noun in words.contains { self.forms.nounLemma($0.word) == noun } } ?? true
        if question.kind.asksForNumber, countedHere {
            let elided = elidedNumbers(of: excluded, named: excludedWords, mentions: mentions, words: words, in: sentenceText,
                                       sentenceStart: sentenceStart)
            if !elided.isEmpty { counting = elided }
        }
        // "who requested the suspension": the name after "the request of" did it, not the
        // sentence's subject; the other names of such a sentence count for less.
        let agents = asksSubject == true
            ? nominalAgents(in: mentions, text: sentenceText, sentenceStart: sentenceStart, words: words, questionForms: questionForms, verbForms: verbForms)
            : []
        // "what did the poll round his number to": what follows "to" after the verb.
        let strandedObjects = Self.strandedPreposition(question).map { preposition in
            Self.strandedObjects(preposition: preposition,
                                 verbOffsets: words.filter { lemmaOf($0.word).contains(where: verbForms.contains) }.map(\.offset),
                                 words: words, mentions: mentions, sentenceStart: sentenceStart,
                                 frontedInTheQuestion: question.words.first.map { EnglishWords.prepositions.contains($0.lowered) } ?? false)
        } ?? []
        // "who came in first": a name the sentence ranks otherwise ("came in second") is no answer.
        let rankWeights = Self.askedRank(question).map {
            Self.rankWeights(asked: $0, words: words, mentions: mentions, sentenceStart: sentenceStart)
        } ?? [:]
        // With the sentence's tree at hand, the question verb's subject or object is read from it.
        let roles = agents.isEmpty && allRoles?.asked.isEmpty == false ? allRoles : nil
        // A subject question prefers the verb's left, an object question its right.
        func sideOfVerb(_ offset: Int) -> Double {
            guard let verbOffset, let asksSubject else { return 1 }
            return (offset < verbOffset) == asksSubject ? 1 : 0.6
        }
        // A question of who reported something is answered by what the sentence cites.
        let citedSources: Set<Int> = asked.asksForASource && asksSubject == true
            ? Set(mentions.map { Int($0.provenance.start) - sentenceStart }.filter { Self.isCitedSource(at: $0, in: sentenceText) })
            : []
        let citesTheAsked = mentions.contains { mention in
            mention.entity.map(excluded.contains) == true
                && Self.isCitedSource(at: Int(mention.provenance.start) - sentenceStart, in: sentenceText)
        }
        for mention in mentions {
            if !counting.isEmpty, mention.type.valueKind != nil, !counting.contains(mention.provenance) { continue }
            // "how many people did Fields injure": "James Alex Fields, now 22," gives his age, no count.
            if case .count = question.kind, mention.type.valueKind == .number,
               Self.isApposedAge(mention.text, at: Int(mention.provenance.start) - sentenceStart, in: sentenceText) {
                continue
            }
            if case .age = question.kind,
               isNotTheAskedAge(mention, sentence: sentenceText, sentenceStart: sentenceStart, asked: excluded) {
                continue
            }
            // What a sentence cites answers who reported it, whatever the name tagger took it for
            // ("According to CNN", tagged a place; "according to Iran").
            let cited = citedSources.contains(Int(mention.provenance.start) - sentenceStart) && mention.type.valueKind == nil
            let fit = cited ? 1 : AnswerTypes.fit(mention.type, kind: question.kind, forms: forms)
            guard fit > 0 else { continue }
            if let entity = mention.entity, excluded.contains(entity) { continue }
            // "the U.S. House of Representatives" in "who is the delegate to the U.S. House of
            // Representatives" repeats the question ("of" and "the" aside).
            let mentionWords = Set(wordsOf(mention.text).map(folded)).filter { EnglishWords.isContentWord($0) }
            if !mentionWords.isEmpty, mentionWords.isSubset(of: excludedWords) { continue }
            let value: BoundValue = mention.entity.map { .entity($0) } ?? .text(mention.value?.text ?? mention.text)
            let text = mention.entity.map { source.entity($0).name } ?? mention.value?.text ?? mention.text
            // "who are Stevens's daughters": the group "daughters" only repeats the question,
            // and only people are someone's daughters.
            if mention.type == .entity(.group), Set(wordsOf(text).map(folded)).isSubset(of: excludedWords) { continue }
            if asksForPeople(question), mention.type != .entity(.person) { continue }
            // Closer to the question's words is better; a subject question prefers the verb's left.
            let offset = Int(mention.provenance.start) - sentenceStart
            if case .count = question.kind, isPartitiveTotal(at: offset, in: words),
               !describedByQuestion(after: Int(mention.provenance.end) - sentenceStart, in: words, questionForms: questionForms,
                                    counted: counted) {
                continue
            }
            // "turnout was down by about 1.5% ..., with this time about 67.3%": a change is not the level asked for.
            let difference = mention.type.valueKind != nil && !asked.asksAboutAChange && Self.isDifference(at: offset, in: words)
            let included = roleOffsets.map { includedAfter($0, offset: offset, words: words) } ?? false
            if let roleOffsets, !roleOffsets.contains(where: { abs($0 - offset) <= Self.appositionReach }), !included { continue }
            // "included Pelosi's grandchildren": the possessor is not one of them.
            if roleOffsets != nil, Self.isPossessor(endingAt: Int(mention.provenance.end) - sentenceStart, in: sentenceText) { continue }
            // "Guests at the swearing in included ...": the role noun itself is no holder of it.
            if roleOffsets != nil, let role = identityRole(question), mention.entity != nil,
               wordsOf(text).count == 1, forms.nounLemma(text.lowercased()) == role { continue }
            // "According to NBC, Time also considered ...": the cited source did not do what the
            // sentence tells, unless the question asks who reported it or about the source itself
            // ("which university is Kelly Dittmar from": "According to Rutgers University political
            // scholar Kelly Dittmar").
            if !asked.asksForASource, !citesTheAsked, Self.isCitedSource(at: offset, in: sentenceText) { continue }
            // A yes/no question reads the denial itself; a wh-question takes no denied name.
            if case .clause = question.form, Self.isDenied(at: offset, in: sentenceText) { continue }
            let distance = anchors.map { abs($0 - offset) }.min() ?? 60
            var nearness = 1 / (1 + Double(distance) / 30)
            if !citedSources.isEmpty {
                // "who reported that Ford hired Sidley Austin": "..., according to The Verge".
                nearness = citedSources.contains(offset) ? 1 : nearness * 0.4
            } else if !agents.isEmpty {
                nearness = agents.contains(offset) ? 1 : nearness * 0.4
            } else if let roles {
                // The verb's own subject (or object) is the answer; the other side, and words
                // elsewhere in the sentence, only when nothing better is found.
                let range = offset..<(Int(mention.provenance.end) - sentenceStart)
                switch roles.side(of: range) {
                case true?: nearness = 1
                case false?: nearness *= 0.25
                case nil: nearness *= 0.4 * sideOfVerb(offset)
                }
            } else {
                nearness *= sideOfVerb(offset)
            }
            nearness *= rankWeights[offset] ?? 1
            if difference { nearness *= 0.3 }
            if included { nearness = 1 }
            if !strandedObjects.isEmpty { nearness = strandedObjects.contains(offset) ? 1 : nearness * 0.4 }
            found.append(Candidate(
                value: value, text: text, score: 0.3 * weight * fit * nearness,
                support: .sentence(sentence.ref, mention.provenance), fromSentence: true, valueKind: mention.type.valueKind))
        }
        return found
    }

    /// True when the sentence's tree can tell something the words cannot: the question has a
    /// verb and asks for its subject or object, or asks which thing ("which deal").
    private func needsTree(_ asked: Asked) -> Bool {
        (asked.asksSubject != nil && !asked.verbForms.isEmpty) || asksForAThing(asked.question.kind)
    }

    /// True for "which deal", "which law": a kind that is no one, nowhere and no value.
    private func asksForAThing(_ kind: AnswerKind) -> Bool {
        guard case .kind(let noun) = kind else { return false }
        return AnswerTypes.headWord(of: noun) != nil && AnswerTypes.entityTypes(for: kind, forms: forms) == nil
            && AnswerTypes.valueKinds(for: kind, forms: forms) == nil
    }

    /// For "what did Iran target", "which deal did he help negotiate": the noun phrase on the
    /// asked side of the question's verb, as the tree gives it ("US troops in Iraqi military
    /// bases", where the mentions give only "United States"); for "which N", a phrase headed by N
    /// with words of its own before it ("the Iran nuclear deal"). A phrase of the question's own
    /// words only restates it and is left out.
    private func phraseCandidates(in sentence: RankedSentence, text: String, tree: DependencyTree, roles: VerbRoles?, weight: Double,
                                  asked: Asked) -> [Candidate] {
        let kind = asked.question.kind
        let thingNoun: Phrase?
        switch kind {
        case .thing: thingNoun = nil
        case .kind(let noun) where asksForAThing(kind): thingNoun = noun
        default: return []
        }
        var heads = roles?.askedHeads ?? []
        if let noun = thingNoun, let head = AnswerTypes.headWord(of: noun) {
            // The asked noun itself, written with modifiers ("the Iran nuclear deal").
            let lemma = forms.nounLemma(head.lowercased())
            let named = tree.words.indices.filter { index in
                forms.nounLemma(tree.words[index].lemma.lowercased()) == lemma
                    && tree.dependents[index].contains { ["compound", "amod", "nmod:poss", "flat"].contains(tree.words[$0].relation) }
            }
            heads = named + heads.filter { !named.contains($0) }
        }
        var found: [Candidate] = []
        for head in heads {
            guard let phrase = Self.nounPhrase(at: head, in: tree, text: text),
                  !wordsOf(phrase).allSatisfy({ asked.questionForms.contains($0.lowercased()) || !EnglishWords.isContentWord($0.lowercased()) })
            else { continue }
            let trimmed = phrase.trimmingTrailingPunctuation()
            found.append(Candidate(value: .text(trimmed), text: trimmed, score: 0.3 * weight,
                                   support: .sentence(sentence.ref, nil), fromSentence: true))
        }
        return found
    }

    /// The noun lemma a "what type of N" question classifies ("jet"), nil for other questions.
    private func classifiedNoun(_ question: Question) -> String? {
        guard case .kind(let noun) = question.kind, let head = AnswerTypes.headWord(of: noun),
              AnswerTypes.classNouns.contains(forms.nounLemma(head)),
              let of = noun.words.firstIndex(where: { $0.lowercased() == "of" }), let last = noun.words.last,
              of < noun.words.count - 1 else { return nil }
        return forms.nounLemma(last)
    }

    /// The capitalised words and numbers written right before each occurrence of `noun` in the
    /// sentence ("the Boeing 737-800 jet" -> "Boeing 737-800"): what kind of it the sentence names.
    static func modifiers(of noun: String, in sentence: String, forms: WordForms) -> [String] {
        let punctuation: Set<Character> = [",", ";", ":", "(", ")", "\"", "\u{201C}", "\u{201D}"]
        let words = sentence.split(separator: " ").map { word -> String in
            String(word.drop { punctuation.contains($0) }.reversed().drop { punctuation.contains($0) }.reversed())
        }
        var found: [String] = []
        for (index, word) in words.enumerated() where index > 0 && forms.nounLemma(word.lowercased()) == noun {
            var start = index
            while start > 0, let first = words[start - 1].first, first.isUppercase || first.isNumber { start -= 1 }
            if start < index { found.append(words[start..<index].joined(separator: " ")) }
        }
        return found
    }

    /// True for "who are X's daughters": a role of people only, asked by name of its owner.
    private func asksForPeople(_ question: Question) -> Bool {
        guard case .identity(let phrase) = question.form, phrase.words.contains("'s"),
              let role = phrase.words.last(where: { $0.first?.isLowercase == true && $0 != "'s" }) else { return false }
        return AnswerTypes.nounClasses[forms.nounLemma(role.lowercased())] == .person
    }

    /// How far (in bytes) a name may be from a role word to be read as its holder.
    static let appositionReach = 40

    /// The role word of an identity question about a title ("the head of Seattle's police
    /// department" -> "head", "Merkel's spokesperson" -> "spokesperson"); nil for a name.
    private func identityRole(_ question: Question) -> String? {
        guard case .identity(let phrase) = question.form, question.kind == .agent else { return nil }
        var words = phrase.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }
        guard words.contains(where: { $0.first?.isLowercase == true }) else { return nil }
        if let possessive = words.firstIndex(of: "'s") { words = Array(words[(possessive + 1)...]) }
        if let preposition = words.firstIndex(where: { EnglishWords.prepositions.contains($0.lowercased()) }) {
            words = Array(words[..<preposition])
        }
        return words.last.map { forms.nounLemma($0.lowercased()) }
    }

    /// The question's verb, when it has one.
    private func verbGroup(_ question: Question) -> [String] {
        switch question.form {
        case .clause(let atom), .yesNo(let atom):
            if case .verb(let verb, _, _) = atom.relation { return [verb.lowercased()] }
            return []
        case .quotes(_, let verb, _, _): return [verb]
        case .identity: return []
        }
    }

    /// True when the question asks for the verb's subject, false for its object; nil when neither.
    private func asksForSubject(_ question: Question) -> Bool? {
        guard case .clause(let atom) = question.form, case .verb = atom.relation else { return nil }
        if atom.subject?.variableName == Question.answerVariable { return !atom.passive }
        if atom.object?.variableName == Question.answerVariable { return atom.passive }
        return nil
    }

    /// The lower-cased words of a text with their UTF-8 offsets.
    static func wordOffsets(_ text: String) -> [(word: String, offset: Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = String(scalar).utf8.count
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append((current.lowercased(), start))
                current = ""
            }
            offset += width
        }
        if !current.isEmpty { result.append((current.lowercased(), start)) }
        return result
    }

    /// The quoted spans of a sentence, without their quote marks; the text before a first mark
    /// that closes a quotation (opened in an earlier sentence) is one too. O(characters).
    static func quotations(in sentence: String) -> [String] {
        var quotes: [String] = []
        var current: String?
        // The text before the first mark: the end of a quotation an earlier sentence opened, when
        // that mark closes one ("... in the Administration," wrote Trump).
        var leading: String? = ""
        let characters = Array(sentence)
        for (index, character) in characters.enumerated() {
            switch character {
            case "\u{201C}":
                current = ""
                leading = nil
            case "\"" where current == nil && !(leading != nil && QuotationMarks.straightMarkCloses(characters, at: index)):
                current = ""
                leading = nil
            case "\u{201D}", "\"":
                if let text = current ?? leading {
                    let trimmed = text.trimmingTrailingPunctuation()
                    if wordsOf(trimmed).count >= (current == nil ? 3 : 2) { quotes.append(trimmed) }
                }
                current = nil
                leading = nil
            default:
                current?.append(character)
                leading?.append(character)
            }
        }
        // A quotation that runs on into the next sentence is still said here ("X told the paper,
        // "All we need is ... back. It's not much to ask."").
        if let text = current {
            let trimmed = text.trimmingTrailingPunctuation()
            if wordsOf(trimmed).count >= 3 { quotes.append(trimmed) }
        }
        return quotes
    }
}

extension String {
    /// Without trailing commas, periods and spaces: the quote as said, not its punctuation.
    func trimmingTrailingPunctuation() -> String {
        var text = Substring(self)
        while let last = text.last, last == "," || last == "." || last == " " || last == ";" { text = text.dropLast() }
        while let first = text.first, first == " " { text = text.dropFirst() }
        return String(text)
    }
}

/// log2 without Foundation.
func log2(_ x: Double) -> Double {
    guard x > 0 else { return 0 }
    var value = x
    var result = 0.0
    while value >= 2 { value /= 2; result += 1 }
    while value < 1 { value *= 2; result -= 1 }
    // value in [1, 2): a short series for log2 of the rest.
    return result + (value - 1) * (1.4427 - 0.4427 * (value - 1))
}
