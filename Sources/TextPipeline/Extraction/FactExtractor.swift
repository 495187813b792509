import FactModel

/// Reads facts from parsed, entity-annotated sentences: one fact per clause and argument pattern,
/// plus copulas, appositives, titles, attributions and the attendance facts light verbs imply.
/// docs/extraction.md describes the fact shapes; each pattern family has its own file here.
public struct FactExtractor: Sendable {
    let words: ExtractionLexicon
    /// Tells a participle the tagger read as an adjective from a real adjective; without it,
    /// such clauses stay copulas (`ParticipleAdjectives`).
    let lemmatizer: Lemmatizer?

    /// The extractor with its built-in word lists only.
    public init(lemmatizer: Lemmatizer? = nil) {
        words = ExtractionLexicon()
        self.lemmatizer = lemmatizer
    }

    /// The extractor with a WordNet lexicon for noun-to-verb derivations ("be in talks" -> talk).
    public init(lexicon: any Lexicon) {
        words = ExtractionLexicon(lexicon: lexicon)
        lemmatizer = nil
    }

    /// The facts, mentions and entities of `annotated`, cited against `document`.
    public func extract(_ annotated: AnnotatedDocument, document: Document) -> ExtractedDocument {
        explainedExtract(annotated, document: document).extracted
    }

    /// `extract(_:document:)` with the confidence features of each fact (parallel to the facts;
    /// nil for a fact not scored by `ConfidenceModel`), for training the confidence.
    public func explainedExtract(
        _ annotated: AnnotatedDocument, document: Document
    ) -> (extracted: ExtractedDocument, features: [ConfidenceFeatures?]) {
        var document = document
        document.sentences = annotated.sentences.indices.map { annotated.byteRange(ofSentence: $0) }
        var mentions: [Mention] = []
        for span in annotated.spans {
            let sentence = annotated.sentenceIndex(ofToken: span.tokens.lowerBound)
            let provenance = Provenance(
                document: document.id, sentence: Int32(sentence),
                start: annotated.tokens[span.tokens.lowerBound].start,
                end: annotated.tokens[span.tokens.upperBound - 1].end)
            mentions.append(Mention(
                text: annotated.text(ofTokens: span.tokens), type: span.type,
                entity: span.entity, value: span.value, provenance: provenance))
        }
        let lemmas = annotated.sentences.map { range in range.map { annotated.tokens[$0].lemma } }
        let facts = self.facts(of: annotated, document: document)
        let extracted = ExtractedDocument(
            document: document, entities: annotated.entities, mentions: mentions,
            facts: facts.map(\.fact), sentenceLemmas: lemmas)
        return (extracted, facts.map(\.features))
    }

