import FactModel

// The syntax tree: what the user wrote, resolved to nothing yet. The planner turns it into a plan.

/// A noun phrase or name as written: "the closed-door meeting", "Dunn's mother", "Los Angeles".
public struct Phrase: Hashable, Sendable {
    /// The words in order; a possessive is its own word `'s`.
    public var words: [String]
    public var range: SourceRange
    /// Written as a quoted string: matched exactly, not word by word.
    public var quoted: Bool

    public init(words: [String], range: SourceRange, quoted: Bool = false) {
        self.words = words
        self.range = range
        self.quoted = quoted
    }

    /// The phrase as a person reads it: "Dunn's mother".
    public var text: String {
        if words.count == 1 { return words[0] }  // a quoted string or a one-word name: no copy
        var result = ""
        for word in words {
            if word == "'s" || result.isEmpty { result += word } else { result += " " + word }
        }
        return result
    }
}

/// One slot of a pattern: a variable to bind or a phrase to match.
public enum Term: Hashable, Sendable {
    case variable(String, SourceRange)
    case phrase(Phrase)

    public var range: SourceRange {
        switch self {
        case .variable(_, let range): return range
        case .phrase(let phrase): return phrase.range
        }
    }

    var variableName: String? {
        if case .variable(let name, _) = self { return name }
        return nil
    }
}

/// The relation slot of a pattern.
public enum RelationTerm: Hashable, Sendable {
    /// A verb as written with its particles: "attends", ["off"] for "cut off".
    case verb(String, particles: [String], range: SourceRange)
    /// "is", "are", "was": the subject is described by the object (title, class, description).
    case copula(range: SourceRange)
    /// A relation key in quotes, matched exactly: "meet with".
    case literal(String, range: SourceRange)
    /// Any relation, bound to a variable.
    case variable(String, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .verb(_, _, let range), .copula(let range), .literal(_, let range), .variable(_, let range): return range
        }
    }
}

/// A prepositional slot: "at the meeting", "in ?city", or a stranded "for" whose object is asked.
public struct QualifierTerm: Hashable, Sendable {
    /// The preposition, lower-cased: "at", "of", "prior to".
    public var marker: String
    public var term: Term
}

/// One clause pattern: subject, relation, object and qualifiers, any of them open.
public struct Atom: Hashable, Sendable {
    public var subject: Term?
    public var relation: RelationTerm
    public var object: Term?
    public var qualifiers: [QualifierTerm]
    /// Written in the passive ("was killed"): the subject as written is the fact's object.
    public var passive: Bool
    public var negated: Bool
    public var range: SourceRange

    /// True when one of the atom's variables is among `names` (a short list searched in order;
    /// no list of the atom's own variables is built).
    func bindsAny(of names: [String]) -> Bool {
        func among(_ name: String?) -> Bool { name.map { names.contains($0) } ?? false }
        if among(subject?.variableName) || among(object?.variableName) { return true }
        if case .variable(let name, _) = relation, names.contains(name) { return true }
        return qualifiers.contains { among($0.term.variableName) }
    }

    /// Appends the atom's variables that `seen` lacks.
    func addVariables(to seen: inout [String]) {
        func add(_ name: String?) { if let name, !seen.contains(name) { seen.append(name) } }
        add(subject?.variableName)
        if case .variable(let name, _) = relation { add(name) }
        add(object?.variableName)
        for qualifier in qualifiers { add(qualifier.term.variableName) }
    }
}

/// A boolean combination of clause patterns.
public indirect enum Condition: Hashable, Sendable {
    case atom(Atom)
    case and([Condition])
    case or([Condition])
    case not(Condition)

    /// Every variable the condition binds, in order of first appearance.
    var variables: [String] {
        var seen: [String] = []
        seen.reserveCapacity(4)
        addVariables(to: &seen)
        return seen
    }

    /// Appends the condition's variables that `seen` lacks, in order of first appearance.
    func addVariables(to seen: inout [String]) {
        switch self {
        case .atom(let atom): atom.addVariables(to: &seen)
        case .and(let parts), .or(let parts): for part in parts { part.addVariables(to: &seen) }
        case .not: break  // a negated pattern binds nothing
        }
    }
}

/// `order by ?x desc`.
public struct Ordering: Hashable, Sendable {
    /// The variable, or nil for the count column.
    public var variable: String?
    public var descending: Bool
}

