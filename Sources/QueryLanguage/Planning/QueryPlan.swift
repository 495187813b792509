import FactModel

/// How one clause pattern reads the fact source: which lookups, and how many facts they should touch.
struct AtomPlan: Sendable {
    /// How the candidate facts are fetched.
    enum Access: Sendable {
        /// Facts with one of these relation keys.
        case relation([String])
        /// Facts in which one of these entities plays any role, optionally with a relation key.
        case entity([EntityID], relations: [String]?)
        /// One lookup per value of a variable bound by an earlier step.
        case boundVariable(String, relations: [String]?)
        /// Every fact (a pattern with nothing fixed).
        case everything
        /// Exactly the facts of these lookups (an `ExactAtom` with no variable bound yet).
        case exact([FactPattern])
    }

    /// What the atom needs whatever is bound: keys, matchers, exact form.
    var analysis: QueryPlanner.AtomAnalysis
    var access: Access
    /// The facts the access should touch, by the source's estimates; 0 for an exact lookup that
    /// nothing was compared with, in a plan that is run and never printed
    /// (`QueryPlanner.estimatesEveryLookup`).
    var estimate: Int

    var atom: Atom { analysis.atom }
    var relationKeys: [(key: String, weight: Double)] { analysis.keys }
    /// Keys that say the same with subject and object swapped ("belong to" for "hold").
    var inverseKeys: Set<String> { analysis.inverseKeys }
    var subject: PhraseMatcher? { analysis.subject }
    var object: PhraseMatcher? { analysis.object }
    var qualifiers: [(marker: String, matcher: PhraseMatcher?)] { analysis.qualifiers }
    /// Set when index lookups alone find the atom's facts (see `ExactAtom`).
    var exact: ExactAtom? { analysis.exact }
}

/// A plan node: a lookup, a join of steps in order, a union, or a filter that removes matches.
/// (Not `indirect`: nodes nest only through lists, so a lookup needs no box of its own.)
enum PlanNode: Sendable {
    case scan(AtomPlan)
    /// Steps run left to right, each joined with the bindings so far; `without` removes bindings
    /// for which a negated pattern matches.
    case join([PlanNode], without: [PlanNode])
    case union([PlanNode])

    var estimate: Int {
        switch self {
        case .scan(let plan): return plan.estimate
        case .join(let steps, _): return steps.map(\.estimate).min() ?? 0
        case .union(let parts): return parts.reduce(0) { $0 + $1.estimate }
        }
    }
}

/// The plan of a statement; it prints itself for `explain` and golden tests.
struct QueryPlan: Sendable, CustomStringConvertible {
    var understood: String
    var root: PlanNode?
    var notes: [String]

    var description: String {
        var lines = ["understood: \(understood)"]
        if let root {
            lines.append("plan:")
            render(root, indent: "  ", into: &lines)
        }
        for note in notes { lines.append("then: \(note)") }
        return lines.joined(separator: "\n")
    }

    private func render(_ node: PlanNode, indent: String, into lines: inout [String]) {
        switch node {
        case .scan(let plan):
            lines.append(indent + "lookup \(plan.atom) via \(describe(plan.access)) ~\(plan.estimate) facts")
        case .join(let steps, let without):
            if steps.count == 1 && without.isEmpty {
                render(steps[0], indent: indent, into: &lines)
                return
            }
            lines.append(indent + "join (ordered by estimated facts)")
            for step in steps { render(step, indent: indent + "  ", into: &lines) }
            for filter in without {
                lines.append(indent + "  without")
                render(filter, indent: indent + "    ", into: &lines)
            }
        case .union(let parts):
            lines.append(indent + "union")
            for part in parts { render(part, indent: indent + "  ", into: &lines) }
        }
    }