    /// Every fact of the document, sentence by sentence, in order, with its confidence features.
    func facts(of annotated: AnnotatedDocument, document: Document) -> [(fact: Fact, features: ConfidenceFeatures?)] {
        var annotated = annotated
        TreeRepairs.apply(to: &annotated)
        if let lemmatizer { ParticipleAdjectives.apply(to: &annotated, lemmatizer: lemmatizer) }
        let mentionIndex = MentionIndex(document: annotated)
        var normalizer = LightVerbNormalizer(words: words)
        var facts: [(fact: Fact, features: ConfidenceFeatures?)] = []
        var previousThing: ThingPronouns.Antecedent? = nil
        let people = Set(annotated.entities.filter { $0.type == .person }.map(\.id))
        let isPerson = { (id: EntityID) in people.contains(id) }
        for (index, range) in annotated.sentences.enumerated() where range.count > 1 {
            guard range.contains(where: { !annotated.tokens[$0].deprel.isEmpty }) else { previousThing = nil; continue }
            let tree = SentenceTree(document: annotated, range: range)
            var reader = SentenceReader(tree: tree, words: words, mentions: mentionIndex)
            var drafts = reader.read()
            Gapping.apply(to: &drafts, tree: tree)
            AsDidClauses.apply(to: &drafts, tree: tree)
            ProgressiveParticiples.apply(to: &drafts, tree: tree)
            normalizer.normalize(&drafts, tree: tree)
            ThingPronouns.resolve(&drafts, tree: tree, mentions: mentionIndex, antecedent: previousThing)
            previousThing = ThingPronouns.antecedent(in: tree, mentions: mentionIndex)
            let renderer = FactRenderer(tree: tree, mentions: mentionIndex, document: document, sentence: index)
            let rendered = renderer.render(drafts)
            let sentenceFacts = rendered.map(\.fact)
            facts += rendered.map { ($0.fact, $0.features) }
            let respectively = range.contains { annotated.tokens[$0].form.lowercased() == "respectively" }
            let recipients = Recipients.derived(from: sentenceFacts)
            facts += (AppositiveSubjects.derived(from: sentenceFacts, alsoDerived: recipients, respectively: respectively)
                + Memberships.derived(from: sentenceFacts) + recipients + Evacuations.derived(from: sentenceFacts)
                + PassedBills.derived(from: sentenceFacts) + Successions.derived(from: sentenceFacts, isPerson: isPerson)).map { ($0, nil) }
        }
        facts += EntityTitleFacts.facts(for: annotated.entities, besides: facts.map(\.fact), document: document).map { ($0, nil) }
        return facts
    }
}

/// Turns the drafts of one sentence into the model's facts, with text, links, provenance and
/// confidence; drops exact duplicates.
struct FactRenderer {
    let tree: SentenceTree
    let mentions: MentionIndex
    let document: Document
    let sentence: Int

    func render(_ drafts: [DraftFact]) -> [(fact: Fact, features: ConfidenceFeatures)] {
        var facts: [(fact: Fact, features: ConfidenceFeatures)] = []
        var seen = Set<String>()
        for draft in drafts {
            guard !draft.subject.isEmpty else { continue }
            let features = ConfidenceFeatures(draft, tree: tree)
            var fact = render(draft, speakerDraft: draft.attributedBy.map { drafts[$0] })
            fact.confidence = ConfidenceModel.score(features)
            let key = [fact.subject.text, fact.predicate.surface, fact.predicate.canonical, fact.object?.text ?? "",
                       fact.qualifiers.map { $0.marker + " " + $0.argument.text }.joined(separator: "|"), fact.kind.rawValue]
                .joined(separator: "\t")
            guard seen.insert(key).inserted else { continue }
            if let object = fact.object, object.text == fact.subject.text { continue }
            // A misparse can leave an argument that is only punctuation (", ; be ; his
            // granddaughter"): such a fact says nothing about anyone.
            if !Self.hasContent(fact.subject.text) || fact.object.map({ !Self.hasContent($0.text) }) == true { continue }
            // Nor does a relation of punctuation only (a quote mark read as the verb of "Trek's
            // `` it did n't take ..."). A derived fact may have none of its own.
            if fact.kind != .derived, !fact.predicate.surface.isEmpty, !Self.hasContent(fact.predicate.surface) { continue }
            if Self.namesItsSubjectAgain(fact) { continue }
            facts.append((fact, features))
        }
        return facts
    }

    /// A link between two names of one entity says nothing: "the European Union (EU)" read as
    /// (the European Union; be in; EU), "House of Representatives" split into (House; be of;
    /// Representatives). A description of it stays ("Mike Pompeo, the secretary of state", "Julie
    /// Payette, the Governor General of Canada": headed by a title).
    static func namesItsSubjectAgain(_ fact: Fact) -> Bool {
        guard fact.kind != .event, fact.kind != .attribution, let object = fact.object, let entity = object.entity,
              fact.subject.entity == entity,
              !TitleWords.isTitleWord(object.head.split(separator: " ").last.map(String.init) ?? "") else { return false }
        return object.text.split(separator: " ").allSatisfy { word in
            guard let first = word.first(where: \.isLetter) else { return true }
            return first.isUppercase || Self.nameJoiners.contains(word.lowercased())
        }
    }

