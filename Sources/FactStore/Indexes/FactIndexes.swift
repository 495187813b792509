import FactModel

/// Every index of the store, one per access path, derived from `StoreData` in one O(n) pass of
/// counting sorts. Immutable once built; the store rebuilds it after a mutation, on first use.
///
/// Arguments are the pivot: facts are indexed by argument per role, and entities, head words
/// and words are indexed to arguments. "Facts whose subject is Garcetti" is the union of the
/// subject lists of Garcetti's few arguments ("Eric Garcetti", "Garcetti", "the mayor"), which
/// costs four bytes per fact per role instead of one list per key per role.
final class FactIndexes: Sendable {
    /// Argument → facts where it is the subject.
    let subjectFacts: Postings
    /// Argument → facts where it is the object.
    let objectFacts: Postings
    /// Argument → facts where it is a qualifier's argument.
    let qualifierFacts: Postings
    /// Dense relation → facts with that canonical relation key.
    let relationFacts: Postings
    /// The canonical keys again, in a small table of their own where relation r is symbol r: a
    /// relation named in a query is found in a few kilobytes that stay in the cache, rather than
    /// in the store's symbol table and then a dictionary (three or four cache misses).
    let relationNames: SymbolTable
    /// Dense relation → canonical key symbol.
    let relationSymbol: [Int32]
    /// Predicate → dense relation.
    let relationOfPredicate: [Int32]
    /// Case-insensitive classes of the symbols used as lookup keys (heads, words, names, lemmas).
    let folded: FoldedKeys
    /// Head class → arguments with that head.
    let headArguments: Postings
    /// Word class → arguments with that word in their text.
    let wordArguments: Postings
    /// Entity → its arguments.
    let entityArguments: Postings
    /// Name class → entities going by it (name, alias, surname, title); `nameRank` per item.
    let nameEntities: Postings
    /// 0: full name, 1: alias, 2: surname or title. Parallel to `nameEntities.items`.
    let nameRank: [UInt8]
    /// Lemma class → global sentence rows containing it.
    let lemmaSentences: Postings
    /// Entity type code → live entities, by name.
    let typeEntities: Postings
    /// Whether an entity is referenced by any fact, mention or document.
    let entityLive: [Bool]
    /// Fact → owning document (not saved in snapshots: O(documents) to rebuild).
    let factDocuments: FactDocuments
    /// Fact → dense relation, 2 bytes per fact (empty when there are 65,536 relations or more):
    /// a lookup that checks candidates' relation reads this 2 MB column instead of the 28 MB
    /// fact rows, so the check mostly hits the cache. Not saved in snapshots (one O(n) pass).
    let factRelation: [UInt16]

    init(
        subjectFacts: Postings, objectFacts: Postings, qualifierFacts: Postings, relationFacts: Postings,
        relationSymbol: [Int32], relationOfPredicate: [Int32], symbols: SymbolTable,
        folded: FoldedKeys, headArguments: Postings, wordArguments: Postings, entityArguments: Postings,
        nameEntities: Postings, nameRank: [UInt8], lemmaSentences: Postings, typeEntities: Postings,
        entityLive: [Bool], factDocuments: FactDocuments, factRelation: [UInt16]
    ) {
        self.subjectFacts = subjectFacts
        self.objectFacts = objectFacts
        self.qualifierFacts = qualifierFacts
        self.relationFacts = relationFacts
        var names = SymbolTable()
        names.reserve(symbols: relationSymbol.count, byteCount: relationSymbol.reduce(0) { $0 + symbols.length($1) })
        for symbol in relationSymbol { symbols.withBytes(symbol) { _ = names.intern($0.rawBase, $0.count) } }
        self.relationNames = names
        self.relationSymbol = relationSymbol
        self.relationOfPredicate = relationOfPredicate
        self.folded = folded
        self.headArguments = headArguments
        self.wordArguments = wordArguments
        self.entityArguments = entityArguments
        self.nameEntities = nameEntities
        self.nameRank = nameRank
        self.lemmaSentences = lemmaSentences
        self.typeEntities = typeEntities
        self.entityLive = entityLive
        self.factDocuments = factDocuments
        self.factRelation = factRelation
    }

