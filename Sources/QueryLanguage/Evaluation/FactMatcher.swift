import FactModel

/// The role an argument plays in a fact.
enum ArgumentRole: Hashable, Sendable {
    case subject, object
    case qualifier(Int)
}

/// Matches one fact against one planned atom: the relation, each slot's phrase or variable,
/// forgiving swapped roles (passives, "meet with X" stored as object or qualifier) at a cost.
struct FactMatcher {
    let source: any FactSource

    /// How the fact's relation fits: its weight (0 if not), and whether subject and object swap.
    func relationFit(_ fact: Fact, plan: AtomPlan) -> (weight: Double, swapped: Bool) {
        let canonical = fact.predicate.canonical.lowercased()
        let lemma = fact.predicate.lemma.lowercased()
        switch plan.atom.relation {
        case .variable:
            return (1, false)
        case .copula:
            if fact.kind == .copula || fact.kind == .appositive || fact.kind == .title { return (1, false) }
            return QueryPlanner.copulaKeys.contains(canonical) || QueryPlanner.copulaKeys.contains(lemma) ? (0.9, false) : (0, false)
        case .literal(let key, _):
            if canonical == key || lemma == key || fact.predicate.surface.lowercased() == key { return (1, false) }
            return (0, false)
        case .verb:
            // "went to" is stored as lemma "go" with "to" in the surface only; "go to" is its key too.
            var prepositional: String?
            if let last = fact.predicate.surface.lowercased().split(separator: " ").last, Self.relationPrepositions.contains(String(last)) {
                prepositional = lemma + " " + last
            }
            var best = 0.0
            for (key, weight) in plan.relationKeys where key == canonical || key == lemma || key == prepositional {
                best = max(best, weight)
            }
            if best > 0 { return (best, false) }
            if plan.inverseKeys.contains(canonical) || plan.inverseKeys.contains(lemma)
                || prepositional.map(plan.inverseKeys.contains) == true { return (0.85, true) }
            return (0, false)
        }
    }

    /// Ranks by their word ("first" ... "tenth") and written form ("1st" ... "10th").
    static let rankWords: [String: Int] = {
        var ranks: [String: Int] = [:]
        for (index, word) in EnglishWords.ordinalNumbers.enumerated() { ranks[word] = index + 1 }
        for n in 1...10 {
            let suffix = n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th"
            ranks["\(n)\(suffix)"] = n
        }
        return ranks
    }()

    /// True when the question names a rank ("who came in third") and the fact states another
    /// one ("came in second"): the fact says the opposite, so it does not answer, even in part.
    static func contradictsRank(_ plan: AtomPlan, _ fact: Fact) -> Bool {
        let asked = ([plan.object] + plan.qualifiers.map(\.matcher)).compactMap { matcher -> Int? in
            guard let words = matcher?.phrase.words.filter({ !EnglishWords.determiners.contains($0.lowercased()) }),
                  words.count == 1 else { return nil }
            return rankWords[words[0].lowercased()]
        }
        guard !asked.isEmpty else { return false }
        let stated = ([fact.object].compactMap { $0 } + fact.qualifiers.map(\.argument)).compactMap { argument -> Int? in
            guard argument.value?.kind == .ordinal else { return nil }
            return argument.value?.amount.map { Int($0) }
        }
        guard !stated.isEmpty else { return false }
        return !asked.contains { stated.contains($0) }
    }

    /// A qualifier matched at least this well is stated by the fact; below, only in part.
    static let statedPart = 0.8

    /// Prepositions that may end a relation's surface ("was charged with", "has come out against").
    static let relationPrepositions: Set<String> = [
        "to", "with", "for", "from", "in", "on", "at", "by", "of", "into", "about", "against", "over", "after", "through",
        "toward", "towards", "under", "upon", "onto", "across", "between", "among", "around", "within", "without", "behind",
    ]

