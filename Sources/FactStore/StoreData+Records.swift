import FactModel

/// Turning stored rows back into model values.
extension StoreData {
    func string(_ symbol: Int32) -> String { symbols.string(symbol) }

    /// The argument with id `a`. O(length of its strings).
    func argumentValue(_ a: Int32) -> Argument {
        let i = Int(a)
        let entity = arguments.records[i].entity
        return Argument(
            text: symbols.string(arguments.records[i].text), head: symbols.string(arguments.records[i].head),
            entity: entity < 0 ? nil : entity, value: values.value(arguments.records[i].value))
    }

    func predicateValue(_ p: Int32) -> Predicate {
        let i = Int(p)
        return Predicate(
            surface: symbols.string(predicates.surface[i]), lemma: symbols.string(predicates.lemma[i]),
            canonical: symbols.string(predicates.canonical[i]),
            voice: predicates.flags[i] & 1 != 0 ? .passive : .active, negated: predicates.flags[i] & 2 != 0,
            modality: symbols.optionalString(predicates.modality[i]))
    }

    /// The fact with id `f`, owned by `document` when known (found by binary search otherwise).
    /// O(log documents + log qualifiers + its strings).
    func factValue(_ f: Int32, document: Int32? = nil) -> Fact {
        let i = Int(f)
        let qualifiers = facts.qualifierRows(of: f).map { row in
            Qualifier(marker: symbols.string(facts.qualifierMarker[row]), argument: argumentValue(facts.qualifierArgument[row]))
        }
        let attribution = facts.attributionRow(of: f).map { row in
            Attribution(speaker: argumentValue(facts.attributionSpeaker[row]), verb: symbols.string(facts.attributionVerb[row]))
        }
        let row = facts.rows[i]
        return Fact(
            subject: argumentValue(row.subject), predicate: predicateValue(row.predicate),
            object: row.object < 0 ? nil : argumentValue(row.object), qualifiers: qualifiers,
            kind: FactKind(code: predicates.flags[Int(row.predicate)] >> 2), attribution: attribution, confidence: row.confidence,
            provenance: Provenance(document: document ?? documents.documentOfFact(f), sentence: row.sentence, start: row.start, end: row.end))
    }

    /// The document with id `d`. O(length of its text) (line starts are computed).
    func documentValue(_ d: Int32) -> Document {
        let i = Int(d)
        let sentences = (Int(documents.sentenceStart[i])..<Int(documents.sentenceStart[i + 1])).map {
            Int(documents.sentenceBegin[$0])..<Int(documents.sentenceEnd[$0])
        }
        return Document(
            id: d, path: symbols.string(documents.path[i]), title: symbols.string(documents.title[i]),
            text: documents.text[i], date: symbols.optionalString(documents.date[i]), sentences: sentences)
    }

    /// The merged view of entity `e`: the union of what each document said about it.
    /// O(its contributions).
    func entityValue(_ e: Int32) -> Entity {
        var entity = Entity(id: e, name: symbols.string(entities.name[Int(e)]), type: EntityType(code: entities.type[Int(e)]))
        var aliasSeen = Set<Int32>()
        var titleSeen = Set<Title>()
        for d in entities.contributors[e] ?? [] {
            for contribution in entities.contributions[d] ?? [] where contribution.entity == e {
                for alias in contribution.aliases where aliasSeen.insert(alias).inserted {
                    entity.aliases.append(symbols.string(alias))
                }
                for title in contribution.titles where titleSeen.insert(title).inserted {
                    entity.titles.append(title)
                }
                entity.mentions.append(contentsOf: contribution.mentions)
            }
        }
        return entity
    }

    /// The mention in row `m` of the mention table. O(its strings).
    func mentionValue(_ m: Int, document d: Int32) -> Mention {
        let entity = mentions.entity[m]
        return Mention(
            text: symbols.string(mentions.text[m]), type: MentionType(code: mentions.type[m]),
            entity: entity < 0 ? nil : entity, value: values.value(mentions.value[m]),
            provenance: Provenance(document: d, sentence: mentions.sentence[m], start: mentions.start[m], end: mentions.end[m]))
    }
}