/// A power-user pattern: `count ?x where ?x attend meeting order by ?x limit 5`.
public struct PatternQuery: Hashable, Sendable {
    public enum Aggregate: Hashable, Sendable { case count, distinct }
    public var aggregate: Aggregate?
    /// The variables to show; empty means every variable of the condition.
    public var projection: [String]
    public let condition: Condition
    /// The variables `condition` binds, in order of first appearance (found once, by the parser).
    let conditionVariables: [String]
    public var ordering: [Ordering]
    public var limit: Int?
}

/// What kind of answer a question asks for.
public enum AnswerKind: Hashable, Sendable {
    /// who / whom: people, organizations and groups.
    case agent
    /// what: anything (a phrase, a quote, an entity).
    case thing
    /// which / what + noun: entities or phrases headed by that noun ("which states").
    case kind(Phrase)
    /// whose + noun: the possessor of the noun.
    case possessor(Phrase)
    case place
    case time
    /// how many [noun].
    case count(Phrase?)
    /// how much [noun]: amounts of money or quantities.
    case amount(Phrase?)
    /// how old.
    case age
    /// how long: durations and quantities.
    case duration
    /// how far / fast / high / big ...: a measured quantity (distance, speed, size).
    case measure
    /// how + auxiliary ("how did the legislature vote"): the manner or means, read from the
    /// clause's other arguments.
    case manner
    /// why + auxiliary ("why did the league suspend its season"): the reason, read from the
    /// clause's "due to", "because of", ... arguments or the sentences.
    case reason
    /// A yes/no question.
    case truth

    /// "how many ...", "how much ...": a number or an amount is asked.
    var asksForNumber: Bool {
        switch self {
        case .count, .amount: return true
        default: return false
        }
    }

    /// The counted phrase of "how many justices" or "how much money"; nil for other kinds.
    var countedPhrase: Phrase? {
        switch self {
        case .count(let phrase?), .amount(let phrase?): return phrase
        default: return nil
        }
    }
}

/// A question as asked: the clause, which slot it asks about, and what kind of answer fits.
public struct Question: Hashable, Sendable {
    public enum Form: Hashable, Sendable {
        /// A clause with an open slot bound to `Question.answerVariable`.
        case clause(Atom)
        /// `who is X` / `what is X`: the titles, roles or descriptions of X; also `who is the mayor of Y`.
        case identity(Phrase)
        /// `what did X say [about Y]`: quotes with attribution.
        case quotes(speaker: Phrase, verb: String, about: Phrase?, listener: Phrase?)
        /// `did X ...` / `is X Y`.
        case yesNo(Atom)
    }
    public var kind: AnswerKind
    public var form: Form
    /// Every word of the question, for the sentence fallback.
    public var words: [QueryToken]
    public var range: SourceRange
    /// "which senator | from Florida": a place the asked kind is tied to; answers tied to it are
    /// kept when any is (`PlaceTieFilter`).
    public var kindPlace: QualifierTerm? = nil
    /// The clause adverbs the question was read without ("originally", "still"), lower-cased:
    /// they say nothing the facts hold, but some tell which of two answers is meant.
    public var adverbs: [String] = []

    /// The variable a question's open slot binds.
    public static let answerVariable = "answer"

    /// "on which show did X make the announcement": the asked slot is the argument after
    /// `marker` (a qualifier, or the object moved to one).
    mutating func markAskedSlot(_ marker: String) {
        guard case .clause(var atom) = form else { return }
        if let index = atom.qualifiers.firstIndex(where: { $0.term.variableName == Self.answerVariable }) {
            atom.qualifiers[index].marker = marker
        } else if let object = atom.object, object.variableName == Self.answerVariable {
            atom.object = nil
            atom.qualifiers.append(QualifierTerm(marker: marker, term: object))
        }
        form = .clause(atom)
    }
}

/// A browsing command.
public enum Command: Hashable, Sendable {
    case describe(Phrase)
    case entities(EntityType?)
    /// `relations` or `relations of X` (the relations X is the subject of, with counts).
    case relations(of: Phrase?)
    case sentences(with: String, range: SourceRange)
    case sources
}

/// One statement: a question, a pattern or a command, possibly under `explain`.
public struct Statement: Hashable, Sendable {
    public enum Body: Hashable, Sendable {
        case question(Question)
        case pattern(PatternQuery)
        case command(Command)
    }
    public var body: Body
    public var explain: Bool
    public var range: SourceRange
}
