import FactModel
import QueryLanguage

/// A small hand-written fact source in the style of a news story: a meeting, its attendees,
/// titles, a quote, an amount. Linear scans; ids are array indexes.
final class FakeFactSource: FactSource, @unchecked Sendable {
    var documents: [Document] = []
    var facts: [Fact] = []
    var entities: [Entity] = []
    var mentionList: [Mention] = []
    var lemmas: [SentenceRef: [String]] = [:]

    init() {}

    @discardableResult
    func entity(_ name: String, _ type: EntityType, aliases: [String] = [], titles: [Title] = []) -> EntityID {
        let id = EntityID(entities.count)
        entities.append(Entity(id: id, name: name, type: type, aliases: aliases, titles: titles))
        return id
    }

    /// Adds a sentence to document `number` (0, the story, unless a test needs a second article)
    /// and returns its provenance.
    func sentence(_ text: String, mentions: [(String, MentionType, EntityID?)] = [], document number: Int = 0) -> Provenance {
        while documents.count <= number {
            let id = DocumentID(documents.count)
            documents.append(Document(id: id, path: id == 0 ? "Corpus/story.txt" : "Corpus/story\(id).txt", title: "Story", text: ""))
        }
        var document = documents[number]
        let start = document.text.utf8.count
        document.text += text + "\n"
        document.sentences.append(start..<(start + text.utf8.count))
        document.lineStarts = Document.lineStarts(of: document.text)
        documents[number] = document
        let index = Int32(document.sentences.count - 1)
        let provenance = Provenance(document: DocumentID(number), sentence: index, start: Int32(start), end: Int32(start + text.utf8.count))
        let ref = SentenceRef(document: DocumentID(number), sentence: index)
        lemmas[ref] = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map { FakeLexicon().lemma(of: String($0), as: .verb) } +
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map { FakeLexicon().lemma(of: String($0), as: .noun) }
        for (mentionText, type, entity) in mentions {
            // The mention's own byte range inside the sentence.
            let bytes = Array(text.utf8), wanted = Array(mentionText.utf8)
            let at = (0...max(0, bytes.count - wanted.count)).first { bytes[$0..<min(bytes.count, $0 + wanted.count)].elementsEqual(wanted) } ?? 0
            var own = provenance
            own.start = Int32(start + at)
            own.end = own.start + Int32(wanted.count)
            mentionList.append(Mention(text: mentionText, type: type, entity: entity, value: nil, provenance: own))
            if let entity { entities[Int(entity)].mentions.append(provenance) }
        }
        return provenance
    }

    func add(_ subject: Argument, _ relation: String, _ object: Argument?, qualifiers: [Qualifier] = [],
             kind: FactKind = .event, negated: Bool = false, voice: Voice = .active, surface: String? = nil, at provenance: Provenance) {
        facts.append(Fact(
            subject: subject, predicate: Predicate(surface: surface ?? relation, lemma: relation, voice: voice, negated: negated),
            object: object, qualifiers: qualifiers, kind: kind, confidence: 0.8, provenance: provenance))
    }

    var documentIDs: [DocumentID] { documents.map(\.id) }
    func document(_ id: DocumentID) -> Document? { documents.indices.contains(Int(id)) ? documents[Int(id)] : nil }
    var factCount: Int { facts.count }
    func fact(_ id: FactID) -> Fact { facts[Int(id)] }

    func facts(matching pattern: FactPattern) -> [FactID] {
        func matches(_ argument: Argument?, _ match: ArgumentMatch) -> Bool {
            switch match {
            case .any: return true
            case .entity(let id): return argument?.entity == id
            case .head(let word): return argument?.head.lowercased() == word.lowercased()
            case .word(let word): return argument?.text.lowercased().contains(word.lowercased()) ?? false
            }
        }
        return facts.indices.filter { index in
            let fact = facts[index]
            if let relation = pattern.relation, fact.predicate.canonical != relation { return false }
            if !matches(fact.subject, pattern.subject) || !matches(fact.object, pattern.object) { return false }
            if pattern.qualifier != .any {
                return fact.qualifiers.contains { matches($0.argument, pattern.qualifier) }
            }
            return true
        }.map { FactID($0) }
    }

    func estimatedCount(of pattern: FactPattern) -> Int { facts(matching: pattern).count }

    func facts(about entity: EntityID) -> [FactID] {
        facts.indices.filter { index in
            let fact = facts[index]
            return fact.subject.entity == entity || fact.object?.entity == entity || fact.qualifiers.contains { $0.argument.entity == entity }
        }.map { FactID($0) }
    }

    var entityCount: Int { entities.count }
    func entity(_ id: EntityID) -> Entity { entities[Int(id)] }

    func resolve(name: String) -> [EntityID] {
        let key = name.lowercased()
        return entities.filter { entity in
            entity.name.lowercased() == key || entity.aliases.contains { $0.lowercased() == key }
                || entity.name.lowercased().split(separator: " ").last.map(String.init) == key
        }.map(\.id)
    }

