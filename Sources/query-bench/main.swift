// query-bench: how long parsing and planning a typical question takes (release mode).
// Usage: swift build -c release --product query-bench && .build/release/query-bench
import FactModel
import QueryLanguage

/// A synthetic store: `count` facts over a few hundred relations, hash-indexed so that
/// estimates cost what a real store's do (O(1)).
final class SyntheticSource: FactSource, @unchecked Sendable {
    var facts: [Fact] = []
    var byRelation: [String: [FactID]] = [:]
    var bySubject: [EntityID: [FactID]] = [:]
    var byObject: [EntityID: [FactID]] = [:]
    var byHead: [String: [FactID]] = [:]
    var names: [String: [EntityID]] = [:]
    var entityList: [Entity] = []

    init(count: Int) {
        let relations = ["attend", "meet", "say", "threaten", "cut off", "join", "be", "win"] + (0..<300).map { "relation\($0)" }
        for index in 0..<2_000 {
            let name = index == 0 ? "Eric Garcetti" : "Person \(index)"
            entityList.append(Entity(id: EntityID(index), name: name, type: .person, aliases: [String(name.split(separator: " ").last!)]))
            names[name.lowercased(), default: []].append(EntityID(index))
            names[String(name.split(separator: " ").last!).lowercased(), default: []].append(EntityID(index))
        }
        let provenance = Provenance(document: 0, sentence: 0, start: 0, end: 0)
        for index in 0..<count {
            let relation = relations[(index * 7919) % relations.count]
            let subject = EntityID((index * 31) % 2_000)
            let object = EntityID((index * 17 + 5) % 2_000)
            let head = ["meeting", "funding", "city", "grant"][index % 4]
            let fact = Fact(
                subject: Argument(text: entityList[Int(subject)].name, head: entityList[Int(subject)].name, entity: subject),
                predicate: Predicate(surface: relation, lemma: relation),
                object: index % 2 == 0 ? Argument(text: "the \(head)", head: head) : Argument(text: entityList[Int(object)].name, head: entityList[Int(object)].name, entity: object),
                provenance: provenance)
            let id = FactID(facts.count)
            facts.append(fact)
            byRelation[relation, default: []].append(id)
            bySubject[subject, default: []].append(id)
            if let entity = fact.object?.entity { byObject[entity, default: []].append(id) }
            byHead[fact.object!.head, default: []].append(id)
        }
    }

    var documentIDs: [DocumentID] { [] }
    func document(_ id: DocumentID) -> Document? { nil }
    var factCount: Int { facts.count }
    func fact(_ id: FactID) -> Fact { facts[Int(id)] }
    func facts(matching pattern: FactPattern) -> [FactID] { [] }
    func estimatedCount(of pattern: FactPattern) -> Int {
        var estimate = facts.count
        if let relation = pattern.relation { estimate = min(estimate, byRelation[relation]?.count ?? 0) }
        if case .entity(let id) = pattern.subject { estimate = min(estimate, bySubject[id]?.count ?? 0) }
        if case .entity(let id) = pattern.object { estimate = min(estimate, byObject[id]?.count ?? 0) }
        if case .head(let head) = pattern.object { estimate = min(estimate, byHead[head]?.count ?? 0) }
        if case .entity = pattern.qualifier { estimate = min(estimate, 0) }
        return estimate
    }
    func facts(about entity: EntityID) -> [FactID] { [] }
    var entityCount: Int { entityList.count }
    func entity(_ id: EntityID) -> Entity { entityList[Int(id)] }
    func resolve(name: String) -> [EntityID] { names[name.lowercased()] ?? [] }
    func entities(ofType type: EntityType?) -> [EntityID] { entityList.map(\.id) }
    func relationCounts() -> [(relation: String, count: Int)] { byRelation.map { ($0.key, $0.value.count) } }
    func sentences(containing lemma: String) -> [SentenceRef] { [] }
    func sentenceText(_ ref: SentenceRef) -> String { "" }
    func mentions(in ref: SentenceRef) -> [Mention] { [] }
}

/// Lemmas by suffix stripping, a few synonyms and derivations: the shape of the WordNet lexicon's answers.
struct SmallLexicon: Lexicon {
    func lemma(of word: String, as wordClass: WordClass) -> String {
        let irregular = ["met": "meet", "said": "say", "won": "win"]
        if let base = irregular[word] { return base }
        if wordClass == .verb, word.hasSuffix("s"), word.count > 4 { return String(word.dropLast()) }
        return word
    }
    func verbs(derivedFromNoun noun: String) -> [String] { noun == "meeting" ? ["meet"] : noun == "attendance" ? ["attend"] : [] }
    func nouns(derivedFromVerb verb: String) -> [String] { verb == "attend" ? ["attendance"] : [] }
    func synonyms(ofVerb verb: String) -> [String] { verb == "attend" ? ["go to", "be present"] : [] }
}

let questions = [
    "who attends meeting",
    "who met with Garcetti",
    "what did Garcetti say",
    "who will join Garcetti at the meeting",
    "did Garcetti cut off funding",
    "?who attend meeting and ?who is mayor of ?city",
    "count ?x where ?x attend meeting",
]
let source = SyntheticSource(count: 100_000)
let results = QueryBenchmark.parseAndPlan(questions, source: source, lexicon: SmallLexicon(), iterations: 20_000)
print("parse+plan per statement (100k-fact synthetic store, 20,000 runs each):")
for result in results {
    let median = result.medianNanoseconds / 1_000
    let p90 = result.p90Nanoseconds / 1_000
    print(String(repeating: " ", count: max(0, 48 - result.text.count)) + result.text + "  median " + format(median) + " µs  p90 " + format(p90) + " µs")
}

func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return String(rounded)
}
