import FactModel

extension FactStore {
    /// Removes a document with its sentences, mentions and facts, and takes back what it said
    /// about each entity (an entity no document or fact refers to any more is no longer listed or
    /// resolved; its id stays reserved). Fact ids after the document's shift down.
    /// Returns false when there is no such live document.
    /// - Complexity: O(n) for n facts, mentions and sentences in the store.
    @discardableResult
    public func remove(document id: DocumentID) -> Bool {
        guard id >= 0, Int(id) < data.documents.count, data.documents.live[Int(id)] else { return false }
        data.removeDocument(id)
        invalidateIndexes()
        return true
    }

    /// The live document loaded from `path`, if any (the most recent one).
    /// - Complexity: O(documents).
    public func document(atPath path: String) -> DocumentID? {
        guard let symbol = data.symbols.find(path) else { return nil }
        let documents = data.documents
        return documents.path.indices.last { documents.live[$0] && documents.path[$0] == symbol }.map { DocumentID($0) }
    }

    /// Replaces the document loaded from `path` (if any) by a new extraction of it: reloading a
    /// changed article replaces its facts. Returns the new document's id.
    /// - Complexity: O(n) when a document is replaced, else O(size of the document).
    @discardableResult
    public func replace(path: String, with extracted: ExtractedDocument) -> DocumentID {
        if let old = document(atPath: path) { data.removeDocument(old) }
        var extracted = extracted
        extracted.document.path = path
        let id = data.append(extracted)
        invalidateIndexes()
        return id
    }
}

extension StoreData {
    /// Removes document `d`'s rows and contributions; the document slot stays, marked removed.
    func removeDocument(_ d: DocumentID) {
        let i = Int(d)
        // Facts: a contiguous range; later fact ids shift down.
        let firstFact = documents.factStart[i], endFact = documents.factStart[i + 1]
        let removedFacts = endFact - firstFact
        let factRange = Int(firstFact)..<Int(endFact)
        facts.rows.removeSubrange(factRange)
        StoreData.dropRows(owner: \.qualifierFact, removing: firstFact..<endFact,
                           columns: [\.qualifierMarker, \.qualifierArgument], in: &facts)
        StoreData.dropRows(owner: \.attributionFact, removing: firstFact..<endFact,
                           columns: [\.attributionSpeaker, \.attributionVerb], in: &facts)
        for k in (i + 1)..<documents.factStart.count { documents.factStart[k] -= removedFacts }

        // Mentions.
        let mentionRange = Int(documents.mentionStart[i])..<Int(documents.mentionStart[i + 1])
        mentions.text.removeSubrange(mentionRange)
        mentions.type.removeSubrange(mentionRange)
        mentions.entity.removeSubrange(mentionRange)
        mentions.value.removeSubrange(mentionRange)
        mentions.sentence.removeSubrange(mentionRange)
        mentions.start.removeSubrange(mentionRange)
        mentions.end.removeSubrange(mentionRange)
        for k in (i + 1)..<documents.mentionStart.count { documents.mentionStart[k] -= Int32(mentionRange.count) }

        // Sentences and their lemmas.
        let rows = Int(documents.sentenceStart[i])..<Int(documents.sentenceStart[i + 1])
        let lemmaRange = Int(documents.lemmaStart[rows.lowerBound])..<Int(documents.lemmaStart[rows.upperBound])
        documents.sentenceBegin.removeSubrange(rows)
        documents.sentenceEnd.removeSubrange(rows)
        documents.lemmas.removeSubrange(lemmaRange)
        documents.lemmaStart.removeSubrange((rows.lowerBound + 1)..<(rows.upperBound + 1))
        for k in (rows.lowerBound + 1)..<documents.lemmaStart.count { documents.lemmaStart[k] -= Int32(lemmaRange.count) }
        for k in (i + 1)..<documents.sentenceStart.count { documents.sentenceStart[k] -= Int32(rows.count) }

        // Entity contributions.
        for contribution in entities.contributions[d] ?? [] {
            let e = contribution.entity
            entities.contributors[e]?.removeAll { $0 == d }
            if entities.contributors[e]?.isEmpty == true { entities.contributors[e] = nil }
        }
        entities.contributions[d] = nil

        documents.live[i] = false
        documents.text[i] = ""
    }

    /// Drops the sparse rows whose owning fact is in `removed` and shifts later owners down.
    private static func dropRows(
        owner: WritableKeyPath<FactColumns, [Int32]>, removing removed: Range<Int32>,
        columns: [WritableKeyPath<FactColumns, [Int32]>], in facts: inout FactColumns
    ) {
        let low = SortedIDs.lowerBound(facts[keyPath: owner], removed.lowerBound)
        let high = SortedIDs.lowerBound(facts[keyPath: owner], removed.upperBound)
        facts[keyPath: owner].removeSubrange(low..<high)
        for column in columns { facts[keyPath: column].removeSubrange(low..<high) }
        let shift = Int32(removed.count)
        for k in low..<facts[keyPath: owner].count { facts[keyPath: owner][k] -= shift }
    }
}