    /// The relation column of `factRelation`. O(n).
    static func factRelations(_ rows: [FactRecord], relationOfPredicate: [Int32], relationCount: Int) -> [UInt16] {
        guard relationCount <= Int(UInt16.max) else { return [] }
        return rows.withUnsafeBufferPointer { rows in
            relationOfPredicate.withUnsafeBufferPointer { relation in
                [UInt16](unsafeUninitializedCapacity: rows.count) { out, count in
                    for f in 0..<rows.count { out[f] = UInt16(truncatingIfNeeded: relation[Int(rows[f].predicate)]) }
                    count = rows.count
                }
            }
        }
    }

    /// Builds every index from the records. O(facts + arguments + entities log entities + sentences).
    convenience init(_ data: StoreData) {
        let facts = data.facts
        let argumentCount = data.arguments.count
        let symbols = data.symbols

        let subjectFacts = Postings.build(keyCount: argumentCount) { emit in
            facts.rows.withUnsafeBufferPointer { rows in
                for f in 0..<rows.count { emit(rows[f].subject, Int32(f)) }
            }
        }
        let objectFacts = Postings.build(keyCount: argumentCount) { emit in
            facts.rows.withUnsafeBufferPointer { rows in
                for f in 0..<rows.count where rows[f].object >= 0 { emit(rows[f].object, Int32(f)) }
            }
        }
        // Qualifier arguments, one entry per (argument, fact).
        var qualifierPairs = [(argument: Int32, fact: Int32)]()
        for row in 0..<facts.qualifierFact.count {
            qualifierPairs.append((facts.qualifierArgument[row], facts.qualifierFact[row]))
        }
        qualifierPairs.sort { ($0.fact, $0.argument) < ($1.fact, $1.argument) }
        var uniquePairs = [(argument: Int32, fact: Int32)]()
        for pair in qualifierPairs where uniquePairs.last.map({ $0 != pair }) ?? true { uniquePairs.append(pair) }
        let qualifierFacts = Postings.build(keyCount: Int(uniquePairs.map(\.argument).max() ?? -1) + 1) { emit in
            for pair in uniquePairs { emit(pair.argument, pair.fact) }
        }

        // Relations: dense ids for canonical keys.
        var relationOfSymbol = [Int32: Int32]()
        var relationSymbol = [Int32]()
        var relationOfPredicate = [Int32](repeating: 0, count: data.predicates.count)
        for p in 0..<data.predicates.count {
            let key = data.predicates.canonical[p]
            if let r = relationOfSymbol[key] {
                relationOfPredicate[p] = r
            } else {
                let r = Int32(relationSymbol.count)
                relationOfSymbol[key] = r
                relationSymbol.append(key)
                relationOfPredicate[p] = r
            }
        }
        let relationFacts = Postings.build(keyCount: relationSymbol.count) { emit in
            facts.rows.withUnsafeBufferPointer { rows in
                relationOfPredicate.withUnsafeBufferPointer { rel in
                    for f in 0..<rows.count { emit(rel[Int(rows[f].predicate)], Int32(f)) }
                }
            }
        }

        // Case-insensitive key classes, cached per symbol for this build.
        var folded = FoldedKeys()
        var classCache = [Int32](repeating: -1, count: symbols.count)
        func keyClass(_ symbol: Int32) -> Int32 {
            if classCache[Int(symbol)] < 0 { classCache[Int(symbol)] = folded.classOf(symbol, in: symbols) }
            return classCache[Int(symbol)]
        }

        let arguments = data.arguments
        folded.reserve(argumentCount, in: symbols)
        // Heads in batches: hash a batch's unclassified heads, warm the class table for them,
        // classify them (a head repeated in the batch is classified once), then look all up.
        var headKeys = [Int32](repeating: 0, count: argumentCount)
        var headHashes = [UInt64](repeating: 0, count: 256)
        var headSymbols = [Int32](repeating: 0, count: 256)
        var batchStart = 0
        while batchStart < argumentCount {
            let batchEnd = min(batchStart + 256, argumentCount)
            var pending = 0
            for a in batchStart..<batchEnd where classCache[Int(arguments.records[a].head)] < 0 {
                headSymbols[pending] = arguments.records[a].head
                headHashes[pending] = FoldedKeys.hash(headSymbols[pending], in: symbols)
                pending += 1
            }
            headHashes.withUnsafeBufferPointer { folded.warm(UnsafeBufferPointer(rebasing: $0[0..<pending]), in: symbols) }
            for k in 0..<pending where classCache[Int(headSymbols[k])] < 0 {
                classCache[Int(headSymbols[k])] = folded.classOf(headSymbols[k], hash: headHashes[k], in: symbols)
            }
            for a in batchStart..<batchEnd { headKeys[a] = classCache[Int(arguments.records[a].head)] }
            batchStart = batchEnd
        }
        let headArguments = Postings.build(keyCount: symbols.count) { emit in
            for a in 0..<argumentCount { emit(headKeys[a], Int32(a)) }
        }
        headKeys = []

        // Words of each argument's text (interned when the argument was added).
        var wordPairs = [Int32]()  // flattened (class, argument)
        wordPairs.reserveCapacity(argumentCount * 6)
        // In batches of arguments: find every word's symbol with the symbol table warmed for the
        // whole batch, then classify them, one argument's repeated classes counted once.
        var wordStart = [Int](), wordLength = [Int](), wordOwner = [Int32](), wordHash = [UInt64]()
        var wordSymbol = [Int32]()
        var seenInArgument = [Int32]()
        symbols.bytes.withUnsafeBufferPointer { blob in
            var batchStart = 0
            while batchStart < argumentCount {
                let batchEnd = min(batchStart + 256, argumentCount)
                wordStart.removeAll(keepingCapacity: true); wordLength.removeAll(keepingCapacity: true)
                wordOwner.removeAll(keepingCapacity: true); wordHash.removeAll(keepingCapacity: true)
                for a in batchStart..<batchEnd {
                    let text = arguments.records[a].text
                    let start = Int(symbols.offsets[Int(text)]), end = Int(symbols.offsets[Int(text) + 1])
                    let bytes = UnsafeBufferPointer(rebasing: blob[start..<end])
                    Words.forEach(in: bytes) { range in
                        wordStart.append(start + range.lowerBound)
                        wordLength.append(range.count)
                        wordOwner.append(Int32(a))
                        wordHash.append(ByteHash.hash(UnsafeRawPointer(bytes.baseAddress! + range.lowerBound), range.count))
                    }
                }
                let n = wordHash.count
                wordSymbol.removeAll(keepingCapacity: true)
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(n, 1)) { scratch in
                    wordHash.withUnsafeBufferPointer { symbols.warm($0, scratch: scratch) }
                }
                var touched: Int32 = 0
                for k in 0..<n {
                    let symbol = symbols.find(UnsafeRawPointer(blob.baseAddress! + wordStart[k]), wordLength[k], hash: wordHash[k]) ?? -1
                    wordSymbol.append(symbol)
                    if symbol >= 0 { touched |= classCache[Int(symbol)] }
                }
                if touched == Int32.min { wordSymbol[0] = wordSymbol[0] }  // keeps the loads
                var owner: Int32 = -1
                for k in 0..<n where wordSymbol[k] >= 0 {
                    if wordOwner[k] != owner { owner = wordOwner[k]; seenInArgument.removeAll(keepingCapacity: true) }
                    let key = keyClass(wordSymbol[k])
                    if !seenInArgument.contains(key) {
                        seenInArgument.append(key)
                        wordPairs.append(key)
                        wordPairs.append(owner)
                    }
                }
                batchStart = batchEnd
            }
        }
        let wordArguments = Postings.build(keyCount: symbols.count) { emit in
            var i = 0
            while i < wordPairs.count { emit(wordPairs[i], wordPairs[i + 1]); i += 2 }
        }
        wordPairs = []