    /// Every binding of the atom's variables this fact gives, with its score; empty if it does not match.
    /// `negationMatters`: a negated fact does not answer a positive question (yes/no questions decide later).
    func match(_ id: FactID, plan: AtomPlan, given bound: Binding, negationMatters: Bool = true) -> [Binding] {
        let fact = source.fact(id)
        let (relationWeight, swapped) = relationFit(fact, plan: plan)
        guard relationWeight > 0 else { return [] }
        if negationMatters, fact.predicate.negated != plan.atom.negated { return [] }
        if Self.contradictsRank(plan, fact) { return [] }

        // Which fact role the written subject and object take.
        var subjectIsObject = swapped
        // "who arrested ..." against "Mary Jones was arrested in Rome": a passive fact without its
        // agent names nobody who did it, so the question's doer has nothing to match.
        if !plan.atom.passive, !swapped, plan.atom.subject != nil, case .verb = plan.atom.relation,
           fact.predicate.isAgentlessPassive { return [] }
        if plan.atom.passive {
            let patientIsSubject = fact.predicate.isAgentlessPassive
            subjectIsObject = swapped ? patientIsSubject : !patientIsSubject
        }
        var arguments: [(ArgumentRole, Argument)] = [(.subject, fact.subject)]
        if let object = Self.object(of: fact) { arguments.append((.object, object)) }
        for (index, qualifier) in fact.qualifiers.enumerated() { arguments.append((.qualifier(index), qualifier.argument)) }
        let subjectRole: ArgumentRole = subjectIsObject ? .object : .subject
        // A passive question's written object ("who was elected Speaker") is what the patient
        // became or was given, never the doer of an active fact: it is looked for among the
        // fact's other arguments. (A variable there keeps the old reading.)
        let objectIsComplement = plan.atom.passive && subjectIsObject && !swapped && plan.atom.object?.variableName == nil
        let objectRole: ArgumentRole = objectIsComplement ? .qualifier(-1) : subjectIsObject ? .subject : .object

        var score = relationWeight
        var missing = 0
        var used: Set<ArgumentRole> = []
        // The slots variables will bind are not there for a phrase to match ("who secured the
        // delegate from American Samoa": "American Samoa" must not match the subject "he").
        if plan.atom.subject?.variableName != nil { used.insert(subjectRole) }
        if plan.atom.object?.variableName != nil { used.insert(objectRole) }
        let reservedForVariables = used
        var values = bound.values

        // Slots with phrases first (they constrain), then variables.
        func argument(_ role: ArgumentRole) -> Argument? {
            arguments.first { $0.0 == role }?.1
        }
        func bestOther(_ matcher: PhraseMatcher, excluding: Set<ArgumentRole>) -> (ArgumentRole, Double)? {
            var best: (ArgumentRole, Double)?
            for (role, candidate) in arguments where !excluding.contains(role) {
                let value = matcher.score(candidate)
                if value > (best?.1 ?? 0) { best = (role, value) }
            }
            return best
        }
        // The quality of the last phrase match (0 when none).
        var matchedValue = 0.0
        func matchPhrase(_ matcher: PhraseMatcher, role: ArgumentRole, required: Bool, never: Set<ArgumentRole> = []) -> Bool {
            if let argument = argument(role), !used.contains(role) {
                let value = matcher.score(argument)
                if value >= 0.4 {
                    score *= value
                    matchedValue = value
                    used.insert(role)
                    return true
                }
            }
            if matcher.quotedText == nil, let (other, value) = bestOther(matcher, excluding: used.union([role]).union(never)), value >= 0.4 {
                score *= value * 0.75
                matchedValue = value
                used.insert(other)
                return true
            }
            matchedValue = 0
            if required { return false }
            score *= 0.5
            return true
        }

        if let subject = plan.subject, !matchPhrase(subject, role: subjectRole, required: true) { return [] }
        if let object = plan.object, !matchPhrase(object, role: objectRole, required: true, never: objectIsComplement ? [.subject] : []) { return [] }
        if [plan.subject, plan.object].contains(where: { $0.map { placesDiffer($0, fact) } ?? false }) { return [] }
        for qualifier in plan.qualifiers {
            guard let matcher = qualifier.matcher else { continue }
            let markers = Paraphrases.markers(equivalentTo: qualifier.marker)
            let excluded = Paraphrases.exclusiveMarkers[qualifier.marker] ?? []
            var matched = false
            // The question's own words, to find what the sentence says just before them.
            let written = Argument(text: matcher.phrase.words.joined(separator: " "), head: matcher.phrase.words.last ?? "")
            for (qualifierIndex, candidate) in fact.qualifiers.enumerated() where !used.contains(.qualifier(qualifierIndex)) {
                let value = matcher.score(candidate.argument)
                guard value >= 0.4 else { continue }
                if excluded.contains(candidate.marker.lowercased()) || markerPrecedes(excluded, candidate.argument, in: fact)
                    || markerPrecedes(excluded, written, in: fact) { return [] }
                score *= markers.contains(candidate.marker.lowercased()) ? value : value * 0.85
                used.insert(.qualifier(qualifierIndex))
                // Only part of what the question names ("Tuesday" for "Super Tuesday") does not
                // state it.
                if value < Self.statedPart { missing += 1 }
                matched = true
                break
            }
            if !matched, arguments.contains(where: { role, argument in
                (reservedForVariables.contains(role) || !used.contains(role)) && argument.value != nil && matcher.score(argument) >= 0.4
                    && wordsOf(argument.text).contains(qualifier.marker.lowercased())
            }) {
                // "how much did X pay for the plots" against "paid 11.2 million zlotys for three
                // plots": the asked value's own phrase says what it was for.
                matched = true
            }
            if !matched, arguments.contains(where: { used.contains($0.0) && !reservedForVariables.contains($0.0) && matcher.score($0.1) >= 0.4 }) {
                // The qualifier is inside an argument already matched ("the last delegate from
                // American Samoa" as the object), unless the words before it say the opposite
                // ("their campaigns prior to Super Tuesday" for "after Super Tuesday").
                if markerPrecedes(excluded, written, in: fact) { return [] }
                matched = true
            }
            if !matched {
                // "did Cummings vote for the Iraq War" is not stated by "voted against the Iraq War".
                if markerPrecedes(excluded, written, in: fact) { return [] }
                let before = score
                if !matchPhrase(matcher, role: .qualifier(-1), required: false) { return [] }
                // A named place or party the question gives ("from American Samoa") that the fact
                // never mentions counts more against it than a missing common word.
                // A missing qualifier costs more than half: "killed in the collision" should not
                // keep every killing in the corpus beside the one in the collision.
                if score == before * 0.5 {
                    score *= matcher.entities.isEmpty ? 0.8 : 0.6
                    missing += 1
                } else if matchedValue < Self.statedPart {
                    missing += 1
                }
            }
        }

        // Variables: bind, or check against earlier bindings.
        used.subtract(reservedForVariables)
        func bind(_ name: String, to role: ArgumentRole) -> Bool {
            guard let argument = argument(role) else { return false }
            let value = Self.value(of: argument)
            if let existing = values[name] { return existing == value || sameEntity(existing, argument) }
            values[name] = value
            used.insert(role)
            return true
        }
        if case .variable(let name, _) = plan.atom.relation {
            let key = BoundValue.text(fact.predicate.canonical)
            if let existing = values[name], existing != key { return [] }
            values[name] = key
        }
        if let name = plan.atom.subject?.variableName, !name.isEmpty, !bind(name, to: subjectRole) { return [] }
        if let name = plan.atom.object?.variableName, !name.isEmpty {
            if !bind(name, to: objectRole) { return [] }
        }
        /// The number that opens the object a written phrase matched ("9 delegates"), if any.
        func countOfMatchedObject() -> TypedValue? {
            guard case .phrase(let phrase)? = plan.atom.object, !phrase.words.contains(where: { $0.first?.isNumber == true }),
                  used.contains(objectRole), let object = argument(objectRole), let value = object.value,
                  value.kind == .number, object.text.hasPrefix(value.text + " ") else { return nil }
            return value
        }
        var results: [Binding] = []
        var openSlots: [(String, String)] = []  // (variable, marker)
        for qualifier in plan.atom.qualifiers {
            if let name = qualifier.term.variableName, !name.isEmpty { openSlots.append((name, qualifier.marker)) }
        }
        let confidenceFactor = (0.6 + 0.4 * Double(fact.confidence)) * (Self.isPastRole(fact) ? 0.4 : 1)
            * (Self.isUnrealized(fact, asked: plan.atom.relation) ? 0.4 : 1)
        let attributionFactor = fact.attribution == nil ? 1.0 : 0.85
        let base = Binding(
            values: values, score: bound.score * score * confidenceFactor * attributionFactor, support: bound.support.appending(.fact(id)),
            missingParts: bound.missingParts + missing)
        guard !openSlots.isEmpty else { return [base] }
        // A qualifier variable binds each fitting qualifier (or, with an empty marker, any free argument).
        results = [base]
        for (name, marker) in openSlots {
            var next: [Binding] = []
            let markers = Paraphrases.markers(equivalentTo: marker)
            for binding in results {
                if let existing = binding.values[name] {
                    let holds = fact.qualifiers.contains { Self.value(of: $0.argument) == existing }
                    if holds { next.append(binding) }
                    continue
                }
                var roles: [(ArgumentRole, Argument, Double)] = []
                for (index, qualifier) in fact.qualifiers.enumerated() where !used.contains(.qualifier(index)) {
                    if marker.isEmpty || markers.contains(qualifier.marker.lowercased()) {
                        roles.append((.qualifier(index), qualifier.argument, 1))
                    }
                }
                if marker.isEmpty, Paraphrases.describingVerbs.contains(fact.predicate.lemma.lowercased()),
                   let index = fact.qualifiers.firstIndex(where: { $0.marker.lowercased() == "as" }), !used.contains(.qualifier(index)) {
                    // "how did the leaders describe the river": what a verb of describing says it
                    // is, its "as" phrase, not where or when it said so.
                    roles = [(.qualifier(index), fact.qualifiers[index].argument, 1)]
                }
                if roles.isEmpty, plan.atom.passive, subjectIsObject, markers.contains("by"), !used.contains(.subject) {
                    // "who is Monteiro survived by" against (his wife; is survived by; Monteiro):
                    // the agent a passive question asks for is the fact's doer, kept as its subject.
                    roles.append((.subject, fact.subject, 1))
                }
                if marker.isEmpty, let object = Self.object(of: fact), !used.contains(.object), !used.contains(objectRole) || plan.atom.object == nil {
                    roles.append((.object, object, 0.8))
                } else if roles.isEmpty, plan.atom.object == nil, fact.kind != .title, let object = fact.object, !used.contains(.object),
                          relationPreposition(of: fact, among: markers) != nil {
                    // "which party does X belong to" against (X; be of; the Labour Party), "what was X
                    // charged with" against (X; was charged with; three crimes): the preposition went
                    // into the relation, and its object is the fact's object.
                    roles.append((.object, object, 0.7))
                }
                if marker.isEmpty, let count = countOfMatchedObject() {
                    // "how many delegates did Buttigieg earn": the asked noun matched the object
                    // ("9 delegates"), and the number written before it is the answer.
                    roles.append((objectRole, Argument(text: count.text, head: count.text, value: count), 1))
                }
                for (_, argument, weight) in roles {
                    var copy = binding
                    copy.values[name] = Self.value(of: argument)
                    copy.score *= weight
                    next.append(copy)
                }
            }
            results = next
        }
        return results
    }