    /// One exact lookup: "{object #12, relation say}".
    private func describe(_ pattern: FactPattern) -> String {
        func slot(_ match: ArgumentMatch) -> String? {
            switch match {
            case .any: return nil
            case .entity(let id): return "#\(id)"
            case .head(let word), .word(let word): return "\"\(word)\""
            }
        }
        let parts = [slot(pattern.subject).map { "subject \($0)" }, pattern.relation.map { "relation \($0)" },
                     slot(pattern.object).map { "object \($0)" }].compactMap { $0 }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private func describe(_ access: AtomPlan.Access) -> String {
        func keys(_ keys: [String]?) -> String {
            guard let keys else { return "" }
            let shown = keys.prefix(6).joined(separator: "|")
            return " relation {\(shown)\(keys.count > 6 ? "|…" : "")}"
        }
        switch access {
        case .relation(let relations): return "relation {\(relations.prefix(6).joined(separator: "|"))\(relations.count > 6 ? "|…" : "")}"
        case .entity(let ids, let relations): return "entity #\(ids.map(String.init).joined(separator: ",#"))" + keys(relations)
        case .boundVariable(let name, let relations): return "bound ?\(name)" + keys(relations)
        case .everything: return "every fact"
        case .exact(let patterns): return "index " + patterns.map(describe).joined(separator: " + ")
        }
    }
}

/// Turns conditions into plans: expands relation words, resolves names, and orders joins by the
/// fact source's cardinality estimates so the most selective lookup runs first.
struct QueryPlanner {
    let source: any FactSource
    let forms: WordForms
    /// False for a plan that is run, never printed: an exact lookup that no other atom competes
    /// with is then not estimated (its estimate is 0). Only the join order, the choice between
    /// access paths and `explain` read estimates, and an exact lookup is chosen whatever its
    /// estimate.
    var estimatesEveryLookup = true

    /// plan(condition): atoms become lookups; conjunctions are ordered greedily by estimate,
    /// preferring a step that shares a variable with those already placed.
    func plan(_ condition: Condition) -> PlanNode {
        switch condition {
        case .atom(let atom):
            var estimates = EstimateMemo(remembers: false)
            return .scan(plan(analyze(atom), bound: [], estimates: &estimates, compared: false))
        case .or(let parts):
            return .union(parts.map(plan))
        case .not(let inner):
            return .join([], without: [plan(inner)])
        case .and(let parts):
            // Each atom is analysed once; only its access path depends on what is bound. Its
            // variables are read from its slots where the join order needs them (no list each).
            var remaining: [AtomAnalysis] = []
            remaining.reserveCapacity(parts.count)
            var others: [Condition] = []
            var negative: [PlanNode] = []
            for part in parts {
                switch part {
                case .atom(let atom):
                    remaining.append(analyze(atom))
                case .not(let inner): negative.append(plan(inner))
                default: others.append(part)
                }
            }
            var steps: [PlanNode] = others.map(plan)
            // A handful of variable names: an array searched in order beats hashing them.
            var bound = others.flatMap(\.variables)
            bound.reserveCapacity(4)  // a pattern binds a handful of variables: one allocation
            steps.reserveCapacity(steps.count + remaining.count)
            // The rounds ask the source about the same lookups again ("relation r1" as an
            // exact atom, then as the relation of a bound one): each is asked once.
            var estimates = EstimateMemo()
            Self.orderJoin(&remaining, bound: &bound, binds: { $0.atom.bindsAny(of: $1) },
                           addVariables: { $0.atom.addVariables(to: &$1) }) { analysis, bound, compared in
                let plan = plan(analysis, bound: bound, estimates: &estimates, compared: compared)
                return (plan, plan.estimate)
            } placed: { steps.append(.scan($0)) }
            return .join(steps, without: negative)
        }
    }

