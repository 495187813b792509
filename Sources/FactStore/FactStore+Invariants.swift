import FactModel

extension FactStore {
    /// Checks every structural invariant of the records and indexes; traps on a violation.
    /// Tests call it after every mutation.
    /// - Complexity: O(n log n).
    public func checkInvariants() {
        data.checkInvariants()
        indexes.checkInvariants(data)
    }
}

extension StoreData {
    func checkInvariants() {
        symbols.checkInvariants()
        let symbolCount = Int32(symbols.count)
        func symbol(_ s: Int32, optional: Bool = false, _ what: String) {
            precondition((optional && s == SymbolTable.none) || (s >= 0 && s < symbolCount), "\(what): symbol in range")
        }

        // Documents and their ranges.
        let d = documents.count
        for column in [documents.title.count, documents.date.count, documents.text.count, documents.live.count] {
            precondition(column == d, "document columns have one row per document")
        }
        for (starts, total, what) in [(documents.factStart, facts.count, "facts"), (documents.mentionStart, mentions.count, "mentions"),
                                      (documents.sentenceStart, documents.sentenceBegin.count, "sentences")] {
            precondition(starts.count == d + 1 && starts.first == 0 && Int(starts.last!) == total, "\(what) ranges cover the rows")
            for k in 0..<d {
                precondition(starts[k] <= starts[k + 1], "\(what) ranges ascend")
                precondition(documents.live[k] || starts[k] == starts[k + 1], "a removed document owns no \(what)")
            }
        }
        precondition(documents.sentenceEnd.count == documents.sentenceBegin.count, "sentence columns")
        precondition(documents.lemmaStart.count == documents.sentenceBegin.count + 1, "one lemma range per sentence")
        precondition(documents.lemmaStart.first == 0 && Int(documents.lemmaStart.last!) == documents.lemmas.count, "lemma ranges cover lemmas")
        for k in 0..<documents.sentenceBegin.count {
            precondition(documents.lemmaStart[k] <= documents.lemmaStart[k + 1], "lemma ranges ascend")
            precondition(documents.sentenceBegin[k] <= documents.sentenceEnd[k], "sentence ranges are ordered")
        }
        for k in 0..<d {
            symbol(documents.path[k], "document path")
            symbol(documents.title[k], "document title")
            symbol(documents.date[k], optional: true, "document date")
        }
        for lemma in documents.lemmas { symbol(lemma, "lemma") }

        // Facts.
        let n = facts.count
        let argumentCount = Int32(arguments.count)
        for f in 0..<n {
            precondition(facts.rows[f].subject >= 0 && facts.rows[f].subject < argumentCount, "subject is an argument")
            precondition(facts.rows[f].object >= -1 && facts.rows[f].object < argumentCount, "object is an argument or none")
            precondition(facts.rows[f].predicate >= 0 && Int(facts.rows[f].predicate) < predicates.count, "predicate in range")
        }
        precondition(facts.qualifierMarker.count == facts.qualifierFact.count
                      && facts.qualifierArgument.count == facts.qualifierFact.count, "qualifier columns")
        for (row, f) in facts.qualifierFact.enumerated() {
            precondition(f >= 0 && Int(f) < n, "qualifier belongs to a fact")
            precondition(row == 0 || facts.qualifierFact[row - 1] <= f, "qualifier rows are grouped by fact")
            precondition(facts.qualifierArgument[row] >= 0 && facts.qualifierArgument[row] < argumentCount, "qualifier argument")
            symbol(facts.qualifierMarker[row], "qualifier marker")
        }
        precondition(facts.attributionSpeaker.count == facts.attributionFact.count
                      && facts.attributionVerb.count == facts.attributionFact.count, "attribution columns")
        for (row, f) in facts.attributionFact.enumerated() {
            precondition(f >= 0 && Int(f) < n, "attribution belongs to a fact")
            precondition(row == 0 || facts.attributionFact[row - 1] < f, "at most one attribution per fact")
            symbol(facts.attributionVerb[row], "attribution verb")
        }

        // Arguments: valid, and each tuple stored once.
        precondition(arguments.slots.count == arguments.count, "argument slots")
        var copy = arguments
        for a in 0..<arguments.count {
            symbol(arguments.records[a].text, "argument text")
            symbol(arguments.records[a].head, "argument head")
            precondition(arguments.records[a].entity >= -1 && Int(arguments.records[a].entity) < entities.count, "argument entity")
            precondition(arguments.records[a].value >= -1 && Int(arguments.records[a].value) < values.values.count, "argument value")
            let found = copy.intern(text: arguments.records[a].text, head: arguments.records[a].head, entity: arguments.records[a].entity, value: arguments.records[a].value)
            precondition(found == Int32(a), "argument \(a) is stored once")
        }

        // Predicates.
        for p in 0..<predicates.count {
            symbol(predicates.surface[p], "predicate surface")
            symbol(predicates.lemma[p], "predicate lemma")
            symbol(predicates.canonical[p], "predicate key")
            symbol(predicates.modality[p], optional: true, "predicate modality")
            precondition(Int(predicates.flags[p] >> 2) < FactKind.allCases.count, "fact kind in range")
        }

        // Entities: unique (name, type), contributions and contributors agree.
        precondition(entities.type.count == entities.count && entities.slots.count == entities.count, "entity columns")
        for e in 0..<entities.count {
            symbol(entities.name[e], "entity name")
            precondition(Int(entities.type[e]) < EntityType.allCases.count, "entity type")
            precondition(entities.find(name: entities.name[e], type: entities.type[e]) == Int32(e), "entity \(e) is stored once")
        }
        for (document, contributions) in entities.contributions {
            precondition(Int(document) < d && documents.live[Int(document)], "contributions come from live documents")
            for contribution in contributions {
                precondition(entities.contributors[contribution.entity]?.contains(document) == true, "contributor recorded")
            }
        }
        for (entity, contributors) in entities.contributors {
            precondition(!contributors.isEmpty && contributors == contributors.sorted(), "contributors in load order")
            for document in contributors {
                precondition(entities.contributions[document]?.contains { $0.entity == entity } == true, "contribution recorded")
            }
        }

        // Mentions: columns, and text order within each document.
        for column in [mentions.type.count, mentions.entity.count, mentions.value.count, mentions.sentence.count,
                       mentions.start.count, mentions.end.count] {
            precondition(column == mentions.count, "mention columns")
        }
        for k in 0..<d {
            let range = Int(documents.mentionStart[k])..<Int(documents.mentionStart[k + 1])
            for m in range where m > range.lowerBound {
                precondition((mentions.sentence[m - 1], mentions.start[m - 1]) <= (mentions.sentence[m], mentions.start[m]),
                             "mentions in text order")
            }
        }
        for m in 0..<mentions.count {
            precondition(mentions.entity[m] >= -1 && Int(mentions.entity[m]) < entities.count, "mention entity")
        }
    }
}