        let entityCount = data.entities.count
        // Read once: a column read through `data` inside a loop may copy the whole table each time.
        let entityNames = data.entities.name, entityTypes = data.entities.type
        let entityArguments = Postings.build(keyCount: entityCount) { emit in
            for a in 0..<argumentCount where arguments.records[a].entity >= 0 { emit(arguments.records[a].entity, Int32(a)) }
        }

        // Live entities: referenced by a fact's argument, a mention, or a document's contribution.
        var argumentUsed = [Bool](repeating: false, count: argumentCount)
        for row in facts.rows {
            argumentUsed[Int(row.subject)] = true
            if row.object >= 0 { argumentUsed[Int(row.object)] = true }
        }
        for a in facts.qualifierArgument { argumentUsed[Int(a)] = true }
        for a in facts.attributionSpeaker { argumentUsed[Int(a)] = true }
        var entityLive = [Bool](repeating: false, count: entityCount)
        for a in 0..<argumentCount where argumentUsed[a] && arguments.records[a].entity >= 0 {
            entityLive[Int(arguments.records[a].entity)] = true
        }
        argumentUsed = []
        for e in data.mentions.entity where e >= 0 { entityLive[Int(e)] = true }
        for e in data.entities.contributors.keys { entityLive[Int(e)] = true }