    func entities(ofType type: EntityType?) -> [EntityID] {
        entities.filter { type == nil || $0.type == type }.sorted { $0.name < $1.name }.map(\.id)
    }

    func relationCounts() -> [(relation: String, count: Int)] {
        var counts: [String: Int] = [:]
        for fact in facts { counts[fact.predicate.canonical, default: 0] += 1 }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
    }

    func sentences(containing lemma: String) -> [SentenceRef] {
        lemmas.filter { $0.value.contains(lemma.lowercased()) }.map(\.key).sorted()
    }

    func sentenceText(_ ref: SentenceRef) -> String { document(ref.document)?.sentenceText(Int(ref.sentence)) ?? "" }

    func mentions(in ref: SentenceRef) -> [Mention] {
        mentionList.filter { $0.provenance.document == ref.document && $0.provenance.sentence == ref.sentence }
    }
}

/// A few words of English morphology and WordNet-like knowledge, enough for the tests.
struct FakeLexicon: Lexicon {
    static let irregular: [String: String] = [
        "met": "meet", "died": "die", "said": "say", "told": "tell", "won": "win", "cut": "cut", "lost": "lose", "took": "take", "held": "hold", "found": "find", "came": "come", "charged": "charge", "refused": "refuse", "rescued": "rescue", "injured": "injure", "made": "make", "postponed": "postpone",
    ]

