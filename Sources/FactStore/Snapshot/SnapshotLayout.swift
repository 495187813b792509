import FactModel

/// The order and tags of the snapshot's sections: the records (`StoreData`) then the indexes.
/// Changing anything here requires bumping `Snapshot.formatVersion`.
enum SnapshotLayout {
    static func encode(_ d: StoreData, _ x: FactIndexes, into w: inout SnapshotWriter) {
        // Symbols.
        w.array(d.symbols.bytes, tag: 10)
        w.array(d.symbols.offsets, tag: 11)
        w.slots(d.symbols.slots, tag: 12)
        // Documents.
        let docs = d.documents
        w.array(docs.path, tag: 20); w.array(docs.title, tag: 21); w.array(docs.date, tag: 22)
        w.strings(docs.text, tag: 23); w.bools(docs.live, tag: 24)
        w.array(docs.factStart, tag: 25); w.array(docs.mentionStart, tag: 26); w.array(docs.sentenceStart, tag: 27)
        w.array(docs.sentenceBegin, tag: 28); w.array(docs.sentenceEnd, tag: 29)
        w.array(docs.lemmaStart, tag: 30); w.array(docs.lemmas, tag: 31)
        // Entities, values, arguments, predicates.
        w.array(d.entities.name, tag: 40); w.array(d.entities.type, tag: 41); w.slots(d.entities.slots, tag: 42)
        w.array(encodeStructured(d), tag: 43)
        w.array(d.arguments.records, tag: 50); w.slots(d.arguments.slots, tag: 51)
        let p = d.predicates
        w.array(p.surface, tag: 60); w.array(p.lemma, tag: 61); w.array(p.canonical, tag: 62)
        w.array(p.modality, tag: 63); w.array(p.flags, tag: 64); w.slots(p.slots, tag: 65)
        // Facts and mentions.
        let f = d.facts
        w.array(f.rows, tag: 70)
        w.array(f.qualifierFact, tag: 71); w.array(f.qualifierMarker, tag: 72); w.array(f.qualifierArgument, tag: 73)
        w.array(f.attributionFact, tag: 74); w.array(f.attributionSpeaker, tag: 75); w.array(f.attributionVerb, tag: 76)
        let m = d.mentions
        w.array(m.text, tag: 80); w.array(m.type, tag: 81); w.array(m.entity, tag: 82); w.array(m.value, tag: 83)
        w.array(m.sentence, tag: 84); w.array(m.start, tag: 85); w.array(m.end, tag: 86)
        // Indexes.
        w.postings(x.subjectFacts, tag: 100); w.postings(x.objectFacts, tag: 101); w.postings(x.qualifierFacts, tag: 102)
        w.postings(x.relationFacts, tag: 103); w.array(x.relationSymbol, tag: 104); w.array(x.relationOfPredicate, tag: 105)
        w.slots(x.folded.slots, tag: 106)
        w.postings(x.headArguments, tag: 107); w.postings(x.wordArguments, tag: 108); w.postings(x.entityArguments, tag: 109)
        w.postings(x.nameEntities, tag: 110); w.array(x.nameRank, tag: 111); w.postings(x.lemmaSentences, tag: 112)
        w.postings(x.typeEntities, tag: 113); w.bools(x.entityLive, tag: 114)
    }

