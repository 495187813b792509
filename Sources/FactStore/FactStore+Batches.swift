import FactModel

/// Answers over batches of facts (`FactSource`'s batch accessors). Each step reads one kind of
/// record for the whole batch (fact rows, then arguments, then documents, then texts), so the
/// cache misses of different facts overlap; rows are counted and deduplicated as ids, and only
/// the strings of the answer are made, each distinct text once.
extension FactStore {
    /// Each fact's subject text, relation key, object text and provenance, in the order given
    /// (with `namingEntities`, an argument linked to an entity shows the entity's name); rows
    /// with the same text share one `String`.
    /// - Complexity: O(r) for r ids, plus the length of each distinct text.
    public func rows(of ids: [FactID], namingEntities: Bool) -> [(subject: String, relation: String, object: String?, provenance: Provenance)] {
        let n = ids.count
        if n == 0 { return [] }
        let idx = indexes
        let d = data
        var out = [(subject: String, relation: String, object: String?, provenance: Provenance)]()
        out.reserveCapacity(n)
        var strings = SymbolStrings(expected: 2 * n, symbols: d.symbols)
        // In chunks, so the scratch space stays in the cache however many rows there are.
        let chunk = 64
        withUnsafeTemporaryAllocation(of: FactRecord.self, capacity: chunk) { picked in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * chunk) { scratch in
                let texts = UnsafeMutableBufferPointer(rebasing: scratch[0..<(3 * chunk)])
                let documents = UnsafeMutableBufferPointer(rebasing: scratch[(3 * chunk)...])
                d.facts.rows.withUnsafeBufferPointer { rows in
                d.arguments.records.withUnsafeBufferPointer { arguments in
                d.predicates.canonical.withUnsafeBufferPointer { canonical in
                d.documents.factStart.withUnsafeBufferPointer { starts in
                d.entities.name.withUnsafeBufferPointer { entityNames in
                    /// The symbol an argument shows: its text, or its entity's name.
                    func shown(_ argument: ArgumentRecord) -> Int32 {
                        namingEntities && argument.entity >= 0 ? entityNames[Int(argument.entity)] : argument.text
                    }
                    var from = 0
                    while from < n {
                        let m = min(chunk, n - from)
                        // Reads that depend only on the id, then those that depend on them.
                        for k in 0..<m {
                            let id = ids[from + k]
                            precondition(id >= 0 && Int(id) < rows.count, "fact id out of range")
                            picked[k] = rows[Int(id)]
                            documents[k] = idx.factDocuments.firstCandidate(of: id)
                        }
                        for k in 0..<m {
                            let row = picked[k]
                            texts[3 * k] = shown(arguments[Int(row.subject)])
                            texts[3 * k + 1] = canonical[Int(row.predicate)]
                            texts[3 * k + 2] = row.object < 0 ? SymbolTable.none : shown(arguments[Int(row.object)])
                            documents[k] = idx.factDocuments.document(of: ids[from + k], from: documents[k], starts: starts)
                        }
                        strings.warm(UnsafeBufferPointer(rebasing: texts[0..<(3 * m)]))
                        for k in 0..<m {
                            let row = picked[k]
                            out.append((strings.string(texts[3 * k])!, strings.string(texts[3 * k + 1])!, strings.string(texts[3 * k + 2]),
                                        Provenance(document: documents[k], sentence: row.sentence, start: row.start, end: row.end)))
                        }
                        from += m
                    }
                }
                }
                }
                }
                }
            }
        }
        return out
    }

    /// The distinct subject texts of the facts, in order of first occurrence; texts are compared
    /// as interned symbols, and only the distinct ones become strings.
    /// - Complexity: O(r) expected for r ids, plus the length of each distinct text.
    public func distinctSubjectTexts(of ids: [FactID]) -> [String] {
        let n = ids.count
        if n == 0 { return [] }
        let d = data
        if n == 1 { return [subjectText(of: ids[0])] }  // the most common answer: no scratch space
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { texts in
            d.facts.rows.withUnsafeBufferPointer { rows in
                for k in 0..<n {
                    precondition(ids[k] >= 0 && Int(ids[k]) < rows.count, "fact id out of range")
                    texts[k] = rows[Int(ids[k])].subject
                }
            }
            d.arguments.records.withUnsafeBufferPointer { arguments in
                for k in 0..<n { texts[k] = arguments[Int(texts[k])].text }
            }
            let distinct = FactStore.firstOccurrences(UnsafeBufferPointer(texts))
            let strings = SymbolStrings(expected: 0, symbols: d.symbols)
            distinct.withUnsafeBufferPointer { strings.warm($0) }
            return distinct.map { strings.make($0) }
        }
    }

    /// The relation keys of the facts with their counts, most frequent first, ties by key (UTF-8
    /// byte order, which is code point order); the first `limit`. Counted on relation ids; only
    /// the returned keys become strings.
    /// - Complexity: O(r log r) for r ids.
    public func relationCounts(of ids: [FactID], limit: Int) -> [(relation: String, count: Int)] {
        if ids.isEmpty || limit <= 0 { return [] }
        let idx = indexes
        let d = data
        var relations = [Int32]()
        relations.reserveCapacity(ids.count)
        d.facts.rows.withUnsafeBufferPointer { rows in
            idx.relationOfPredicate.withUnsafeBufferPointer { relationOfPredicate in
                for id in ids {
                    precondition(id >= 0 && Int(id) < rows.count, "fact id out of range")
                    relations.append(relationOfPredicate[Int(rows[Int(id)].predicate)])
                }
            }
        }
        relations.sort()
        var counts = [(relation: Int32, count: Int)]()
        counts.reserveCapacity(relations.count)  // one allocation, not one per doubling
        for r in relations {
            if counts.last?.relation == r { counts[counts.count - 1].count += 1 } else { counts.append((r, 1)) }
        }
        let symbols = d.symbols
        let key = idx.relationSymbol
        counts.sort { a, b in
            a.count != b.count ? a.count > b.count : symbols.precedes(key[Int(a.relation)], key[Int(b.relation)])
        }
        let top = counts.prefix(limit)
        let strings = SymbolStrings(expected: 0, symbols: symbols)
        top.map { key[Int($0.relation)] }.withUnsafeBufferPointer { strings.warm($0) }
        return top.map { (strings.make(key[Int($0.relation)]), $0.count) }
    }

    /// The distinct values of `ids` in order of first occurrence. O(n) expected.
    static func firstOccurrences(_ ids: UnsafeBufferPointer<Int32>) -> [Int32] {
        var out = [Int32]()
        if ids.count <= 16 {
            out.reserveCapacity(ids.count)
            for id in ids where !out.contains(id) { out.append(id) }
            return out
        }
        var seen = Set<Int32>(minimumCapacity: ids.count)
        for id in ids where seen.insert(id).inserted { out.append(id) }
        return out
    }
}
