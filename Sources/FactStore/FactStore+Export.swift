import FactModel

extension FactStore {
    /// Every live document as the pipeline would hand it over: its entities (document-local ids),
    /// mentions, facts and sentence lemmas. Adding these to an empty store rebuilds this one;
    /// the JSON Lines writer and `merge` use it.
    /// - Complexity: O(n).
    public func extractedDocuments() -> [ExtractedDocument] {
        documentIDs.map { extractedDocument($0) }
    }

    /// One live document as an `ExtractedDocument` (see `extractedDocuments()`).
    /// - Complexity: O(size of the document + log n).
    public func extractedDocument(_ d: DocumentID) -> ExtractedDocument {
        data.extractedDocument(d)
    }
}

extension StoreData {
    func extractedDocument(_ d: DocumentID) -> ExtractedDocument {
        let i = Int(d)
        var document = documentValue(d)
        document.id = d
        // Local entities: this document's contributions first, in their order, then any other
        // entity its facts or mentions refer to (loaded without a contribution, e.g. from TSV).
        var local = [Int32: EntityID]()
        var entityList = [Entity]()
        for contribution in entities.contributions[d] ?? [] {
            let id = EntityID(entityList.count)
            if local[contribution.entity] == nil { local[contribution.entity] = id }
            entityList.append(Entity(
                id: id, name: symbols.string(entities.name[Int(contribution.entity)]),
                type: EntityType(code: entities.type[Int(contribution.entity)]),
                aliases: contribution.aliases.map { symbols.string($0) }, titles: contribution.titles,
                mentions: contribution.mentions))
        }
        func localID(_ e: EntityID?) -> EntityID? {
            guard let e else { return nil }
            if let id = local[e] { return id }
            let id = EntityID(entityList.count)
            local[e] = id
            entityList.append(Entity(id: id, name: symbols.string(entities.name[Int(e)]), type: EntityType(code: entities.type[Int(e)])))
            return id
        }
        func relink(_ argument: Argument) -> Argument {
            var argument = argument
            argument.entity = localID(argument.entity)
            return argument
        }
        var factList = [Fact]()
        for f in documents.factStart[i]..<documents.factStart[i + 1] {
            var fact = factValue(f)
            fact.subject = relink(fact.subject)
            fact.object = fact.object.map(relink)
            fact.qualifiers = fact.qualifiers.map { Qualifier(marker: $0.marker, argument: relink($0.argument)) }
            if var attribution = fact.attribution {
                attribution.speaker = relink(attribution.speaker)
                fact.attribution = attribution
            }
            factList.append(fact)
        }
        var mentionList = [Mention]()
        for m in Int(documents.mentionStart[i])..<Int(documents.mentionStart[i + 1]) {
            var mention = mentionValue(m, document: d)
            mention.entity = localID(mention.entity)
            mentionList.append(mention)
        }
        var lemmas = [[String]]()
        let rows = Int(documents.sentenceStart[i])..<Int(documents.sentenceStart[i + 1])
        var anyLemma = false
        for row in rows {
            let words = documents.lemmas[Int(documents.lemmaStart[row])..<Int(documents.lemmaStart[row + 1])]
            anyLemma = anyLemma || !words.isEmpty
            lemmas.append(words.map { symbols.string($0) })
        }
        return ExtractedDocument(
            document: document, entities: entityList, mentions: mentionList, facts: factList,
            sentenceLemmas: anyLemma ? lemmas : [])
    }
}