    func lemma(of word: String, as wordClass: WordClass) -> String {
        let word = word.lowercased()
        if wordClass == .verb, let base = Self.irregular[word] { return base }
        if wordClass == .verb {
            for suffix in ["ing", "ed", "s"] where word.hasSuffix(suffix) && word.count > suffix.count + 3 {
                return String(word.dropLast(suffix.count))
            }
        }
        if wordClass == .noun, word.hasSuffix("s"), word.count > 4, !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
    func verbs(derivedFromNoun noun: String) -> [String] {
        ["attendance": ["attend"], "meeting": ["meet"], "threat": ["threaten"], "coach": ["coach"], "leader": ["lead"]][noun] ?? []
    }
    func nouns(derivedFromVerb verb: String) -> [String] {
        ["attend": ["attendance"], "meet": ["meeting"], "threaten": ["threat"], "coach": ["coach"], "lead": ["leadership", "leader"]][verb] ?? []
    }
    func synonyms(ofVerb verb: String) -> [String] {
        ["state": ["say", "tell"], "say": ["state", "tell"]][verb] ?? []
    }
    func kinds(ofName name: String) -> [String] {
        ["vermont": ["state"], "ohio": ["state"], "us": ["country", "nation"]][name.lowercased()] ?? []
    }
    func country(ofDemonym word: String) -> String? {
        ["ruritanian": "Ruritania", "osterlichian": "Osterlich"][word.lowercased()]
    }
}

/// The story every evaluation test reads: written for these tests, in our own words.
func makeStory() -> FakeFactSource {
    let source = FakeFactSource()
    let kelly = source.entity("John Kelly", .person, aliases: ["Kelly"], titles: [Title(role: "Secretary of Homeland Security")])
    let garcetti = source.entity("Maria Garcetti", .person, aliases: ["Garcetti"], titles: [Title(role: "Mayor", of: "Riverton")])
    let beck = source.entity("Charles Beck", .person, aliases: ["Beck"], titles: [Title(role: "Police Chief", of: "Riverton")])
    let adler = source.entity("Steven Adler", .person, aliases: ["Adler"], titles: [Title(role: "Mayor", of: "Lakeside")])
    let sessions = source.entity("Jeff Sessions", .person, aliases: ["Sessions", "Attorney General"], titles: [Title(role: "Attorney General")])
    let abbott = source.entity("Greg Abbott", .person, aliases: ["Abbott"], titles: [Title(role: "Governor", of: "Texas")])
    let riverton = source.entity("Riverton", .place)
    let hall = source.entity("Town Hall", .place)
    _ = hall

    let s0 = source.sentence(
        "Riverton Mayor Maria Garcetti will be joined by Police Chief Charles Beck at the closed-door meeting with Kelly.",
        mentions: [("Maria Garcetti", .entity(.person), garcetti), ("Charles Beck", .entity(.person), beck), ("Kelly", .entity(.person), kelly), ("Riverton", .entity(.place), riverton)])
    source.add(Argument(text: "Charles Beck", head: "Charles Beck", entity: beck), "join", Argument(text: "Riverton Mayor Maria Garcetti", head: "Maria Garcetti", entity: garcetti),
               qualifiers: [Qualifier(marker: "at", argument: Argument(text: "the closed-door meeting with Kelly", head: "meeting"))], voice: .passive, at: s0)
    source.add(Argument(text: "Maria Garcetti", head: "Maria Garcetti", entity: garcetti), "attend", Argument(text: "the closed-door meeting with Kelly", head: "meeting"), kind: .derived, at: s0)
    source.add(Argument(text: "Charles Beck", head: "Charles Beck", entity: beck), "attend", Argument(text: "the closed-door meeting with Kelly", head: "meeting"), kind: .derived, at: s0)

    let s1 = source.sentence("Lakeside Mayor Steven Adler will also be at the meeting.", mentions: [("Steven Adler", .entity(.person), adler)])
    source.add(Argument(text: "Steven Adler", head: "Steven Adler", entity: adler), "attend", Argument(text: "the meeting", head: "meeting"), at: s1)

    let s2 = source.sentence(
        "Sessions threatened to pull grants from cities that refuse to cooperate.",
        mentions: [("Sessions", .entity(.person), sessions)])
    source.add(Argument(text: "Sessions", head: "Sessions", entity: sessions), "threaten", Argument(text: "to pull grants from cities that refuse to cooperate", head: "pull"), at: s2)

    let s3 = source.sentence("Governor Greg Abbott cut off state funding for the county.", mentions: [("Greg Abbott", .entity(.person), abbott)])
    source.add(Argument(text: "Greg Abbott", head: "Greg Abbott", entity: abbott), "cut off", Argument(text: "state funding for the county", head: "funding"), at: s3)

    let s4 = source.sentence(
        "\u{201C}We will keep our city safe,\u{201D} Garcetti said.", mentions: [("Garcetti", .entity(.person), garcetti)])
    source.add(Argument(text: "Garcetti", head: "Garcetti", entity: garcetti), "say", Argument(text: "We will keep our city safe", head: "keep"), kind: .attribution, at: s4)

    let s5 = source.sentence(
        "The department will hand out $4.1 billion in grants this year.",
        mentions: [("$4.1 billion", .value(.money), nil), ("this year", .value(.date), nil)])
    _ = s5
    let s6 = source.sentence("Riverton is a sanctuary city.", mentions: [("Riverton", .entity(.place), riverton)])
    source.add(Argument(text: "Riverton", head: "Riverton", entity: riverton), "be", Argument(text: "a sanctuary city", head: "city"), kind: .copula, at: s6)
    let formerMayor = source.entity("Paul Oldham", .person, aliases: ["Oldham"])
    let s7 = source.sentence("Former Riverton Mayor Paul Oldham criticized the plan.", mentions: [("Paul Oldham", .entity(.person), formerMayor)])
    source.facts.append(Fact(
        subject: Argument(text: "Paul Oldham", head: "Paul Oldham", entity: formerMayor),
        predicate: Predicate(surface: "Mayor", lemma: "mayor", modality: "Former"),
        qualifiers: [Qualifier(marker: "of", argument: Argument(text: "Riverton", head: "Riverton", entity: riverton))],
        kind: .title, confidence: 0.9, provenance: s7))
    let aide = source.entity("Dana Reyes", .person, aliases: ["Reyes"])
    let s8 = source.sentence("Garcetti's spokeswoman, Dana Reyes, declined to comment.", mentions: [("Dana Reyes", .entity(.person), aide), ("Garcetti", .entity(.person), garcetti)])
    source.add(Argument(text: "Dana Reyes", head: "Dana Reyes", entity: aide), "be", Argument(text: "Garcetti's spokeswoman", head: "spokeswoman"), kind: .appositive, at: s8)
    let s9 = source.sentence("Reyes, 41, has worked for the city since 2015.", mentions: [("Reyes", .entity(.person), aide), ("41", .value(.age), nil), ("2015", .value(.date), nil)])
    source.add(Argument(text: "Reyes", head: "Reyes", entity: aide), "be", Argument(text: "41", head: "41", value: TypedValue(kind: .age, text: "41", normalized: "41", amount: 41)), kind: .appositive, at: s9)
    source.add(Argument(text: "Reyes", head: "Reyes", entity: aide), "work", nil,
               qualifiers: [Qualifier(marker: "for", argument: Argument(text: "the city", head: "city")),
                            Qualifier(marker: "since", argument: Argument(text: "2015", head: "2015", value: TypedValue(kind: .date, text: "2015", normalized: "2015")))], at: s9)
    let s10 = source.sentence("Adler lost the vote on the budget.", mentions: [("Adler", .entity(.person), adler)])
    source.add(Argument(text: "Adler", head: "Adler", entity: adler), "lose", Argument(text: "the vote on the budget", head: "vote"), at: s10)
    _ = source.sentence(
        "According to Dana Reyes, on Tuesday morning Steven Adler paid the parking fine.",
        mentions: [("Dana Reyes", .entity(.person), aide), ("Steven Adler", .entity(.person), adler)])
    return source
}

/// A test suite that asks its engine questions and reads the first column of the answer.
protocol AsksQuestions {
    var engine: QueryEngine { get }
}

extension AsksQuestions {
    /// The first column of the first statement's rows; ["<error>"] when it fails.
    func answers(_ text: String) -> [String] {
        guard case .success(let table)? = engine.run(text).first else { return ["<error>"] }
        return table.rows.map { $0.values[0] }
    }
}
