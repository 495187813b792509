import FactModel

/// Answers over batches of facts (`FactSource`'s batch accessors). Each step reads one kind of
/// record for the whole batch (fact rows, then arguments, then documents, then texts), so the
/// cache misses of different facts overlap; rows are counted and deduplicated as ids, and only
/// the strings of the answer are made, each distinct text once.
extension FactStore {
    /// Each fact's subject text, relation key, object text and provenance, in the order given;
    /// rows with the same text share one `String`.
    /// - Complexity: O(r) for r ids, plus the length of each distinct text.
    public func rows(of ids: [FactID]) -> [(subject: String, relation: String, object: String?, provenance: Provenance)] {
        let n = ids.count
        if n == 0 { return [] }
        let idx = indexes
        let d = data
        return withUnsafeTemporaryAllocation(of: FactRecord.self, capacity: n) { picked in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * n) { scratch in
                let texts = UnsafeMutableBufferPointer(rebasing: scratch[0..<(3 * n)])
                let documents = UnsafeMutableBufferPointer(rebasing: scratch[(3 * n)...])
                d.facts.rows.withUnsafeBufferPointer { rows in
                    for k in 0..<n {
                        precondition(ids[k] >= 0 && Int(ids[k]) < rows.count, "fact id out of range")
                        picked[k] = rows[Int(ids[k])]
                    }
                }
                d.arguments.records.withUnsafeBufferPointer { arguments in
                    d.predicates.canonical.withUnsafeBufferPointer { canonical in
                        for k in 0..<n {
                            let row = picked[k]
                            texts[3 * k] = arguments[Int(row.subject)].text
                            texts[3 * k + 1] = canonical[Int(row.predicate)]
                            texts[3 * k + 2] = row.object < 0 ? SymbolTable.none : arguments[Int(row.object)].text
                        }
                    }
                }
                d.documents.factStart.withUnsafeBufferPointer { starts in
                    for k in 0..<n { documents[k] = idx.factDocuments.document(of: ids[k], starts: starts) }
                }
                let strings = SymbolStrings.strings(UnsafeBufferPointer(texts), in: d.symbols)
                var out = [(subject: String, relation: String, object: String?, provenance: Provenance)]()
                out.reserveCapacity(n)
                for k in 0..<n {
                    let row = picked[k]
                    out.append((strings[3 * k]!, strings[3 * k + 1]!, strings[3 * k + 2],
                                Provenance(document: documents[k], sentence: row.sentence, start: row.start, end: row.end)))
                }
                return out
            }
        }
    }

    /// The distinct subject texts of the facts, in order of first occurrence; texts are compared
    /// as interned symbols, and only the distinct ones become strings.
    /// - Complexity: O(r) expected for r ids, plus the length of each distinct text.
    public func distinctSubjectTexts(of ids: [FactID]) -> [String] {
        let n = ids.count
        if n == 0 { return [] }
        let d = data
        var texts = withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { subjects in
            d.facts.rows.withUnsafeBufferPointer { rows in
                for k in 0..<n {
                    precondition(ids[k] >= 0 && Int(ids[k]) < rows.count, "fact id out of range")
                    subjects[k] = rows[Int(ids[k])].subject
                }
            }
            return d.arguments.records.withUnsafeBufferPointer { arguments in
                [Int32](unsafeUninitializedCapacity: n) { out, count in
                    for k in 0..<n { out[k] = arguments[Int(subjects[k])].text }
                    count = n
                }
            }
        }
        texts = FactStore.firstOccurrences(texts)
        return texts.withUnsafeBufferPointer { SymbolStrings.strings($0, in: d.symbols).map { $0! } }
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
        for r in relations {
            if counts.last?.relation == r { counts[counts.count - 1].count += 1 } else { counts.append((r, 1)) }
        }
        let symbols = d.symbols
        let key = idx.relationSymbol
        counts.sort { a, b in
            a.count != b.count ? a.count > b.count : symbols.precedes(key[Int(a.relation)], key[Int(b.relation)])
        }
        let top = counts.prefix(limit)
        let strings = top.map { key[Int($0.relation)] }.withUnsafeBufferPointer { SymbolStrings.strings($0, in: symbols) }
        return zip(strings, top).map { ($0!, $1.count) }
    }

    /// The distinct values of `ids` in order of first occurrence. O(n) expected.
    static func firstOccurrences(_ ids: [Int32]) -> [Int32] {
        if ids.count <= 16 {
            var out = [Int32]()
            for id in ids where !out.contains(id) { out.append(id) }
            return out
        }
        var seen = Set<Int32>(minimumCapacity: ids.count)
        return ids.filter { seen.insert($0).inserted }
    }
}