    static func decode(_ r: inout SnapshotReader) throws -> (StoreData, FactIndexes) {
        let d = StoreData()
        d.symbols = SymbolTable(bytes: try r.array(tag: 10), offsets: try r.array(tag: 11), slots: try r.slots(tag: 12))
        var docs = DocumentTable()
        docs.path = try r.array(tag: 20); docs.title = try r.array(tag: 21); docs.date = try r.array(tag: 22)
        docs.text = try r.strings(tag: 23); docs.live = try r.bools(tag: 24)
        docs.factStart = try r.array(tag: 25); docs.mentionStart = try r.array(tag: 26); docs.sentenceStart = try r.array(tag: 27)
        docs.sentenceBegin = try r.array(tag: 28); docs.sentenceEnd = try r.array(tag: 29)
        docs.lemmaStart = try r.array(tag: 30); docs.lemmas = try r.array(tag: 31)
        d.documents = docs
        d.entities.name = try r.array(tag: 40); d.entities.type = try r.array(tag: 41); d.entities.slots = try r.slots(tag: 42)
        try decodeStructured(try r.array(UInt8.self, tag: 43), into: d)
        d.arguments.records = try r.array(tag: 50); d.arguments.slots = try r.slots(tag: 51)
        d.predicates.surface = try r.array(tag: 60); d.predicates.lemma = try r.array(tag: 61); d.predicates.canonical = try r.array(tag: 62)
        d.predicates.modality = try r.array(tag: 63); d.predicates.flags = try r.array(tag: 64); d.predicates.slots = try r.slots(tag: 65)
        d.facts.rows = try r.array(tag: 70)
        d.facts.qualifierFact = try r.array(tag: 71); d.facts.qualifierMarker = try r.array(tag: 72); d.facts.qualifierArgument = try r.array(tag: 73)
        d.facts.attributionFact = try r.array(tag: 74); d.facts.attributionSpeaker = try r.array(tag: 75); d.facts.attributionVerb = try r.array(tag: 76)
        d.mentions.text = try r.array(tag: 80); d.mentions.type = try r.array(tag: 81); d.mentions.entity = try r.array(tag: 82)
        d.mentions.value = try r.array(tag: 83); d.mentions.sentence = try r.array(tag: 84); d.mentions.start = try r.array(tag: 85)
        d.mentions.end = try r.array(tag: 86)
        try checkShape(d)

        let relationSymbol: [Int32]
        let subjectFacts = try r.postings(tag: 100), objectFacts = try r.postings(tag: 101), qualifierFacts = try r.postings(tag: 102)
        let relationFacts = try r.postings(tag: 103)
        relationSymbol = try r.array(tag: 104)
        let relationOfPredicate: [Int32] = try r.array(tag: 105)
        let folded = FoldedKeys(slots: try r.slots(tag: 106))
        let headArguments = try r.postings(tag: 107), wordArguments = try r.postings(tag: 108), entityArguments = try r.postings(tag: 109)
        let nameEntities = try r.postings(tag: 110)
        let nameRank: [UInt8] = try r.array(tag: 111)
        let lemmaSentences = try r.postings(tag: 112), typeEntities = try r.postings(tag: 113)
        let entityLive = try r.bools(tag: 114)
        guard r.position == r.bytes.count else { throw SnapshotReader.Corrupt(what: "unread bytes at the end") }
        let indexes = FactIndexes(
            subjectFacts: subjectFacts, objectFacts: objectFacts, qualifierFacts: qualifierFacts, relationFacts: relationFacts,
            relationSymbol: relationSymbol, relationOfPredicate: relationOfPredicate, symbols: d.symbols,
            folded: folded, headArguments: headArguments, wordArguments: wordArguments, entityArguments: entityArguments,
            nameEntities: nameEntities, nameRank: nameRank, lemmaSentences: lemmaSentences, typeEntities: typeEntities,
            entityLive: entityLive, factDocuments: FactDocuments(d.documents.factStart),
            factRelation: FactIndexes.factRelations(d.facts.rows, relationOfPredicate: relationOfPredicate, relationCount: relationSymbol.count))
        return (d, indexes)
    }

