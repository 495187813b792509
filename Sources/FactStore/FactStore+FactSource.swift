import FactModel

extension FactStore: FactSource {
    /// How many sentences the live documents have.
    /// - Complexity: O(documents), without building any `Document`.
    public var sentenceCount: Int {
        let documents = data.documents
        var total = 0
        for d in documents.live.indices where documents.live[d] {
            total += Int(documents.sentenceStart[d + 1] - documents.sentenceStart[d])
        }
        return total
    }

    /// Every live document, in load order.
    /// - Complexity: O(documents).
    public var documentIDs: [DocumentID] {
        let live = data.documents.live
        return live.indices.filter { live[$0] }.map { DocumentID($0) }
    }

    /// The document, or nil if there is none with that id (or it was removed).
    /// - Complexity: O(length of its text): line starts are computed.
    public func document(_ id: DocumentID) -> Document? {
        guard id >= 0, Int(id) < data.documents.count, data.documents.live[Int(id)] else { return nil }
        return data.documentValue(id)
    }

    /// True when the document is loaded.
    /// - Complexity: O(1).
    public func isLoaded(_ id: DocumentID) -> Bool {
        id >= 0 && Int(id) < data.documents.count && data.documents.live[Int(id)]
    }

    /// The document's path and the 1-based line of the provenance's start, counting the line
    /// breaks before it. O(start offset).
    public func location(of provenance: Provenance) -> (path: String, line: Int)? {
        let d = Int(provenance.document)
        guard d >= 0, d < data.documents.count, data.documents.live[d] else { return nil }
        var text = data.documents.text[d]
        let line = text.withUTF8 { bytes in
            bytes.prefix(max(0, Int(provenance.start))).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        return (data.symbols.string(data.documents.path[d]), line)
    }

    /// The number of facts; fact ids are `0..<factCount`.
    /// - Complexity: O(1).
    public var factCount: Int { data.facts.count }

    /// The fact with id `id` (`0..<factCount`).
    /// - Complexity: O(log qualifiers + length of its strings).
    public func fact(_ id: FactID) -> Fact {
        precondition(id >= 0 && Int(id) < data.facts.count, "fact id out of range")
        return data.factValue(id, document: document(ofFact: id))
    }

    /// Facts matching every given slot, ascending. The most selective slot (by index counts)
    /// drives; the others are checked per candidate against the columns.
    /// - Complexity: O(k · s · log a + r log r), where k is the smallest slot's fact count, s the
    ///   number of slots, a a slot's argument count and r the result size; O(n) for an empty pattern.
    public func facts(matching pattern: FactPattern) -> [FactID] {
        FactQuery(store: self, indexes: indexes, pattern: pattern).run()
    }

    /// The expected size of `facts(matching:)`: the smallest slot's count, scaled down when several
    /// slots constrain (taken as independent; see `FactQuery.estimate`).
    /// - Complexity: O(a) for a slot matching a arguments; O(1) for a relation.
    public func estimatedCount(of pattern: FactPattern) -> Int {
        FactQuery(store: self, indexes: indexes, pattern: pattern).estimate()
    }

    /// Facts in which the entity is the subject, the object or a qualifier's argument, ascending.
    /// - Complexity: O(r log a) for r results over the entity's a arguments (O(r) for one argument).
    public func facts(about entity: EntityID) -> [FactID] {
        let idx = indexes
        let arguments = idx.entityArguments.list(entity)
        if arguments.count == 1, let a = arguments.first {
            let qualified = idx.qualifierFacts.list(a)
            let both = SortedIDs.merge(idx.subjectFacts.list(a), idx.objectFacts.list(a))
            return qualified.isEmpty ? both : SortedIDs.merge(both[...], qualified)
        }
        var lists = [ArraySlice<Int32>]()
        for a in arguments {
            lists.append(idx.subjectFacts.list(a))
            lists.append(idx.objectFacts.list(a))
            lists.append(idx.qualifierFacts.list(a))
        }
        return SortedIDs.union(lists)
    }

    /// The number of entity slots; ids are `0..<entityCount` (removed entities stay as slots
    /// that no lookup returns).
    /// - Complexity: O(1).
    public var entityCount: Int { data.entities.count }

    /// The entity with its merged names, titles and mentions.
    /// - Complexity: O(its contributions).
    public func entity(_ id: EntityID) -> Entity { data.entityValue(id) }

    /// Live entities going by `name` case-insensitively: full names first, then aliases, then
    /// surnames and titles ("the mayor"); an exact-case full name before other case forms.
    /// - Complexity: O(length + m log m) for m matching entities.
    public func resolve(name: String) -> [EntityID] {
        let idx = indexes
        guard let key = idx.folded.find(name, in: data.symbols) else { return [] }
        let start = Int(idx.nameEntities.offsets[Int(key)])
        let entities = idx.nameEntities.list(key)
        if entities.count == 1 { return [entities.first!] }
        let symbols = data.symbols
        let names = data.entities.name
        var ranked = [(rank: Int, entity: Int32)]()
        for (k, e) in entities.enumerated() {
            var rank = Int(idx.nameRank[start + k]) * 2
            if rank == 0 && symbols.string(names[Int(e)]) != name { rank = 1 }
            ranked.append((rank, e))
        }
        ranked.sort { ($0.rank, $0.entity) < ($1.rank, $1.entity) }
        return ranked.map(\.entity)
    }

    /// Live entities of a type (every type for nil), by name.
    /// - Complexity: O(e) for e entities of the type; O(e log 5) for nil (a merge by name).
    public func entities(ofType type: EntityType?) -> [EntityID] {
        let idx = indexes
        if let type { return Array(idx.typeEntities.list(Int32(type.code))) }
        let symbols = data.symbols
        let names = data.entities.name
        var lists = (0..<EntityType.allCases.count).map { idx.typeEntities.list(Int32($0)) }
        var out = [EntityID]()
        out.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        while true {
            var best = -1
            for (l, list) in lists.enumerated() where !list.isEmpty {
                if best < 0 {
                    best = l
                } else {
                    let a = list.first!, b = lists[best].first!
                    if symbols.precedes(names[Int(a)], names[Int(b)]) || (names[Int(a)] == names[Int(b)] && a < b) { best = l }
                }
            }
            if best < 0 { return out }
            out.append(lists[best].removeFirst())
        }
    }

    /// Every relation key with its fact count, most frequent first, ties by key.
    /// - Complexity: O(R log R) for R relation keys.
    public func relationCounts() -> [(relation: String, count: Int)] {
        let idx = indexes
        var counts = [(relation: String, count: Int)]()
        for r in 0..<idx.relationSymbol.count {
            let count = idx.relationFacts.count(Int32(r))
            if count > 0 { counts.append((data.symbols.string(idx.relationSymbol[r]), count)) }
        }
        counts.sort { ($1.count, $0.relation) < ($0.count, $1.relation) }
        return counts
    }

    /// Sentences whose lemmas include `lemma` (case-insensitive), in document and sentence order.
    /// - Complexity: O(length + r log documents) for r sentences.
    public func sentences(containing lemma: String) -> [SentenceRef] {
        let idx = indexes
        guard let key = idx.folded.find(lemma, in: data.symbols) else { return [] }
        let starts = data.documents.sentenceStart
        return idx.lemmaSentences.list(key).map { row in
            let d = FactStore.lastIndex(in: starts, notAbove: row)
            return SentenceRef(document: Int32(d), sentence: row - starts[d])
        }
    }

    /// The text of a sentence ("" when there is no such sentence).
    /// - Complexity: O(length of the document's text) (UTF-8 offsets are walked).
    public func sentenceText(_ ref: SentenceRef) -> String {
        guard let row = data.documents.sentenceRow(document: ref.document, sentence: ref.sentence) else { return "" }
        let text = data.documents.text[Int(ref.document)]
        return FactStore.slice(text, Int(data.documents.sentenceBegin[row])..<Int(data.documents.sentenceEnd[row]))
    }

    /// The mentions in a sentence, in text order.
    /// - Complexity: O(log m + r) for m mentions in the document and r in the sentence.
    public func mentions(in ref: SentenceRef) -> [Mention] {
        let d = Int(ref.document)
        guard d >= 0, d < data.documents.count else { return [] }
        let mentions = data.mentions
        var low = Int(data.documents.mentionStart[d])
        var high = Int(data.documents.mentionStart[d + 1])
        let end = high
        while low < high {
            let mid = (low + high) / 2
            if mentions.sentence[mid] < ref.sentence { low = mid + 1 } else { high = mid }
        }
        var out = [Mention]()
        var m = low
        while m < end && mentions.sentence[m] == ref.sentence {
            out.append(data.mentionValue(m, document: ref.document))
            m += 1
        }
        return out
    }

    /// The last index `i` with `starts[i] <= value` (starts ascending). O(log n).
    static func lastIndex(in starts: [Int32], notAbove value: Int32) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= value { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The text of a UTF-8 byte range of `text`, clamped.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = max(0, min(range.lowerBound, utf8.count))
        let upper = max(lower, min(range.upperBound, utf8.count))
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        return String(decoding: utf8[start..<utf8.index(start, offsetBy: upper - lower)], as: UTF8.self)
    }
}

/// Parts of one fact, read from its record without building the whole `Fact`.
extension FactStore {
    /// - Complexity: O(length of the text).
    public func subjectText(of id: FactID) -> String {
        data.symbols.string(data.arguments.records[Int(data.facts.rows[Int(id)].subject)].text)
    }