    /// orderJoin(atoms): places the atoms one by one, greedily. In each round only the atoms that
    /// share a bound variable compete, if there are any; the first of the smallest estimate is
    /// placed and binds its variables. `plan` plans an atom given what is bound (`compared` is
    /// false when it is the last one left); `placed` receives each chosen plan in order.
    /// O(atoms² plans).
    static func orderJoin<Atom, Plan>(_ remaining: inout [Atom], bound: inout [String], binds: (Atom, [String]) -> Bool,
                                      addVariables: (Atom, inout [String]) -> Void,
                                      plan: (Atom, [String], _ compared: Bool) -> (Plan, estimate: Int),
                                      placed: (Plan) -> Void) {
        while !remaining.isEmpty {
            let anyConnected = remaining.contains { binds($0, bound) }
            var best: (index: Int, plan: Plan, estimate: Int)?
            for (index, atom) in remaining.enumerated() where !anyConnected || binds(atom, bound) {
                let candidate = plan(atom, bound, remaining.count > 1)
                if best == nil || candidate.estimate < best!.estimate { best = (index, candidate.0, candidate.estimate) }
            }
            placed(best!.plan)
            addVariables(remaining[best!.index], &bound)
            remaining.remove(at: best!.index)
        }
    }

    /// What planning one atom needs whatever is bound: its relation keys, phrase matchers and
    /// exact form (names resolved once). A class: every candidate plan of the atom shares it.
    final class AtomAnalysis: Sendable {
        let atom: Atom
        let keys: [(key: String, weight: Double)]
        let inverseKeys: Set<String>
        let subject: PhraseMatcher?
        let object: PhraseMatcher?
        let qualifiers: [(marker: String, matcher: PhraseMatcher?)]
        /// The keys to fetch facts by (with verbs whose preposition is stored apart), nil for any relation.
        let relationFilter: [String]?
        let exact: ExactAtom?

        /// Calls `body` with each phrase matcher of the atom: subject, object, then qualifiers.
        func forEachMatcher(_ body: (PhraseMatcher) -> Void) {
            if let subject { body(subject) }
            if let object { body(object) }
            for qualifier in qualifiers { if let matcher = qualifier.matcher { body(matcher) } }
        }

        init(atom: Atom, keys: [(key: String, weight: Double)], inverseKeys: Set<String>, subject: PhraseMatcher?,
             object: PhraseMatcher?, qualifiers: [(marker: String, matcher: PhraseMatcher?)], relationFilter: [String]?,
             exact: ExactAtom?) {
            self.atom = atom
            self.keys = keys
            self.inverseKeys = inverseKeys
            self.subject = subject
            self.object = object
            self.qualifiers = qualifiers
            self.relationFilter = relationFilter
            self.exact = exact
        }
    }

    /// analyze(atom): the bound-independent part of an atom's plan.
    func analyze(_ written: Atom) -> AtomAnalysis {
        if let idiom = readingIdiom(written) { return analyze(reading: idiom) }
        return analyze(reading: written)  // as written: no copy of the atom until it is stored
    }

    private func analyze(reading atom: Atom) -> AtomAnalysis {
        let keys = relationKeys(atom.relation)
        var inverseKeys: Set<String> = []
        // Only a verb is read both ways (`FactMatcher.relationFit`): a quoted key matches itself.
        let isVerb = if case .verb = atom.relation { true } else { false }
        for (key, _) in keys where isVerb {
            for inverse in Paraphrases.inverses[key] ?? [] where !keys.contains(where: { $0.key == inverse }) {
                inverseKeys.insert(inverse)
            }
        }
        func matcher(_ term: Term?) -> PhraseMatcher? {
            guard case .phrase(let phrase) = term else { return nil }
            return PhraseMatcher(phrase: phrase, source: source, forms: forms)
        }
        let subject = matcher(atom.subject)
        let object = matcher(atom.object)
        let qualifiers = atom.qualifiers.map { (marker: $0.marker, matcher: matcher($0.term)) }
        return AtomAnalysis(atom: atom, keys: keys, inverseKeys: inverseKeys, subject: subject, object: object,
                            qualifiers: qualifiers, relationFilter: Self.relationFilter(keys: keys.map(\.key), inverseKeys: inverseKeys),
                            exact: ExactAtom(atom, subject: subject, object: object))
    }