extension FactIndexes {
    /// Checks the indexes agree with the records they were built from.
    func checkInvariants(_ data: StoreData) {
        let facts = data.facts
        let arguments = data.arguments
        for (postings, name) in [(subjectFacts, "subject"), (objectFacts, "object"), (qualifierFacts, "qualifier"),
                                 (relationFacts, "relation"), (headArguments, "head"), (wordArguments, "word"),
                                 (entityArguments, "entity"), (nameEntities, "name"), (lemmaSentences, "lemma")] {
            postings.checkInvariants(name)
        }
        precondition(subjectFacts.keyCount == arguments.count && subjectFacts.items.count == facts.count, "every fact has one subject entry")
        for f in 0..<facts.count {
            precondition(SortedIDs.contains(subjectFacts.list(facts.rows[f].subject), Int32(f)), "fact \(f) is under its subject")
            let o = facts.rows[f].object
            if o >= 0 { precondition(SortedIDs.contains(objectFacts.list(o), Int32(f)), "fact \(f) is under its object") }
            let r = relationOfPredicate[Int(facts.rows[f].predicate)]
            precondition(factRelation.isEmpty || factRelation[f] == UInt16(r), "fact \(f)'s relation column")
            precondition(SortedIDs.contains(relationFacts.list(r), Int32(f)), "fact \(f) is under its relation")
        }
        data.documents.factStart.withUnsafeBufferPointer { starts in
            for f in 0..<Int32(facts.count) {
                precondition(factDocuments.document(of: f, starts: starts) == data.documents.documentOfFact(f), "fact \(f)'s document")
            }
        }
        precondition(objectFacts.items.count == facts.rows.filter { $0.object >= 0 }.count, "one object entry per object")
        precondition(relationFacts.items.count == facts.count, "one relation entry per fact")
        for (row, f) in facts.qualifierFact.enumerated() {
            precondition(SortedIDs.contains(qualifierFacts.list(facts.qualifierArgument[row]), f), "qualifier indexed")
        }
        precondition(relationNames.count == relationSymbol.count, "one relation name per relation")
        for (r, symbol) in relationSymbol.enumerated() {
            precondition(data.symbols.withBytes(symbol) { relationNames.find($0.rawBase, $0.count, hash: ByteHash.hash($0.rawBase, $0.count)) } == Int32(r),
                         "relation keys are dense and unique")
        }
        for a in 0..<arguments.count {
            let e = arguments.records[a].entity
            if e >= 0 { precondition(SortedIDs.contains(entityArguments.list(e), Int32(a)), "argument \(a) is under its entity") }
            let head = folded.find(data.symbols.string(arguments.records[a].head), in: data.symbols)
            precondition(head.map { SortedIDs.contains(headArguments.list($0), Int32(a)) } == true, "argument \(a) is under its head")
        }
        precondition(entityArguments.items.count == arguments.records.filter { $0.entity >= 0 }.count, "one entity entry per linked argument")
        precondition(nameRank.count == nameEntities.items.count, "one rank per name entry")
        precondition(entityLive.count == data.entities.count, "liveness per entity")
        var typed = 0
        for t in 0..<EntityType.allCases.count {
            for e in typeEntities.list(Int32(t)) {
                precondition(entityLive[Int(e)] && Int(data.entities.type[Int(e)]) == t, "type list holds live entities of its type")
                typed += 1
            }
        }
        precondition(typed == entityLive.filter { $0 }.count, "every live entity is listed under its type")
        for e in 0..<data.entities.count where entityLive[e] {
            let key = folded.find(data.symbols.string(data.entities.name[e]), in: data.symbols)
            precondition(key.map { SortedIDs.contains(nameEntities.list($0), Int32(e)) } == true, "entity \(e) resolves by name")
        }
    }
}