    /// - Complexity: O(1).
    public func subjectEntity(of id: FactID) -> EntityID? {
        let e = data.arguments.records[Int(data.facts.rows[Int(id)].subject)].entity
        return e < 0 ? nil : e
    }

    /// - Complexity: O(length of the text).
    public func objectText(of id: FactID) -> String? {
        let o = data.facts.rows[Int(id)].object
        return o < 0 ? nil : data.symbols.string(data.arguments.records[Int(o)].text)
    }

    /// - Complexity: O(1).
    public func objectEntity(of id: FactID) -> EntityID? {
        let o = data.facts.rows[Int(id)].object
        guard o >= 0 else { return nil }
        let e = data.arguments.records[Int(o)].entity
        return e < 0 ? nil : e
    }

    /// - Complexity: O(length of the key).
    public func relation(of id: FactID) -> String {
        data.symbols.string(data.predicates.canonical[Int(data.facts.rows[Int(id)].predicate)])
    }

    /// - Complexity: O(1) expected (see `FactDocuments`).
    public func provenance(of id: FactID) -> Provenance {
        let row = data.facts.rows[Int(id)]
        return Provenance(document: document(ofFact: id), sentence: row.sentence, start: row.start, end: row.end)
    }

    /// - Complexity: O(log qualifier rows + log attributed facts).
    public func traits(of id: FactID) -> FactTraits {
        let row = data.facts.rows[Int(id)]
        let predicate = Int(row.predicate)
        let flags = data.predicates.flags[predicate]
        return FactTraits(
            kind: FactKind(code: flags >> 2), negated: flags & 2 != 0, passive: flags & 1 != 0,
            hasModality: data.predicates.modality[predicate] != SymbolTable.none,
            attributed: data.facts.attributionRow(of: id) != nil,
            hasQualifiers: !data.facts.qualifierRows(of: id).isEmpty,
            confidence: row.confidence)
    }

    /// - Complexity: O(length of the name).
    public func name(of entity: EntityID) -> String { data.symbols.string(data.entities.name[Int(entity)]) }

    /// The document owning a fact. O(1) expected (see `FactDocuments`).
    func document(ofFact id: FactID) -> DocumentID {
        let idx = indexes
        return data.documents.factStart.withUnsafeBufferPointer { idx.factDocuments.document(of: id, starts: $0) }
    }
}
