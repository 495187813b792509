import FactModel

extension FactStore {
    /// Adds one extracted document: gives it a new `DocumentID`, maps its local entity ids to
    /// store entities (merging by full name and type, unioning aliases, titles and mentions), and
    /// stores its sentences, lemmas, mentions and facts.
    /// - Complexity: O(size of the document) expected; indexes are rebuilt lazily on the next lookup.
    @discardableResult
    public func add(_ extracted: ExtractedDocument) -> DocumentID {
        let id = data.append(extracted)
        invalidateIndexes()
        return id
    }

    /// Adds several extracted documents, in order.
    /// - Complexity: O(total size of the documents) expected.
    @discardableResult
    public func add(contentsOf documents: [ExtractedDocument]) -> [DocumentID] {
        let ids = documents.map { data.append($0) }
        invalidateIndexes()
        return ids
    }

    /// Adds every document of another store (a second corpus), with fresh document ids and its
    /// entities merged into this store's by full name and type.
    /// - Complexity: O(size of `other`) expected.
    @discardableResult
    public func merge(_ other: FactStore) -> [DocumentID] {
        add(contentsOf: other.extractedDocuments())
    }
}

extension StoreData {
    /// Appends one extracted document's records; returns its new id. O(size of the document).
    func append(_ extracted: ExtractedDocument) -> DocumentID {
        let document = extracted.document
        let d = DocumentID(documents.count)
        documents.path.append(symbols.intern(document.path))
        documents.title.append(symbols.intern(document.title))
        documents.date.append(symbols.intern(document.date))
        documents.text.append(document.text)
        documents.live.append(true)

        // Sentences and their lemmas.
        for (index, range) in document.sentences.enumerated() {
            documents.sentenceBegin.append(Int32(range.lowerBound))
            documents.sentenceEnd.append(Int32(range.upperBound))
            if index < extracted.sentenceLemmas.count {
                for lemma in extracted.sentenceLemmas[index] { documents.lemmas.append(symbols.intern(lemma)) }
            }
            documents.lemmaStart.append(Int32(documents.lemmas.count))
        }
        documents.sentenceStart.append(Int32(documents.sentenceBegin.count))

        // Entities: local index -> store id, and what this document says about each.
        var storeEntity = [Int32]()
        var contributions = [EntityContribution]()
        for entity in extracted.entities {
            let name = symbols.intern(entity.name)
            let e = entities.intern(name: name, type: entity.type.code)
            storeEntity.append(e)
            var contribution = EntityContribution(
                entity: e, aliases: entity.aliases.map { symbols.intern($0) },
                titles: entity.titles.map { title in
                    var title = title
                    title.provenance?.document = d
                    return title
                },
                mentions: entity.mentions.map { mention in
                    var mention = mention
                    mention.document = d
                    return mention
                })
            contribution.lookupNames = derivedNames(of: entity)
            contributions.append(contribution)
            if entities.contributors[e]?.last != d { entities.contributors[e, default: []].append(d) }
        }
        if !contributions.isEmpty { entities.contributions[d] = contributions }
        func local(_ id: EntityID?) -> Int32 {
            guard let id, id >= 0, Int(id) < storeEntity.count else { return -1 }
            return storeEntity[Int(id)]
        }

        // Facts, in the order given.
        for fact in extracted.facts {
            let subject = argument(fact.subject, entity: local(fact.subject.entity))
            let predicateID = predicate(fact.predicate, kind: fact.kind)
            let object = fact.object.map { argument($0, entity: local($0.entity)) } ?? -1
            facts.rows.append(FactRecord(
                subject: subject, predicate: predicateID, object: object, sentence: fact.provenance.sentence,
                start: fact.provenance.start, end: fact.provenance.end, confidence: fact.confidence))
            let f = Int32(facts.count - 1)
            for qualifier in fact.qualifiers {
                facts.qualifierFact.append(f)
                facts.qualifierMarker.append(symbols.intern(qualifier.marker))
                facts.qualifierArgument.append(argument(qualifier.argument, entity: local(qualifier.argument.entity)))
            }
            if let attribution = fact.attribution {
                facts.attributionFact.append(f)
                facts.attributionSpeaker.append(argument(attribution.speaker, entity: local(attribution.speaker.entity)))
                facts.attributionVerb.append(symbols.intern(attribution.verb))
            }
        }
        documents.factStart.append(Int32(facts.count))

        // Mentions, in text order.
        let ordered = extracted.mentions.enumerated().sorted { a, b in
            let (x, y) = (a.element.provenance, b.element.provenance)
            return (x.sentence, x.start, x.end, a.offset) < (y.sentence, y.start, y.end, b.offset)
        }
        for (_, mention) in ordered {
            mentions.text.append(symbols.intern(mention.text))
            mentions.type.append(mention.type.code)
            mentions.entity.append(local(mention.entity))
            mentions.value.append(values.intern(mention.value))
            mentions.sentence.append(mention.provenance.sentence)
            mentions.start.append(mention.provenance.start)
            mentions.end.append(mention.provenance.end)
        }
        documents.mentionStart.append(Int32(mentions.count))
        return d
    }