    /// The keys to fetch an atom's facts by: its relation keys, their inverses, and the verb of a
    /// key that ends in a preposition; nil (any relation) when there are no keys.
    static func relationFilter(keys: [String], inverseKeys: Set<String> = []) -> [String]? {
        if keys.isEmpty && inverseKeys.isEmpty { return nil }
        var relationFilter = keys
        if !inverseKeys.isEmpty { relationFilter += inverseKeys.sorted() }
        // "went to" is stored under "go" (the preposition is in the surface only): fetch by
        // the verb; the matcher checks the preposition.
        for key in relationFilter {
            guard let verb = verbBeforeRelationPreposition(key) else { continue }
            // Copulas keep their preposition in the key ("be at"): no need to read every "be".
            if verb != "be", !relationFilter.contains(verb) { relationFilter.append(verb) }
        }
        return relationFilter
    }

    /// "go" for the key "go to": the words before a final relation preposition, or nil when the
    /// key does not end in one. Reads the key's bytes (no index walking, no substring).
    static func verbBeforeRelationPreposition(_ key: String) -> String? {
        var key = key
        return key.withUTF8 { bytes -> String? in
            guard let space = bytes.lastIndex(of: UInt8(ascii: " ")),
                  FactMatcher.relationPrepositions.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[(space + 1)...]), as: UTF8.self))
            else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<space]), as: UTF8.self)
        }
    }

    /// The lookup for one atom, given which variables earlier steps bind.
    func plan(_ atom: Atom, bound: [String]) -> AtomPlan {
        plan(analyze(atom), bound: bound)
    }

    /// plan(analysis, bound): the cheapest access path by the source's estimates.
    func plan(_ analysis: AtomAnalysis, bound: [String]) -> AtomPlan {
        var estimates = EstimateMemo(remembers: false)
        return plan(analysis, bound: bound, estimates: &estimates)
    }

    /// plan(analysis, bound) with the estimates of earlier plans of the same statement;
    /// `compared` is false when no other atom competes with this one for its place.
    func plan(_ analysis: AtomAnalysis, bound: [String], estimates: inout EstimateMemo, compared: Bool = true) -> AtomPlan {
        let atom = analysis.atom
        let relationFilter = analysis.relationFilter
        func estimate(_ pattern: FactPattern) -> Int { estimates.count(of: pattern, in: source) }
        // Exact lookups read only facts that match; every other access path reads a superset of
        // them (the relation's facts, or the entity's in any role), so none can be cheaper.
        if let exact = analysis.exact, !exact.subject.isBound(in: bound), !exact.object.isBound(in: bound),
           let patterns = exact.patterns(given: .empty) {
            let count = compared || estimatesEveryLookup ? patterns.reduce(0) { $0 + estimate($1) } : 0
            return AtomPlan(analysis: analysis, access: .exact(patterns), estimate: count)
        }
        var entities: [EntityID] = []
        analysis.forEachMatcher { entities += $0.entities.prefix(2) }
        var boundVariables: [String] = []
        func considerBound(_ term: Term?) {
            if let name = term?.variableName, bound.contains(name) { boundVariables.append(name) }
        }
        considerBound(atom.subject)
        considerBound(atom.object)
        for qualifier in atom.qualifiers { considerBound(qualifier.term) }
        guard var chosen = Self.cheapestAccess(relationFilter: relationFilter, entities: entities, boundVariables: boundVariables,
                                               estimates: &estimates, source: source) else {
            return AtomPlan(analysis: analysis, access: .everything, estimate: source.factCount)
        }
        // An entity lookup misses facts that name the entity in words another mention was linked to
        // ("Mahan Air of Iran" for "Mahan Air"); a relation that is not too frequent is read whole,
        // and the phrase matcher compares the words. Quoted names match only their entity or
        // exactly their words, so the entity lookup finds them all.
        if case .entity = chosen.access, let relationFilter, let relationEstimate = chosen.relationEstimate,
           relationEstimate <= Self.smallRelation {
            var everyPhraseQuoted = true
            analysis.forEachMatcher { if $0.quotedText == nil { everyPhraseQuoted = false } }
            if !everyPhraseQuoted { chosen = (.relation(relationFilter), relationEstimate, relationEstimate) }
        }
        return AtomPlan(analysis: analysis, access: chosen.access, estimate: chosen.estimate)
    }

    /// The cheapest way to fetch the candidates of an atom that is not read by an exact lookup,
    /// by the source's estimates: its relations' facts, its named entities' facts, or a lookup
    /// per value of a bound variable; nil when it fixes nothing (every fact). The options are
    /// compared in that order and the first of the smallest estimate is kept (no list of them);
    /// `relationEstimate` is the relations' estimate, when they have keys.
    static func cheapestAccess(relationFilter: [String]?, entities: [EntityID], boundVariables: [String],
                               estimates: inout EstimateMemo, source: any FactSource)
        -> (access: AtomPlan.Access, estimate: Int, relationEstimate: Int?)? {
        func estimate(_ pattern: FactPattern) -> Int { estimates.count(of: pattern, in: source) }
        var best: (access: AtomPlan.Access, estimate: Int)?
        var relationEstimate: Int?
        if let relationFilter {
            let count = relationFilter.reduce(0) { $0 + estimate(FactPattern(relation: $1)) }
            relationEstimate = count
            best = (.relation(relationFilter), count)
        }
        if !entities.isEmpty {
            var count = 0
            for entity in entities {
                count += estimate(FactPattern(subject: .entity(entity))) + estimate(FactPattern(object: .entity(entity)))
                    + estimate(FactPattern(qualifier: .entity(entity)))
            }
            if best == nil || count < best!.estimate { best = (.entity(entities, relations: relationFilter), count) }
        }
        for name in boundVariables {
            // A bound variable is looked up per value; assume a handful of values.
            let perValue = relationFilter.map { $0.count * 4 } ?? 16
            if best == nil || perValue < best!.estimate { best = (.boundVariable(name, relations: relationFilter), perValue) }
        }
        return best.map { ($0.access, $0.estimate, relationEstimate) }
    }

    /// "who took part in the protests": a verb whose one-word object and preposition make a
    /// curated idiom ("take part in" = attend, "hold talks with" = meet) is read as that idiom,
    /// with the preposition's object as its object. Nil when the atom is no such idiom.
    func readingIdiom(_ atom: Atom) -> Atom? {
        guard case .verb(let verb, let particles, let range) = atom.relation, particles.isEmpty,
              case .phrase(let object)? = atom.object, !object.quoted, let noun = object.words.last?.lowercased(),
              object.words.allSatisfy({ $0.lowercased() == noun || EnglishWords.determiners.contains($0.lowercased()) }),
              let qualifier = atom.qualifiers.first else { return nil }
        let idiom = [forms.verbLemma(verb), noun, qualifier.marker].joined(separator: " ")
        guard Paraphrases.relationKeys(equivalentTo: idiom).count > 1 else { return nil }
        var rewritten = atom
        rewritten.relation = .verb(verb, particles: [noun, qualifier.marker], range: range)
        rewritten.object = qualifier.term
        rewritten.qualifiers.removeFirst()
        return rewritten
    }

    /// The relation keys a relation term may be stored under, with their weights.
    func relationKeys(_ relation: RelationTerm) -> [(key: String, weight: Double)] {
        switch relation {
        case .verb(let verb, let particles, _):
            return forms.relationKeys(verb: verb, particles: particles)
        case .copula: return Self.copulaKeys.map { ($0, 1) }
        case .literal(let key, _): return [(key, 1)]
        case .variable: return []
        }
    }

    /// A relation with at most this many facts is scanned rather than looked up by entity.
    static let smallRelation = 400

    /// Relations that describe their subject: "X is Y", titles, appositives.
    static let copulaKeys = ["be", "become", "remain", "serve as", "have title", "title", "be appointed", "be named", "age"]
}