    /// The preposition that went into the fact's relation: the last word of a lemma of several
    /// ("be of"), or else the one its surface ends with when it is one of `markers` ("was charged
    /// with"; "is made up of", whose lemma "make up" ends with a particle).
    private func relationPreposition(of fact: Fact, among markers: Set<String>) -> Substring? {
        if let last = fact.predicate.lemma.split(separator: " ").dropFirst().last, Self.relationPrepositions.contains(String(last)) {
            return last
        }
        return Self.surfacePreposition(of: fact, among: markers).flatMap { Self.relationPrepositions.contains(String($0)) ? $0 : nil }
    }

    /// The preposition the fact's surface relation ends with ("was charged with"), when it is one
    /// of `markers`. O(surface).
    static func surfacePreposition(of fact: Fact, among markers: Set<String>) -> Substring? {
        guard let last = fact.predicate.surface.lowercased().split(separator: " ").last, markers.contains(String(last)) else { return nil }
        return last
    }

    /// "prior to Super Tuesday" stored with marker "to": read the words before the argument in its sentence.
    private func markerPrecedes(_ markers: Set<String>, _ argument: Argument, in fact: Fact) -> Bool {
        guard !markers.isEmpty else { return false }
        let sentence = wordsOf(source.sentenceText(fact.provenance.sentenceRef))
        let wanted = wordsOf(argument.text)
        guard let start = firstIndex(of: wanted, in: sentence) else { return false }
        let before = sentence[..<start].suffix(3)
        return markers.contains { marker in
            let words = marker.split(separator: " ").map(String.init)
            return before.suffix(words.count).elementsEqual(words) || before.contains(marker)
        }
    }

