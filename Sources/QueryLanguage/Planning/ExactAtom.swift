import FactModel

/// An atom whose every fixed slot is an entity (a quoted name) and whose relation is a literal
/// key or a variable: the store's indexes give exactly the facts it matches, so evaluation can
/// bind variables from the fact records without reading whole facts or comparing words.
struct ExactAtom: Sendable {
    /// What fills one argument slot.
    enum Slot: Sendable {
        /// The entities a quoted name resolved to (its best two).
        case entities(EntityPair)
        /// A variable; if an earlier step bound it to an entity, it is looked up as that entity.
        case variable(String)
        /// Not written at all: any argument, or none.
        case open
    }

    /// The first one or two entities of a quoted name, kept inline (no list per slot).
    struct EntityPair: Sendable {
        var first: EntityID
        var second: EntityID?

        /// The first two of `ids` (not empty).
        init(_ ids: [EntityID]) {
            first = ids[0]
            second = ids.count > 1 ? ids[1] : nil
        }
    }

    var subject: Slot
    /// The relation key, or nil when the relation is a variable (named by `relationVariable`).
    var relation: String?
    var relationVariable: String?
    var object: Slot

    /// The exact form of an atom, or nil when matching it needs the phrase matcher: qualifiers,
    /// a passive, a verb to expand, an unquoted phrase, a name that resolves to nothing, or one
    /// variable in two slots.
    init?(_ atom: borrowing Atom, subject subjectMatcher: PhraseMatcher?, object objectMatcher: PhraseMatcher?) {
        func entities(_ matcher: PhraseMatcher?) -> [EntityID]? {
            guard let matcher, matcher.quotedText != nil, !matcher.entities.isEmpty else { return nil }
            return matcher.entities
        }
        self.init(atom, subjectEntities: { entities(subjectMatcher) }, objectEntities: { entities(objectMatcher) })
    }

    /// The exact form of an atom as written, its quoted names resolved by
    /// `PhraseMatcher.entities(ofQuoted:source:)`: the same as above with the atom's matchers,
    /// without making them.
    init?(written atom: borrowing Atom, source: any FactSource) {
        func entities(_ term: Term?) -> [EntityID]? {
            guard case .phrase(let phrase)? = term else { return nil }
            return PhraseMatcher.entities(ofQuoted: phrase, source: source)
        }
        self.init(atom, subjectEntities: { entities(atom.subject) }, objectEntities: { entities(atom.object) })
    }

    /// The exact form of an atom whose quoted names' entities the closures give (nil: no
    /// quoted name, or one that resolves to nothing); they are called only for a phrase slot.
    private init?(_ atom: borrowing Atom, subjectEntities: () -> [EntityID]?, objectEntities: () -> [EntityID]?) {
        guard atom.qualifiers.isEmpty, !atom.passive else { return nil }
        switch atom.relation {
        case .literal(let key, _): relation = key
        case .variable(let name, _): relationVariable = name.isEmpty ? nil : name
        case .verb, .copula: return nil
        }
        func slot(_ term: Term?, _ entities: () -> [EntityID]?) -> Slot? {
            guard let term else { return .open }
            if let name = term.variableName { return name.isEmpty ? .open : .variable(name) }
            guard let found = entities() else { return nil }
            return .entities(EntityPair(found))
        }
        guard let subject = slot(atom.subject, subjectEntities), let object = slot(atom.object, objectEntities) else { return nil }
        self.subject = subject
        self.object = object
        let (s, o, r) = (subject.variableName, object.variableName, relationVariable)
        if (s != nil && (s == o || s == r)) || (o != nil && o == r) { return nil }
        if relation == nil, subject.isOpenOrVariable, object.isOpenOrVariable { return nil }
    }

    /// What the atom's lookups depend on under a binding: the entity each variable slot is bound
    /// to (`unbound` when it is free or fixed by the atom itself). Equal keys mean equal lookups.
    struct LookupKey: Hashable {
        static let unbound: Int64 = -1
        var subject: Int64
        var object: Int64
    }

    /// The key of the lookups under `binding`; nil exactly when `patterns(given:)` is nil. O(1).
    func lookupKey(given binding: Binding) -> LookupKey? {
        func id(_ slot: Slot) -> Int64? {
            guard case .variable(let name) = slot else { return LookupKey.unbound }
            switch binding.values[name] {
            case nil: return LookupKey.unbound
            case .entity(let entity): return Int64(entity)
            case .text: return nil
            }
        }
        if let relationVariable, binding.values[relationVariable] != nil { return nil }
        guard let subject = id(subject), let object = id(object) else { return nil }
        return LookupKey(subject: subject, object: object)
    }

    /// The lookups that fetch the atom's facts under one binding: most often one (no list).
    enum Lookups {
        case one(FactPattern)
        /// One per combination of a quoted name's entities.
        case several([FactPattern])
    }

    /// The lookups that fetch the atom's facts under `binding`; nil when a variable it looks up
    /// by is bound to text rather than an entity (the phrase matcher compares the words).
    func patterns(given binding: Binding) -> [FactPattern]? {
        switch lookups(given: binding) {
        case nil: return nil
        case .one(let pattern): return [pattern]
        case .several(let patterns): return patterns
        }
    }

    /// `patterns(given:)` without a list for the common single lookup.
    func lookups(given binding: Binding) -> Lookups? {
        /// The slot's matches: one (`single`), or one per entity of a quoted name of two; nil when bound to text.
        func matches(_ slot: Slot) -> (single: ArgumentMatch?, pair: EntityPair?)? {
            switch slot {
            case .open: return (.any, nil)
            case .entities(let pair): return pair.second == nil ? (.entity(pair.first), nil) : (nil, pair)
            case .variable(let name):
                switch binding.values[name] {
                case nil: return (.any, nil)
                case .entity(let id): return (.entity(id), nil)
                case .text: return nil
                }
            }
        }
        func all(_ matches: (single: ArgumentMatch?, pair: EntityPair?)) -> [ArgumentMatch] {
            if let single = matches.single { return [single] }
            return [.entity(matches.pair!.first), .entity(matches.pair!.second!)]
        }
        if let relationVariable, binding.values[relationVariable] != nil { return nil }
        guard let subjects = matches(subject), let objects = matches(object) else { return nil }
        // The common case, one lookup, builds no lists.
        if let s = subjects.single, let o = objects.single { return .one(FactPattern(subject: s, relation: relation, object: o)) }
        let subjectMatches = all(subjects)
        let objectMatches = all(objects)
        var patterns: [FactPattern] = []
        patterns.reserveCapacity(subjectMatches.count * objectMatches.count)
        for s in subjectMatches {
            for o in objectMatches { patterns.append(FactPattern(subject: s, relation: relation, object: o)) }
        }
        return .several(patterns)
    }
}

extension ExactAtom.Slot {
    var variableName: String? {
        if case .variable(let name) = self { return name }
        return nil
    }

    /// True when a variable in this slot is among `bound` (a short list searched in order).
    func isBound(in bound: [String]) -> Bool {
        guard case .variable(let name) = self else { return false }
        return bound.contains(name)
    }

    var isOpenOrVariable: Bool {
        if case .entities = self { return false }
        return true
    }
}