    /// Cheap consistency checks of array lengths, so that a damaged file that somehow passed the
    /// checksum cannot make a lookup index out of range.
    static func checkShape(_ d: StoreData) throws {
        let docs = d.documents
        let n = docs.path.count
        func require(_ condition: Bool, _ what: String) throws {
            if !condition { throw SnapshotReader.Corrupt(what: what) }
        }
        try require([docs.title.count, docs.date.count, docs.text.count, docs.live.count].allSatisfy { $0 == n }, "document columns")
        try require(docs.factStart.count == n + 1 && Int(docs.factStart.last ?? -1) == d.facts.rows.count, "fact ranges")
        try require(docs.mentionStart.count == n + 1 && Int(docs.mentionStart.last ?? -1) == d.mentions.text.count, "mention ranges")
        try require(docs.sentenceStart.count == n + 1 && Int(docs.sentenceStart.last ?? -1) == docs.sentenceBegin.count, "sentence ranges")
        try require(docs.lemmaStart.count == docs.sentenceBegin.count + 1, "lemma ranges")
        try require(d.entities.type.count == d.entities.name.count, "entity columns")
        try require(d.symbols.offsets.count >= 1 && Int(d.symbols.offsets.last!) == d.symbols.bytes.count, "symbol offsets")
    }

    /// Typed values and entity contributions, in a compact byte encoding.
    static func encodeStructured(_ d: StoreData) -> [UInt8] {
        var e = ByteEncoder()
        e.int(d.values.values.count)
        for value in d.values.values {
            e.int(ValueKind.allCases.firstIndex(of: value.kind)!)
            e.string(value.text)
            e.string(value.normalized)
            if let amount = value.amount { e.int(1); e.int(Int(bitPattern: UInt(amount.bitPattern))) } else { e.int(0) }
            e.optionalString(value.approximation)
        }
        let documents = d.entities.contributions.keys.sorted()
        e.int(documents.count)
        for document in documents {
            let contributions = d.entities.contributions[document]!
            e.int(Int(document))
            e.int(contributions.count)
            for c in contributions {
                e.int(Int(c.entity))
                e.int(c.aliases.count); for a in c.aliases { e.int(Int(a)) }
                e.int(c.lookupNames.count); for a in c.lookupNames { e.int(Int(a)) }
                e.int(c.mentions.count); for m in c.mentions { e.provenance(m) }
                e.int(c.titles.count)
                for t in c.titles {
                    e.string(t.role); e.optionalString(t.of); e.optionalString(t.modifier)
                    if let p = t.provenance { e.int(1); e.provenance(p) } else { e.int(0) }
                }
            }
        }
        return e.bytes
    }

    static func decodeStructured(_ bytes: [UInt8], into d: StoreData) throws {
        var r = ByteDecoder(bytes: bytes)
        let valueCount = try r.count()
        for _ in 0..<valueCount {
            let kind = try r.int()
            guard ValueKind.allCases.indices.contains(kind) else { throw SnapshotReader.Corrupt(what: "value kind") }
            let text = try r.string(), normalized = try r.string()
            let amount: Double? = try r.int() == 1 ? Double(bitPattern: UInt64(UInt(bitPattern: try r.int()))) : nil
            _ = d.values.intern(TypedValue(kind: ValueKind.allCases[kind], text: text, normalized: normalized, amount: amount,
                                           approximation: try r.optionalString()))
        }
        let documentCount = try r.count()
        for _ in 0..<documentCount {
            let document = try r.int32()
            var contributions = [EntityContribution]()
            for _ in 0..<(try r.count()) {
                let entity = try r.int32()
                var c = EntityContribution(entity: entity, aliases: [], titles: [], mentions: [])
                for _ in 0..<(try r.count()) { c.aliases.append(try r.int32()) }
                for _ in 0..<(try r.count()) { c.lookupNames.append(try r.int32()) }
                for _ in 0..<(try r.count()) { c.mentions.append(try r.provenance()) }
                for _ in 0..<(try r.count()) {
                    let role = try r.string(), of = try r.optionalString(), modifier = try r.optionalString()
                    let provenance: Provenance? = try r.int() == 1 ? try r.provenance() : nil
                    c.titles.append(Title(role: role, of: of, modifier: modifier, provenance: provenance))
                }
                contributions.append(c)
                if d.entities.contributors[entity]?.last != document { d.entities.contributors[entity, default: []].append(document) }
            }
            d.entities.contributions[document] = contributions
        }
    }
}