    private func sameEntity(_ value: BoundValue, _ argument: Argument) -> Bool {
        if case .entity(let id) = value, argument.entity == id { return true }
        if case .text(let text) = value, folded(text) == folded(argument.text) { return true }
        return false
    }

    /// True when the phrase names a place inside it ("the South Carolina primary") and the fact
    /// places its event in or at other places only ("won the primary elections in New Hampshire",
    /// or inside its object: "won the caucus in American Samoa"), without the phrase's place in its
    /// arguments. O(qualifiers + the phrase's names).
    func placesDiffer(_ matcher: PhraseMatcher, _ fact: Fact) -> Bool {
        let names = matcher.phrase.words.dropFirst().filter { $0.first?.isUppercase == true }
        guard !names.isEmpty, names.count < matcher.phrase.words.count - 1 else { return false }
        let asked = Set(source.resolve(name: names.joined(separator: " ")).filter { source.entity($0).type == .place })
        guard !asked.isEmpty else { return false }
        var placed = fact.qualifiers.filter { ["in", "at"].contains($0.marker.lowercased()) }.compactMap(\.argument.entity)
            .filter { source.entity($0).type == .place }
        if let object = fact.object { placed += placesAfterInOrAt(object.text) }
        guard !placed.isEmpty, asked.isDisjoint(with: placed) else { return false }
        let written = folded(names.joined(separator: " "))
        return !fact.arguments.contains { folded($0.text).contains(written) }
    }

