import FactModel

/// Quotation questions: what X said, about Y, to Z.
extension QuestionAnswerer {
    func quotes(speaker: Phrase, verb: String, about: Phrase?, listener: Phrase?) -> [Candidate] {
        var speakers = source.resolve(name: speaker.text)
        if speakers.isEmpty {
            // "what did the mayor say": the title's holders; a loose match is nobody's speech.
            speakers = holders(of: speaker).filter { $0.score >= 0.7 }
                .compactMap(\.value.entity)
        }
        let speakerMatcher = PhraseMatcher(phrase: speaker, source: source, forms: forms)
        let aboutMatcher = about.map { PhraseMatcher(phrase: $0, source: source, forms: forms) }
        let listenerMatcher = listener.map { PhraseMatcher(phrase: $0, source: source, forms: forms) }
        let sayKeys = Set(Paraphrases.relationKeys(equivalentTo: "say"))
        let usesTheVerb = usesTheAskedVerb(verb)
        var candidates: [Candidate] = []
        var reportedSpeech = Set<Int>()
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
            // "She did not say whether ...": what was not said is nobody's statement.
            guard isSaying, let content = fact.object, fact.predicate.voice != .passive, !fact.predicate.negated else { continue }
            let bySpeaker = fact.subject.entity.map { speakers.prefix(2).contains($0) }
                ?? (speakerMatcher.score(fact.subject) >= 0.7
                    || !Set(source.resolve(name: fact.subject.text)).isDisjoint(with: speakers.prefix(2)))
            guard bySpeaker else { continue }
            var score = 0.8 * (0.6 + 0.4 * Double(fact.confidence))
            let factSentence = fact.provenance.sentenceRef
            let sentence = source.sentenceText(factSentence)
            if !usesTheVerb(fact.predicate.lemma, sentence) { score *= Self.otherSayingVerbWeight }
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
            let reported = texts.isEmpty
            if texts.isEmpty {
                if contentIsListener { continue }
                texts = [content.text.trimmingQuotes()]
            }
            // The quotation may have opened sentences before ("\"Thank you ... campaign. ... Let's
            // keep fighting\", wrote Warren"): its opening sentence leads, as a quotation's first
            // sentence does, weighed by what the attribution's sentence is about too ("what did
            // Trump write on Twitter"); the parts after it count as its continuation, unless they
            // hold what is asked about.
            let opened = openedQuotation(before: factSentence, closing: sentence)
            // A quotation left open runs on into the sentences up to the one that closes it.
            var runsOn = QuotationMarks.leavesAQuotationOpen(sentence)
                ? continuedQuotation(after: factSentence, opening: sentence) : []
            if let last = runsOn.last, !QuotationMarks.closesAQuotationOpenedBefore(source.sentenceText(last.ref)) { runsOn = [] }
            if aboutMatcher == nil, texts.count == 1,
               let whole = wholeQuotation(opened.map(\.text) + texts + runsOn.map(\.text)), !opened.isEmpty || !runsOn.isEmpty {
                // A plain question gets the whole quotation, however many sentences it spans.
                candidates.append(Candidate(value: .text(whole), text: whole, score: score,
                                            support: .fact(factID), fromSentence: false))
                if runsOn.isEmpty {
                    candidates += continuationCandidates(after: factSentence, opening: sentence, score: score, about: nil, fromSentence: false)
                }
                continue
            }
            for (index, piece) in opened.enumerated() {
                // The attribution's words count, not the closing sentence's quoted words: those are
                // another piece of the quotation.
                let about = index == 0 ? max(aboutWeight(aboutMatcher, in: piece.text), aboutWeight(aboutMatcher, in: Self.outsideQuotations(sentence)))
                    : aboutMatcher == nil ? Self.continuationWeight : aboutWeight(aboutMatcher, in: piece.text)
                candidates.append(Candidate(value: .text(piece.text), text: piece.text, score: score * about,
                                            support: .sentence(piece.ref, nil), fromSentence: false))
            }
            for text in texts {
                let about = opened.isEmpty ? aboutWeight(aboutMatcher, in: sentence)
                    : aboutMatcher == nil ? Self.continuationWeight : aboutWeight(aboutMatcher, in: text)
                if reported { reportedSpeech.insert(candidates.count) }
                candidates.append(Candidate(value: .text(text), text: text, score: score * about,
                                            support: .fact(factID), fromSentence: false))
            }
            // The quotation may run on into the next sentences: they are the speaker's too.
            candidates += continuationCandidates(after: factSentence, opening: sentence, score: score, about: aboutMatcher, fromSentence: false)
        }
        // "what did X say" is first answered in X's own words: what the article reports X said
        // without quoting ranks below the cut (0.7 of the best) when X is quoted too; asked
        // about something, a report that speaks of it still comes first when no quotation does.
        if candidates.indices.contains(where: { !reportedSpeech.contains($0) }) {
            for index in reportedSpeech { candidates[index].score *= Self.reportedSpeechWeight }
        }
        for id in speakers.prefix(2) {
            if candidates.isEmpty {
                // No attribution fact: quotations in the sentences that mention the speaker.
                for mention in source.entity(id).mentions.prefix(200) {
                    let ref = mention.sentenceRef
                    let sentence = source.sentenceText(ref)
                    let base = 0.35 * (usesTheVerb("", sentence) ? 1 : Self.otherSayingVerbWeight)
                    let quoted = SentenceFallback.quotations(in: sentence)
                    for quote in quoted {
                        candidates.append(Candidate(value: .text(quote), text: quote, score: base * aboutWeight(aboutMatcher, in: sentence),
                                                    support: .sentence(ref, nil), fromSentence: true))
                    }
                    guard !quoted.isEmpty else { continue }
                    candidates += continuationCandidates(after: ref, opening: sentence, score: base, about: aboutMatcher, fromSentence: true)
                }
            }
        }
        return candidates
    }

    /// The sentence with its quotations taken out: the attribution around them ("she said").
    static func outsideQuotations(_ sentence: String) -> String {
        SentenceFallback.quotations(in: sentence).reduce(sentence) { $0.replacing($1, with: " ") }
    }

    /// What reported speech counts for beside the speaker's quotations.
    static let reportedSpeechWeight = 0.65

    /// What a statement told with another verb counts for, when the question asks for a manner
    /// of saying ("claim", "write", "tweet"): below the quotes' cut (0.7 of the best).
    static let otherSayingVerbWeight = 0.6

    /// Whether a saying fact (its relation lemma) or its sentence uses the question's verb: "what
    /// did Trump claim" is answered by what he claimed, ahead of all he said elsewhere. Any
    /// statement does for "say", "tell" and their equivalents.
    func usesTheAskedVerb(_ verb: String) -> (_ lemma: String, _ sentence: String) -> Bool {
        let asked = forms.verbLemma(verb)
        // The curated paraphrases make every verb of saying one relation; only these are plain.
        if ["say", "tell", "state", "add", "speak"].contains(asked) { return { _, _ in true } }
        let wanted = Set([asked] + forms.lexicon.nouns(derivedFromVerb: asked))
        return { lemma, sentence in
            wanted.contains(lemma) || wordsOf(sentence).contains { wanted.contains(self.forms.verbLemma($0)) }
        }
    }
}
