import FactModel

/// The browsing commands: describe, entities, relations, sentences with, sources.
struct Browser {
    let source: any FactSource
    let forms: WordForms

    func run(_ command: Command) -> Result<AnswerTable, Diagnostic> {
        switch command {
        case .describe(let name): return describe(name)
        case .entities(let type): return .success(entities(type))
        case .relations(let of): return relations(of: of)
        case .sentences(let word, _): return .success(sentences(with: word))
        case .sources: return .success(sources())
        }
    }

    private func resolve(_ name: Phrase) -> Result<EntityID, Diagnostic> {
        resolve(name, namedAsWritten: source.resolve(name: name.text))
    }

    /// `name`'s entity, given the entities its text names as written (looked up by the caller).
    private func resolve(_ name: Phrase, namedAsWritten found: [EntityID]) -> Result<EntityID, Diagnostic> {
        if let id = found.first {
            return .success(id)
        }
        let words = name.words.filter { !EnglishWords.determiners.contains($0.lowercased()) }
        if words.count < name.words.count, let id = source.resolve(name: words.joined(separator: " ")).first {
            return .success(id)
        }
        return .failure(QueryDiagnostics.unknownEntity(
            name.text, range: name.range, suggestions: NameSuggester(source: source).suggestions(for: name.text)))
    }

    /// describe X: every fact about X, grouped by relation (most frequent first), then its titles.
    private func describe(_ name: Phrase) -> Result<AnswerTable, Diagnostic> {
        let id: EntityID
        switch resolve(name) {
        case .success(let found): id = found
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let entity = source.entity(id)
        let builder = EvidenceBuilder(source: source)
        var table = AnswerTable(columns: ["relation", "subject", "object", "qualifiers"])
        for title in entity.titles {
            table.rows.append(AnswerRow(
                values: ["title", entity.name, title.text, ""],
                evidence: title.provenance.flatMap { builder.evidence(provenance: $0, fromSentence: false) }))
        }
        // The facts are read as one batch (linked arguments by their entity's name); only a fact
        // with qualifiers is read whole, for them.
        let ids = source.facts(about: id)
        let rows = source.rows(of: ids, namingEntities: true)
        var groups = RelationGroups.grouping(count: rows.count) { rows[$0].relation }
        // Most frequent relation first, ties by key in code point order, as `relationCounts` orders
        // them: String's `<` is that order for normalized text (keys are lemmas), and compares
        // ASCII bytewise. Keys are distinct, so no two groups tie.
        groups.sort { $0.rows.count != $1.rows.count ? $0.rows.count > $1.rows.count : $0.relation < $1.relation }
        table.rows.reserveCapacity(table.rows.count + rows.count)
        for group in groups {
            for k in group.rows {
                var qualifiers = ""
                if source.traits(of: ids[k]).hasQualifiers {
                    qualifiers = source.fact(ids[k]).qualifiers.map { "\($0.marker): \($0.argument.text)" }.joined(separator: "; ")
                }
                table.rows.append(AnswerRow(
                    values: [group.relation, rows[k].subject, rows[k].object ?? "", qualifiers],
                    evidence: builder.evidence(provenance: rows[k].provenance, fromSentence: false)))
            }
        }
        if table.rows.isEmpty { table.note = "\(entity.name) is mentioned, but no fact about it was extracted" }
        return .success(table)
    }

    private func entities(_ type: EntityType?) -> AnswerTable {
        var table = AnswerTable(columns: ["entity", "type", "aliases", "mentions"])
        for id in source.entities(ofType: type) {
            let entity = source.entity(id)
            table.rows.append(AnswerRow(values: [entity.name, entity.type.rawValue, entity.aliases.joined(separator: "; "), String(entity.mentions.count)]))
        }
        if table.rows.isEmpty { table.note = "no \(type.map { $0.rawValue + " entities" } ?? "entities") in the corpus" }
        return table
    }

    private func relations(of name: Phrase?) -> Result<AnswerTable, Diagnostic> {
        var table = AnswerTable(columns: ["relation", "facts"])
        guard let name else {
            for (relation, count) in source.relationCounts() {
                table.rows.append(AnswerRow(values: [relation, String(count)]))
            }
            if table.rows.isEmpty { table.note = "no facts in the corpus" }
            return .success(table)
        }
        // The relations an entity is the subject of, most frequent first (ties by name).
        let ids: [FactID]
        let found = source.resolve(name: name.text)  // once: a name lookup costs as much as the counting
        if name.quoted, found.isEmpty {
            ids = source.facts(matching: FactPattern(subject: .head(name.text)))
        } else {
            switch resolve(name, namedAsWritten: found) {
            case .success(let id): ids = source.facts(matching: FactPattern(subject: .entity(id)))
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        let counts = source.relationCounts(of: ids, limit: ids.count)
        table.rows.reserveCapacity(counts.count)  // one allocation, not one per doubling
        for (relation, count) in counts {
            table.rows.append(AnswerRow(values: [relation, String(count)]))
        }
        return .success(table)
    }

    /// sentences with "word": every sentence holding the word or one of its forms.
    private func sentences(with word: String) -> AnswerTable {
        var table = AnswerTable(columns: ["sentence", "document", "line"])
        let words = wordsOf(word)
        var refs: Set<SentenceRef>?
        for part in words.isEmpty ? [word.lowercased()] : words {
            var found = Set<SentenceRef>()
            for form in forms.searchForms(of: part).prefix(3) { found.formUnion(source.sentences(containing: form)) }
            refs = refs.map { $0.intersection(found) } ?? found
        }
        let builder = EvidenceBuilder(source: source)
        for ref in (refs ?? []).sorted() {
            // The sentence is the row itself, found by its words: no answer was read from it.
            guard var evidence = builder.evidence(for: .sentence(ref, nil)) else { continue }
            evidence.fromSentence = false
            table.rows.append(AnswerRow(values: [evidence.sentence, evidence.path, String(evidence.line)], evidence: [evidence]))
        }
        if table.rows.isEmpty {
            table.note = QueryDiagnostics.nothingFound(part: "\"\(word)\" in any sentence", suggestions: [])
        }
        return table
    }

    private func sources() -> AnswerTable {
        var table = AnswerTable(columns: ["document", "title", "sentences", "date"])
        for id in source.documentIDs {
            guard let document = source.document(id) else { continue }
            table.rows.append(AnswerRow(values: [document.path, document.title, String(document.sentences.count), document.date ?? ""]))
        }
        if table.rows.isEmpty { table.note = "no documents loaded" }
        return table
    }
}