    /// The argument id of an argument whose entity is already a store id. O(length) expected.
    func argument(_ argument: Argument, entity: Int32) -> Int32 {
        let text = symbols.intern(argument.text)
        let head = symbols.intern(argument.head)
        return internArgument(text: text, head: head, entity: entity, value: values.intern(argument.value))
    }

    /// Interns an argument tuple; a new argument's words are interned for the word index.
    @inline(__always)
    func internArgument(text: Int32, head: Int32, entity: Int32, value: Int32) -> Int32 {
        let before = arguments.count
        let id = arguments.intern(text: text, head: head, entity: entity, value: value)
        if arguments.count > before { internWords(of: text) }
        return id
    }

    /// Interns each word of a symbol's text, so the index build can find them without mutating.
    func internWords(of text: Int32) {
        var words = [Range<Int>]()
        symbols.withBytes(text) { bytes in Words.forEach(in: bytes) { words.append($0) } }
        if words.count == 1 && words[0] == 0..<symbols.length(text) { return }  // the text is one word
        let start = Int(symbols.offsets[Int(text)])
        let longest = words.reduce(0) { max($0, $1.count) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(longest, 1)) { word in
            for range in words {
                // Copy the word out: interning may reallocate the blob it lives in.
                symbols.bytes.withUnsafeBufferPointer { blob in
                    _ = UnsafeMutableBufferPointer(rebasing: word[0..<range.count])
                        .initialize(from: blob[(start + range.lowerBound)..<(start + range.upperBound)])
                }
                _ = symbols.intern(UnsafeRawPointer(word.baseAddress!), range.count)
            }
        }
    }

    /// The predicate id of a predicate. O(length) expected.
    func predicate(_ predicate: Predicate, kind: FactKind) -> Int32 {
        let flags: UInt8 = (predicate.voice == .passive ? 1 : 0) | (predicate.negated ? 2 : 0) | kind.code << 2
        return predicates.intern(
            surface: symbols.intern(predicate.surface), lemma: symbols.intern(predicate.lemma),
            canonical: symbols.intern(predicate.canonical), modality: symbols.intern(predicate.modality),
            flags: flags)
    }

    /// Names an entity also goes by, beyond those given: a person's surname, and for each title
    /// its role, "the <role>" and the full title ("Mayor of Los Angeles").
    func derivedNames(of entity: Entity) -> [Int32] {
        var names = [String]()
        if entity.type == .person {
            let words = entity.name.split(separator: " ")
            if words.count > 1, let last = words.last { names.append(String(last)) }
        }
        for title in entity.titles {
            names.append(title.role)
            names.append("the \(title.role)")
            if title.of != nil || title.modifier != nil { names.append(title.text) }
        }
        var symbolsOut = [Int32]()
        for name in names {
            let symbol = symbols.intern(name)
            if !symbolsOut.contains(symbol) { symbolsOut.append(symbol) }
        }
        return symbolsOut
    }
}
