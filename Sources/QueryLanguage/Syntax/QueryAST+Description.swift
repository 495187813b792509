// Every syntax node prints itself in pattern form, so `explain` and golden tests show how a
// question was understood: `(?answer attend "meeting")`.

extension Phrase: CustomStringConvertible {
    public var description: String { "\"\(text)\"" }
}

extension Term: CustomStringConvertible {
    public var description: String {
        switch self {
        case .variable(let name, _): return name.isEmpty ? "_" : "?\(name)"
        case .phrase(let phrase): return phrase.description
        }
    }
}

extension RelationTerm: CustomStringConvertible {
    public var description: String {
        switch self {
        case .verb(let verb, let particles, _): return ([verb.lowercased()] + particles).joined(separator: " ")
        case .copula: return "is"
        case .literal(let key, _): return "\"\(key)\""
        case .variable(let name, _): return "?\(name)"
        }
    }
}

extension Atom: CustomStringConvertible {
    public var description: String {
        var parts = [subject?.description ?? "_"]
        if negated { parts.append("not") }
        parts.append(passive ? "\(relation) [passive]" : relation.description)
        if let object { parts.append(object.description) }
        for qualifier in qualifiers {
            parts.append(qualifier.marker.isEmpty ? "[\(qualifier.term)]" : "\(qualifier.marker): \(qualifier.term)")
        }
        return "(" + parts.joined(separator: " ") + ")"
    }
}

extension Condition: CustomStringConvertible {
    public var description: String {
        switch self {
        case .atom(let atom): return atom.description
        case .and(let parts): return parts.map(\.description).joined(separator: " and ")
        case .or(let parts): return "(" + parts.map(\.description).joined(separator: " or ") + ")"
        case .not(let inner): return "not " + inner.description
        }
    }
}

extension AnswerKind: CustomStringConvertible {
    public var description: String {
        switch self {
        case .agent: return "person or organization"
        case .thing: return "anything"
        case .kind(let noun): return "kind \(noun)"
        case .possessor(let noun): return "possessor of \(noun)"
        case .place: return "place"
        case .time: return "time"
        case .count(let noun): return noun.map { "number of \($0)" } ?? "number"
        case .amount(let noun): return noun.map { "amount of \($0)" } ?? "amount"
        case .age: return "age"
        case .duration: return "duration"
        case .measure: return "measure"
        case .manner: return "manner"
        case .reason: return "reason"
        case .truth: return "yes or no"
        }
    }
}

extension Question: CustomStringConvertible {
    public var description: String {
        let asking = kindPlace.map { "\(kind) \($0.marker) \($0.term)" } ?? "\(kind)"
        switch form {
        case .clause(let atom): return "question \(atom) asking \(asking)"
        case .identity(let phrase): return "question identity \(phrase) asking \(asking)"
        case .quotes(let speaker, let verb, let about, let listener):
            var text = "question quotes by \(speaker) (\(verb))"
            if let listener { text += " to \(listener)" }
            if let about { text += " about \(about)" }
            return text
        case .yesNo(let atom): return "question yes-no \(atom)"
        }
    }
}

extension PatternQuery: CustomStringConvertible {
    public var description: String {
        var parts: [String] = []
        if let aggregate { parts.append(aggregate == .count ? "count" : "distinct") }
        if !projection.isEmpty { parts.append(projection.map { "?\($0)" }.joined(separator: ", ") + " where") }
        parts.append(condition.description)
        for order in ordering {
            parts.append("order by \(order.variable.map { "?\($0)" } ?? "count")\(order.descending ? " desc" : "")")
        }
        if let limit { parts.append("limit \(limit)") }
        return "pattern " + parts.joined(separator: " ")
    }
}

extension Command: CustomStringConvertible {
    public var description: String {
        switch self {
        case .describe(let name): return "describe \(name)"
        case .entities(let type): return "entities" + (type.map { " \($0.rawValue)" } ?? "")
        case .relations(let of): return "relations" + (of.map { " of \($0)" } ?? "")
        case .sentences(let word, _): return "sentences with \"\(word)\""
        case .sources: return "sources"
        }
    }
}

extension Statement: CustomStringConvertible {
    public var description: String {
        let inner: String
        switch body {
        case .question(let question): inner = question.description
        case .pattern(let pattern): inner = pattern.description
        case .command(let command): inner = command.description
        }
        return explain ? "explain \(inner)" : inner
    }
}