        // Names: full name (rank 0), aliases (1), surnames and titles (2).
        var namePairs = [(key: Int32, entity: Int32, rank: UInt8)]()
        namePairs.reserveCapacity(entityCount)
        for e in 0..<entityCount where entityLive[e] {
            namePairs.append((keyClass(entityNames[e]), Int32(e), 0))
        }
        for contributions in data.entities.contributions.values {
            for contribution in contributions {
                for alias in contribution.aliases {
                    namePairs.append((keyClass(alias), contribution.entity, 1))
                }
                for derived in contribution.lookupNames {
                    namePairs.append((keyClass(derived), contribution.entity, 2))
                }
            }
        }
        namePairs.sort { ($0.key, $0.entity, $0.rank) < ($1.key, $1.entity, $1.rank) }
        var uniqueNames = [(key: Int32, entity: Int32, rank: UInt8)]()
        for pair in namePairs where !(uniqueNames.last.map { $0.key == pair.key && $0.entity == pair.entity } ?? false) {
            uniqueNames.append(pair)
        }
        namePairs = []
        let nameEntities = Postings.build(keyCount: symbols.count) { emit in
            for pair in uniqueNames { emit(pair.key, pair.entity) }
        }
        // Items come out in (key, entity) order, the order of `uniqueNames`.
        let nameRank = uniqueNames.map(\.rank)
        uniqueNames = []

        // Lemmas of sentences.
        let documents = data.documents
        var lemmaPairs = [Int32]()
        for row in 0..<documents.sentenceBegin.count {
            let lemmas = documents.lemmas[Int(documents.lemmaStart[row])..<Int(documents.lemmaStart[row + 1])]
            var seen = [Int32]()
            for lemma in lemmas {
                let key = keyClass(lemma)
                if !seen.contains(key) { seen.append(key); lemmaPairs.append(key); lemmaPairs.append(Int32(row)) }
            }
        }
        var lemmaKeys: Int32 = -1
        for i in stride(from: 0, to: lemmaPairs.count, by: 2) { lemmaKeys = max(lemmaKeys, lemmaPairs[i]) }
        let lemmaSentences = Postings.build(keyCount: Int(lemmaKeys) + 1) { emit in
            var i = 0
            while i < lemmaPairs.count { emit(lemmaPairs[i], lemmaPairs[i + 1]); i += 2 }
        }

        // Entities by type, each list sorted by name (then id).
        // Sorted as (first eight bytes, entity) pairs: comparisons read the pair itself, not a
        // name in the symbol blob, except between names sharing their first eight bytes.
        let names = entityNames
        var byName = [(prefix: UInt64, entity: Int32)]()
        byName.reserveCapacity(entityCount)
        for e in 0..<entityCount where entityLive[e] { byName.append((FactIndexes.prefix(symbols, names[e]), Int32(e))) }
        byName.sort { a, b in
            if a.prefix != b.prefix { return a.prefix < b.prefix }
            let na = names[Int(a.entity)], nb = names[Int(b.entity)]
            if na != nb { return symbols.precedes(na, nb) }
            return a.entity < b.entity
        }
        let typeEntities = Postings.build(keyCount: EntityType.allCases.count) { emit in
            for (_, e) in byName { emit(Int32(entityTypes[Int(e)]), e) }
        }
        // Postings.build keeps emission order within a key, which is name order here.

        self.init(
            subjectFacts: subjectFacts, objectFacts: objectFacts, qualifierFacts: qualifierFacts,
            relationFacts: relationFacts, relationSymbol: relationSymbol,
            relationOfPredicate: relationOfPredicate, symbols: symbols, folded: folded, headArguments: headArguments,
            wordArguments: wordArguments, entityArguments: entityArguments, nameEntities: nameEntities,
            nameRank: nameRank, lemmaSentences: lemmaSentences, typeEntities: typeEntities,
            entityLive: entityLive, factDocuments: FactDocuments(data.documents.factStart),
            factRelation: FactIndexes.factRelations(facts.rows, relationOfPredicate: relationOfPredicate, relationCount: relationSymbol.count))
    }

    /// The first eight bytes of a symbol as a big-endian integer, for fast name sorting.
    private static func prefix(_ symbols: SymbolTable, _ symbol: Int32) -> UInt64 {
        symbols.withBytes(symbol) { bytes in
            var value: UInt64 = 0
            for i in 0..<8 { value = value << 8 | UInt64(i < bytes.count ? bytes[i] : 0) }
            return value
        }
    }
}
