import FactModel
import Testing
@testable import FactStore

/// Removing, replacing and merging documents.
@Suite struct StoreRemovalTests {
    @Test func removingADocumentRemovesItsFactsAndShiftsLaterIDs() {
        let store = StoreFixtures.store()
        #expect(store.remove(document: 0))
        store.checkInvariants()
        #expect(store.documentIDs == [1])
        #expect(store.document(0) == nil)
        #expect(store.factCount == 2)
        #expect(store.fact(0).subject.text == "Tom Reyes")
        #expect(store.fact(0).provenance.document == 1)
        #expect(store.facts(matching: FactPattern(relation: "meet")).isEmpty)
        #expect(store.sentences(containing: "budget").isEmpty)
        #expect(store.sentences(containing: "thank") == [SentenceRef(document: 1, sentence: 1)])
        #expect(store.mentions(in: SentenceRef(document: 0, sentence: 0)).isEmpty)
        #expect(!store.remove(document: 0), "already removed")
        #expect(!store.remove(document: 7))
    }

    @Test func removalTakesBackWhatTheDocumentSaidAboutEntities() {
        let store = StoreFixtures.store()
        let reyes = store.resolve(name: "Tom Reyes").first!
        store.remove(document: 0)
        store.checkInvariants()
        #expect(store.resolve(name: "Ana Ortiz").isEmpty, "Ortiz was only in the removed document")
        #expect(store.resolve(name: "the mayor").isEmpty)
        #expect(store.resolve(name: "Tom Reyes") == [reyes], "Reyes keeps his id")
        #expect(store.entity(reyes).mentions.map(\.document) == [1])
        #expect(store.entities(ofType: .person).map { store.entity($0).name } == ["Tom Reyes"])
    }

    @Test func replacingAPathReplacesItsFacts() {
        let store = StoreFixtures.store()
        var changed = StoreFixtures.police
        changed.facts.removeLast()
        let id = store.replace(path: "news/police.txt", with: changed)
        store.checkInvariants()
        #expect(id == 2)
        #expect(store.documentIDs == [0, 2])
        #expect(store.facts(matching: FactPattern(relation: "thank")).isEmpty)
        #expect(store.facts(matching: FactPattern(relation: "attend")).count == 1)
        #expect(store.document(atPath: "news/police.txt") == 2)
    }

    @Test func mergingStoresUnionsEntities() {
        let first = FactStore()
        first.add(StoreFixtures.council)
        let second = FactStore()
        second.add(StoreFixtures.police)
        first.merge(second)
        first.checkInvariants()
        let reference = StoreFixtures.store()
        #expect(first.factCount == reference.factCount)
        #expect(first.extractedDocuments().map(\.facts) == reference.extractedDocuments().map(\.facts))
        #expect(first.entity(first.resolve(name: "Tom Reyes").first!).mentions.count == 2)
    }
}

/// Random add / remove / replace sequences against a naive model: every lookup must agree with a
/// brute-force scan of the documents that should be loaded, and invariants must hold throughout.
@Suite struct StorePropertyTests {
    static let verbs = ["meet", "attend", "say", "approve", "thank"]
    static let names = ["Ana Ortiz", "Tom Reyes", "Lee Chang", "Mia Novak", "Springfield", "city council"]
    static let nouns = ["meeting", "budget", "plan", "police", "council", "vote"]

    /// A random extracted document with a few entities and facts.
    static func randomDocument(_ rng: inout SeededGenerator, path: String) -> ExtractedDocument {
        let sentences = (0..<Int.random(in: 1...3, using: &rng)).map { "Sentence \($0) of \(path)." }
        let doc = StoreFixtures.document(path, sentences)
        let chosen = Array(names.shuffled(using: &rng).prefix(Int.random(in: 1...4, using: &rng)))
        let entities = chosen.enumerated().map { index, name in
            Entity(id: EntityID(index), name: name, type: name.first!.isUppercase ? .person : .group,
                   aliases: Bool.random(using: &rng) ? [String(name.split(separator: " ").last!)] : [],
                   mentions: [Provenance(document: 0, sentence: 0, start: 0, end: 4)])
        }
        func argument(_ rng: inout SeededGenerator) -> Argument {
            if Bool.random(using: &rng) {
                let e = Int.random(in: 0..<entities.count, using: &rng)
                return Argument(text: entities[e].name, head: entities[e].name, entity: EntityID(e))
            }
            let noun = nouns.randomElement(using: &rng)!
            return Argument(text: "the \(noun)", head: noun)
        }
        var facts = [Fact]()
        for _ in 0..<Int.random(in: 0...5, using: &rng) {
            let qualifiers = Bool.random(using: &rng) ? [Qualifier(marker: ["at", "in"].randomElement(using: &rng)!, argument: argument(&rng))] : []
            facts.append(StoreFixtures.fact(
                argument(&rng), verbs.randomElement(using: &rng)!, Bool.random(using: &rng) ? argument(&rng) : nil,
                sentence: Int32.random(in: 0..<Int32(sentences.count), using: &rng), document: doc, qualifiers: qualifiers))
        }
        return ExtractedDocument(document: doc, entities: entities, facts: facts,
                                 sentenceLemmas: sentences.map { _ in [nouns.randomElement(using: &rng)!] })
    }