    /// The places a phrase names after its last "in" or "at" ("the caucus in American Samoa").
    func placesAfterInOrAt(_ text: String) -> [EntityID] {
        let words = text.split(separator: " ")
        guard let marker = words.lastIndex(where: { $0 == "in" || $0 == "at" }), marker + 1 < words.count else { return [] }
        let name = words[(marker + 1)...].joined(separator: " ").filter { $0 != "," && $0 != "." }
        let withoutArticle = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
        return source.resolve(name: withoutArticle).filter { source.entity($0).type == .place }
    }

    /// A fact's object; a title fact's is its role ("Mayor" in (Eric Garcetti; mayor; of: Los Angeles)).
    static func object(of fact: Fact) -> Argument? {
        if let object = fact.object { return object }
        guard fact.kind == .title else { return nil }
        let role = fact.predicate.surface.isEmpty ? fact.predicate.lemma : fact.predicate.surface
        return Argument(text: role, head: wordsOf(role).last ?? role)
    }

    /// A title fact whose modifier makes it a past role: "former", "ex-", "then-".
    static func isPastRole(_ fact: Fact) -> Bool {
        guard let modality = fact.predicate.modality?.lowercased() else { return false }
        return QuestionAnswerer.formerWords.contains { modality.contains($0) }
    }

    /// Stems of control verbs whose complement did not (yet) happen: "threatened to pull funding"
    /// does not say the funding was pulled, "refused to comply" says the opposite, "asked Lam to
    /// resign" that Lam was asked to.
    static let unrealizedStems = [
        "threat", "refus", "fail", "declin", "ask", "urg", "request", "encourag", "invit", "told", "tell", "order", "call",
        "beg", "advis", "instruct", "implor", "press",
        // "was expected to lose his post", "hoped to win": what was expected, hoped or tried for.
        "expect", "hope", "hoping", "plan", "want", "seek", "sought", "intend", "aim", "tried", "try", "trying", "wish",
        // "The law must still be signed by the President": what must or should yet be done.
        "must", "should", "ought", "need",
    ]

    /// A fact whose relation is the complement of such a verb, asked about without that verb:
    /// "who cut off funding" is not answered by "X threatened to pull funding".
    static func isUnrealized(_ fact: Fact, asked relation: RelationTerm) -> Bool {
        guard let modality = fact.predicate.modality?.lowercased() else { return false }
        let words = wordsOf(modality)
        guard words.contains(where: { word in unrealizedStems.contains { word.hasPrefix($0) } }) else { return false }
        if case .verb(let verb, _, _) = relation {
            let asked = verb.lowercased()
            if words.contains(where: { $0.hasPrefix(String(asked.prefix(4))) }) { return false }
        }
        return true
    }

    /// The value an argument binds: its entity, its typed value, or its text.
    static func value(of argument: Argument) -> BoundValue {
        if let entity = argument.entity { return .entity(entity) }
        if let value = argument.value { return .text(value.text) }
        return .text(argument.text)
    }
}

/// Where a word sequence first occurs in another, if it does. O(n·m) on short sentences.
func firstIndex(of needle: [String], in haystack: [String]) -> Int? {
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
        if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
    }
    return nil
}
