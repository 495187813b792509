import FactModel

/// The in-memory fact store: every fact, entity, mention and sentence of the loaded corpus.
/// SCAFFOLD: linear scans; the indexed, interned store replaces it.
public final class FactStore: @unchecked Sendable {
    private(set) var documents: [Document] = []
    private(set) var allFacts: [Fact] = []
    private(set) var allEntities: [Entity] = []
    private(set) var allMentions: [Mention] = []
    private(set) var lemmas: [SentenceRef: [String]] = [:]

    public init() {}

    /// Adds one extracted document, giving it a new document id and merging its entities by name and type.
    public func add(_ extracted: ExtractedDocument) {
        let documentID = DocumentID(documents.count)
        var document = extracted.document
        document.id = documentID
        documents.append(document)
        var remap: [EntityID: EntityID] = [:]
        for entity in extracted.entities {
            if let existing = allEntities.firstIndex(where: { $0.name == entity.name && $0.type == entity.type }) {
                remap[entity.id] = EntityID(existing)
            } else {
                var copy = entity
                copy.id = EntityID(allEntities.count)
                remap[entity.id] = copy.id
                allEntities.append(copy)
            }
        }
        func fix(_ argument: Argument) -> Argument {
            var argument = argument
            argument.entity = argument.entity.flatMap { remap[$0] }
            return argument
        }
        for var fact in extracted.facts {
            fact.subject = fix(fact.subject)
            fact.object = fact.object.map(fix)
            fact.qualifiers = fact.qualifiers.map { Qualifier(marker: $0.marker, argument: fix($0.argument)) }
            fact.provenance.document = documentID
            allFacts.append(fact)
        }
        for var mention in extracted.mentions {
            mention.entity = mention.entity.flatMap { remap[$0] }
            mention.provenance.document = documentID
            allMentions.append(mention)
        }
        for (index, words) in extracted.sentenceLemmas.enumerated() {
            lemmas[SentenceRef(document: documentID, sentence: Int32(index))] = words.map { $0.lowercased() }
        }
    }
}

extension FactStore: FactSource {
    public var documentIDs: [DocumentID] { documents.map(\.id) }
    public func document(_ id: DocumentID) -> Document? { documents.indices.contains(Int(id)) ? documents[Int(id)] : nil }
    public var factCount: Int { allFacts.count }
    public func fact(_ id: FactID) -> Fact { allFacts[Int(id)] }

    public func facts(matching pattern: FactPattern) -> [FactID] {
        func matches(_ argument: Argument?, _ match: ArgumentMatch) -> Bool {
            switch match {
            case .any: return true
            case .entity(let id): return argument?.entity == id
            case .head(let word): return argument?.head.lowercased() == word.lowercased()
            case .word(let word):
                return argument?.text.lowercased().split(separator: " ").contains(Substring(word.lowercased())) ?? false
            }
        }
        return allFacts.indices.filter { index in
            let fact = allFacts[index]
            if let relation = pattern.relation, fact.predicate.canonical != relation { return false }
            if !matches(fact.subject, pattern.subject) || !matches(fact.object, pattern.object) { return false }
            if pattern.qualifier != .any || pattern.qualifierMarker != nil {
                return fact.qualifiers.contains { q in
                    (pattern.qualifierMarker == nil || q.marker == pattern.qualifierMarker) && matches(q.argument, pattern.qualifier)
                }
            }
            return true
        }.map { FactID($0) }
    }

    public func estimatedCount(of pattern: FactPattern) -> Int { facts(matching: pattern).count }

    public func facts(about entity: EntityID) -> [FactID] {
        allFacts.indices.filter { index in
            let f = allFacts[index]
            return f.subject.entity == entity || f.object?.entity == entity || f.qualifiers.contains { $0.argument.entity == entity }
        }.map { FactID($0) }
    }

    public var entityCount: Int { allEntities.count }
    public func entity(_ id: EntityID) -> Entity { allEntities[Int(id)] }

    public func resolve(name: String) -> [EntityID] {
        let key = name.lowercased()
        return allEntities.filter { entity in
            entity.name.lowercased() == key || entity.aliases.contains { $0.lowercased() == key }
                || entity.name.lowercased().split(separator: " ").last.map(String.init) == key
        }.map(\.id)
    }

    public func entities(ofType type: EntityType?) -> [EntityID] {
        allEntities.filter { type == nil || $0.type == type }.sorted { $0.name < $1.name }.map(\.id)
    }

    public func relationCounts() -> [(relation: String, count: Int)] {
        var counts: [String: Int] = [:]
        for fact in allFacts { counts[fact.predicate.canonical, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }

    public func sentences(containing lemma: String) -> [SentenceRef] {
        let key = lemma.lowercased()
        return lemmas.filter { $0.value.contains(key) }.map(\.key).sorted()
    }

    public func sentenceText(_ ref: SentenceRef) -> String {
        document(ref.document)?.sentenceText(Int(ref.sentence)) ?? ""
    }

    public func mentions(in ref: SentenceRef) -> [Mention] {
        allMentions.filter { $0.provenance.document == ref.document && $0.provenance.sentence == ref.sentence }
    }
}