    /// The patterns compared on every step.
    static func patterns(_ store: FactStore) -> [FactPattern] {
        var patterns = [FactPattern(), FactPattern(qualifierMarker: "at")]
        for verb in verbs { patterns.append(FactPattern(relation: verb)) }
        for noun in nouns {
            patterns.append(FactPattern(object: .head(noun)))
            patterns.append(FactPattern(subject: .word(noun.uppercased())))
            patterns.append(FactPattern(relation: "meet", qualifier: .head(noun)))
        }
        for name in names {
            for e in store.resolve(name: name) {
                patterns.append(FactPattern(subject: .entity(e)))
                patterns.append(FactPattern(relation: "attend", object: .entity(e)))
                patterns.append(FactPattern(qualifier: .entity(e), qualifierMarker: "in"))
            }
        }
        return patterns
    }

    /// Brute force: does this stored fact match the pattern?
    static func matches(_ fact: Fact, _ pattern: FactPattern) -> Bool {
        func slot(_ argument: Argument?, _ match: ArgumentMatch) -> Bool {
            switch match {
            case .any: return true
            case .entity(let e): return argument?.entity == e
            case .head(let w): return argument?.head.lowercased() == w.lowercased()
            case .word(let w): return argument.map { Words.of($0.text).map { $0.lowercased() }.contains(w.lowercased()) } ?? false
            }
        }
        if let relation = pattern.relation, fact.predicate.canonical != relation { return false }
        if !slot(fact.subject, pattern.subject) || !slot(fact.object, pattern.object) { return false }
        if pattern.object != .any && fact.object == nil { return false }
        if pattern.qualifier != .any || pattern.qualifierMarker != nil {
            return fact.qualifiers.contains { q in (pattern.qualifierMarker == nil || q.marker == pattern.qualifierMarker) && slot(q.argument, pattern.qualifier) }
        }
        return true
    }

    @Test(arguments: [1, 2, 3, 42] as [UInt64])
    func randomMutationsKeepLookupsEqualToAScan(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let store = FactStore()
        var loaded = [(path: String, document: ExtractedDocument)]()
        for step in 0..<40 {
            let action = Int.random(in: 0..<10, using: &rng)
            if action < 5 || loaded.isEmpty {
                let path = "doc\(Int.random(in: 0..<12, using: &rng)).txt"
                let document = Self.randomDocument(&rng, path: path)
                if let index = loaded.firstIndex(where: { $0.path == path }) {
                    store.replace(path: path, with: document)
                    loaded.remove(at: index)
                } else {
                    store.add(document)
                }
                loaded.append((path, document))
            } else if action < 8 {
                let index = Int.random(in: 0..<loaded.count, using: &rng)
                let id = store.document(atPath: loaded[index].path)!
                #expect(store.remove(document: id))
                loaded.remove(at: index)
            } else {
                let other = FactStore()
                let document = Self.randomDocument(&rng, path: "merged\(step).txt")
                other.add(document)
                store.merge(other)
                loaded.append((document.document.path, document))
            }
            store.checkInvariants()

            // The model: the loaded documents' facts in load order.
            #expect(store.documentIDs.map { store.document($0)!.path } == loaded.map(\.path))
            #expect(store.factCount == loaded.reduce(0) { $0 + $1.document.facts.count })
            let all = (0..<store.factCount).map { store.fact(FactID($0)) }
            #expect(all.map(\.subject.text) == loaded.flatMap { $0.document.facts.map(\.subject.text) })
            for pattern in Self.patterns(store) {
                let expected = all.indices.filter { Self.matches(all[$0], pattern) }.map { FactID($0) }
                #expect(store.facts(matching: pattern) == expected, "step \(step): \(pattern)")
                #expect(store.estimateContractViolation(pattern, matching: expected) == nil, "step \(step): \(pattern)")
            }
            for name in Self.names {
                for e in store.resolve(name: name) {
                    let expected = all.indices.filter { i in
                        let f = all[i]
                        return f.subject.entity == e || f.object?.entity == e || f.qualifiers.contains { $0.argument.entity == e }
                    }.map { FactID($0) }
                    #expect(store.facts(about: e) == expected)
                    #expect(store.entity(e).name.lowercased() == name.lowercased() || store.entity(e).aliases.contains(name))
                }
                let present = loaded.contains { $0.document.entities.contains { $0.name == name } }
                #expect(store.entities(named: name).isEmpty == !present, "step \(step): \(name)")
            }
        }
    }
}