    /// Lower-case words a name may hold between its capitalised ones ("House of Representatives").
    static let nameJoiners: Set<String> = ["of", "the", "and", "for", "de", "on", "in", "a", "an", "&"]

    /// Whether an argument's text holds a letter or digit.
    static func hasContent(_ text: String) -> Bool {
        text.contains { $0.isLetter || $0.isNumber }
    }

    func render(_ draft: DraftFact, speakerDraft: DraftFact?) -> Fact {
        // An appositive's or copula's description is what it says of the subject, and a
        // possession's owned noun names the relation ("Qaboos's cousin"): not references to the
        // name beside them. A capitalised title read as the subject of its apposed name ("A
        // Republican Assemblywoman, Jill Tolles") is not that name either.
        let describes = draft.kind == .appositive || draft.kind == .copula || draft.kind == .possession
        let subject = tree.argument(draft.subject, mentions: mentions, namedByAppositive: draft.kind != .appositive)
        let object = draft.object.map { tree.argument($0, mentions: mentions, namedByAppositive: !describes) }
        let qualifiers = draft.qualifiers.map { q -> Qualifier in
            var argument = tree.argument(q.argument, mentions: mentions)
            if q.time && argument.value == nil {
                argument.value = ValueResolver.timeValue(text: argument.text, articleDate: document.date)
            }
            return Qualifier(marker: q.marker, argument: argument)
        }
        var surface = draft.surfaceOverride ?? tree.text(draft.relationWords)
        if draft.surfaceOverride == nil, let inserted = draft.insertedRelation {
            surface = surface.isEmpty ? inserted : inserted + " " + surface
        }
        let predicate = Predicate(
            surface: surface, lemma: draft.lemma, canonical: draft.canonical ?? draft.lemma,
            voice: draft.voice, negated: draft.negated, modality: draft.modality)
        let attribution = speakerDraft.map {
            Attribution(speaker: tree.argument($0.subject, mentions: mentions), verb: $0.lemma)
        }
        var evidence = draft.evidenceWords ?? (draft.subject.words + draft.relationWords + (draft.object?.words ?? [])
            + draft.qualifiers.flatMap { $0.argument.words })
        if evidence.isEmpty { evidence = [draft.anchor] }
        let first = evidence.min() ?? draft.anchor
        let last = evidence.max() ?? draft.anchor
        let provenance = Provenance(
            document: document.id, sentence: Int32(sentence),
            start: tree.token(first).start, end: tree.token(last).end)
        return Fact(
            subject: subject, predicate: predicate, object: object, qualifiers: qualifiers, kind: draft.kind,
            attribution: attribution, provenance: provenance)
    }
}

/// Title facts for the titles the entities stage recorded on its entities that the tree reading
/// did not already give (an appositive title, a title found by another rule).
enum EntityTitleFacts {
    static func facts(for entities: [Entity], besides facts: [Fact], document: Document) -> [Fact] {
        var known = Set<String>()
        for fact in facts where fact.kind == .title {
            if let entity = fact.subject.entity { known.insert("\(entity)\t\(fact.predicate.lemma)") }
        }
        var result: [Fact] = []
        for entity in entities {
            for title in entity.titles {
                let key = "\(entity.id)\t\(title.role.lowercased())"
                guard let provenance = title.provenance, provenance.document == document.id, known.insert(key).inserted else { continue }
                let subject = Argument(text: entity.name, head: entity.name, entity: entity.id)
                let qualifiers = title.of.map { [Qualifier(marker: "of", argument: Argument(text: $0, head: $0))] } ?? []
                result.append(Fact(
                    subject: subject,
                    predicate: Predicate(surface: title.role, lemma: title.role.lowercased(), modality: title.modifier),
                    qualifiers: qualifiers, kind: .title, confidence: 0.6, provenance: provenance))
            }
        }
        return result
    }
}
