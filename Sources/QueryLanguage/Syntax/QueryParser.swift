import FactModel

/// Parses query text into statements by recursive descent.
///
/// Conventions, so a reader can trust every function below without reading the others:
/// - The parser works on the whole token array from `QueryLexer`; `position` indexes the current
///   token, which is always valid because the array ends with `.end`.
/// - Each `parseX` function implements one grammar rule, written as EBNF in its doc comment and
///   collected in docs/query-language.md. It starts at the rule's first token and leaves
///   `position` just after the rule's last token.
/// - `at(...)` only looks; `eat(...)` consumes when the token matches and says whether it did;
///   `expect...` consumes or throws a diagnostic. Only functions that consume are `mutating`.
/// - Errors are thrown as `Diagnostic`s (from `QueryDiagnostics`, never worded here) and caught at
///   the statement level, which then skips to the next statement separator ("synchronize"), so a
///   script reports every bad statement, not just the first.
/// - Natural questions have no keywords between their phrases, so phrase boundaries come from
///   closed word classes (`EnglishWords`): determiners, prepositions, auxiliaries, capitals.
/// - Every loop checks that it consumed a token on each pass (`ProgressGuard`), and nesting through
///   parentheses and `not` is capped at `nestingLimit`, so no input can hang or overflow the parser.
public struct QueryParser {
    /// How deep parentheses and `not` may nest.
    public static let nestingLimit = 32

    private let tokens: [QueryToken]
    private var position = 0
    private var depth = 0
    /// Checks that each statement (or skipped separator) of the script consumed a token.
    private var scriptProgress = ProgressGuard()
    /// The variables the pattern being parsed binds, in order of first appearance, gathered
    /// from its atoms as they are parsed (`Condition.variables` would copy each atom out of the
    /// tree again), and how many `not`s enclose the current atom (a negated atom binds nothing).
    private var patternVariables: [String] = []
    private var negations = 0

    /// The clause adverbs read out of the tokens (`ClauseAdverbs`), kept for the questions they
    /// were written in.
    private let clauseAdverbs: [QueryToken]

    /// The dictionary's word classes of a lowercase base form, when the caller has a dictionary:
    /// it tells the verb inside a run of lower-case words ("did the embassy | waive immunity").
    private let wordClasses: (@Sendable (String) -> Set<WordClass>?)?

    public init(tokens: [QueryToken], wordClasses: (@Sendable (String) -> Set<WordClass>?)? = nil) {
        (self.tokens, self.clauseAdverbs) = ClauseAdverbs.split(tokens, wordClasses: wordClasses)
        self.wordClasses = wordClasses
    }

    /// Parses every statement of `text`: one result per non-empty statement, in order.
    public static func parse(_ text: String, firstLine: Int = 1,
                             wordClasses: (@Sendable (String) -> Set<WordClass>?)? = nil) -> [Result<Statement, Diagnostic>] {
        var parser = QueryParser(tokens: QueryLexer.tokenize(text, firstLine: firstLine), wordClasses: wordClasses)
        return parser.parseScript()
    }

    // MARK: Token helpers

    private var current: QueryToken { tokens[position] }
    private func peek(_ ahead: Int) -> QueryToken { tokens[min(position + ahead, tokens.count - 1)] }
    private var previous: QueryToken { tokens[previousIndex] }
    private var previousIndex: Int { max(position - 1, 0) }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private func at(_ keyword: String) -> Bool { current.isWord(keyword) }

    private mutating func eat(_ keyword: String) -> Bool {
        guard at(keyword) else { return false }
        advance()
        return true
    }

    /// True at the end of a statement: `;`, a line break, the end, or a final `?`.
    private var atStatementEnd: Bool {
        switch current.kind {
        case .separator, .end: return true
        case .questionMark: return peek(1).kind == .separator || peek(1).kind == .end
        default: return false
        }
    }

    private var atWord: Bool { current.kind == .word || current.kind == .number }
    private var lowered: String { current.lowered }

    /// Rejects tokens the lexer could not make sense of, wherever they appear.
    private func checkLexical(_ token: QueryToken) throws(Diagnostic) {
        switch token.kind {
        case .invalid: throw QueryDiagnostics.unexpectedCharacter(token)
        case .unterminatedString: throw QueryDiagnostics.unterminatedString(token)
        default: break
        }
    }

    private func range(from start: QueryToken) -> SourceRange {
        range(from: start.range.start)
    }

    /// From `start` to the end of the last token consumed.
    private func range(from start: SourcePosition) -> SourceRange {
        SourceRange(start: start, end: tokens[previousIndex].range.end)
    }

    // MARK: Script and statements

    /// script = [ statement ] { separator [ statement ] } end ;
    public mutating func parseScript() -> [Result<Statement, Diagnostic>] {
        var results: [Result<Statement, Diagnostic>] = []
        while let result = parseNextStatement() { results.append(result) }
        return results
    }

    /// The script's next non-empty statement, or nil at the end: one step of `parseScript`, so a
    /// caller can evaluate each statement as it is parsed, without a list of them.
    public mutating func parseNextStatement() -> Result<Statement, Diagnostic>? {
        while current.kind == .separator {
            scriptProgress.check(position)
            advance()
        }
        if current.kind == .end { return nil }
        scriptProgress.check(position)
        do throws(Diagnostic) {
            return .success(try parseStatement())
        } catch {
            synchronize()
            return .failure(error)
        }
    }

    /// Skips to just past the end of the statement that failed.
    private mutating func synchronize() {
        var parentheses = 0
        var progress = ProgressGuard()
        while current.kind != .end {
            progress.check(position)
            switch current.kind {
            case .leftParen: parentheses += 1
            case .rightParen: parentheses = max(0, parentheses - 1)
            case .separator where parentheses == 0 || current.text == ";":
                advance()
                return
            default: break
            }
            advance()
        }
    }

    /// statement = [ "explain" ] ( command | pattern_query | question ) ;
    mutating func parseStatement() throws(Diagnostic) -> Statement {
        let start = current.range.start
        let explain = eat("explain")
        let body: Statement.Body
        if let command = try parseCommand() {
            body = .command(command)
        } else if looksLikePattern() {
            body = .pattern(try parsePatternQuery())
        } else if atWord, EnglishWords.whWords.contains(lowered) || EnglishWords.auxiliaries.contains(lowered) || at("since")
                    || startsWithPiedPipedPreposition {
            var question = try parseQuestion()
            let end = current.range.start
            question.adverbs = clauseAdverbs.filter { $0.range.start >= start && $0.range.start < end }.map(\.lowered)
            body = .question(question)
        } else {
            try checkLexical(current)
            throw QueryDiagnostics.expectedStatement(current)
        }
        try expectStatementEnd(after: body)
        return Statement(body: body, explain: explain, range: range(from: start))
    }

    private mutating func expectStatementEnd(after body: Statement.Body) throws(Diagnostic) {
        if current.kind == .questionMark { advance() }
        guard current.kind == .separator || current.kind == .end else {
            try checkLexical(current)
            if current.kind == .rightParen { throw QueryDiagnostics.unmatchedParenthesis(current) }
            let what: String
            switch body {
            case .question: what = "the end of the question"
            case .pattern: what = "the end of the pattern"
            case .command: what = "the end of the command"
            }
            throw QueryDiagnostics.unexpectedToken(current, after: what)
        }
        if current.kind == .separator { advance() }
    }

    /// A statement is a pattern when it starts with `count`/`distinct`/`(`/`not`, or holds a variable.
    private func looksLikePattern() -> Bool {
        if at("count") || at("distinct") || current.kind == .leftParen || at("not") { return true }
        var index = position
        var parentheses = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .variable: return true
            case .leftParen: parentheses += 1
            case .rightParen: parentheses -= 1
            case .separator where parentheses <= 0: return false
            case .end: return false
            default: break
            }
            index += 1
        }
        return false
    }

    // MARK: Commands

    /// command = "describe" name | entity_list | "relations" [ "of" name ]
    ///         | "sentences" ( "with" | "containing" ) ( string | word ) | "sources" ;
    /// entity_list = "entities" [ "people" | "organizations" | "places" | "groups" ]
    ///             | "people" | "organizations" | "places" | "groups" ;
    mutating func parseCommand() throws(Diagnostic) -> Command? {
        guard atWord else { return nil }
        let keyword = current
        switch lowered {
        case "describe":
            advance()
            return .describe(try parseName(after: keyword))
        case "entities":
            advance()
            if atStatementEnd { return .entities(nil) }
            guard let type = Self.entityType(named: lowered) else {
                throw QueryDiagnostics.expectedKeyword("people', 'organizations' or 'places", after: keyword, found: current)
            }
            advance()
            return .entities(type)
        case "people", "persons", "organizations", "organisations", "places", "groups":
            guard peek(1).kind == .separator || peek(1).kind == .end else { return nil }
            advance()
            return .entities(Self.entityType(named: keyword.lowered))
        case "relations":
            advance()
            if eat("of") || eat("for") { return .relations(of: try parseName(after: previous)) }
            return .relations(of: nil)
        case "sentences":
            advance()
            guard eat("with") || eat("containing") else {
                throw QueryDiagnostics.expectedKeyword("with", after: keyword, found: current)
            }
            let marker = previous
            try checkLexical(current)
            guard current.kind == .string || atWord else {
                throw QueryDiagnostics.expectedString(after: marker, found: current)
            }
            let word = current
            advance()
            return .sentences(with: word.text, range: word.range)
        case "sources", "documents":
            guard peek(1).kind == .separator || peek(1).kind == .end else { return nil }
            advance()
            return .sources
        default:
            return nil
        }
    }

    private static func entityType(named word: String) -> EntityType? {
        switch word {
        case "people", "persons", "person": return .person
        case "organizations", "organisations", "organization": return .organization
        case "places", "place": return .place
        case "groups", "group": return .group
        default: return nil
        }
    }

    /// name = string | word { word | "'s" } ;
    private mutating func parseName(after keyword: QueryToken) throws(Diagnostic) -> Phrase {
        try checkLexical(current)
        if current.kind == .string {
            let token = current
            advance()
            return Phrase(words: [token.text], range: token.range, quoted: true)
        }
        let name = parseWordRun(includingStrings: false)
        guard !name.words.isEmpty else { throw QueryDiagnostics.expectedName(after: keyword, found: current) }
        return name
    }

    // MARK: Patterns

    /// pattern_query = [ "count" | "distinct" ] [ variable { [ "," ] variable } "where" ] condition { modifier } ;
    mutating func parsePatternQuery() throws(Diagnostic) -> PatternQuery {
        var aggregate: PatternQuery.Aggregate?
        if eat("count") { aggregate = .count } else if eat("distinct") { aggregate = .distinct }
        // The names only: their tokens are found again if one turns out unbound.
        var projection: [String] = []
        let projectionStart = position
        if current.kind == .variable, hasWhereAhead() {
            var progress = ProgressGuard()
            while current.kind == .variable {
                progress.check(position)
                projection.append(current.text)
                advance()
                if current.kind == .comma { advance() }
            }
            guard eat("where") else { throw QueryDiagnostics.expectedKeyword("where", after: previous, found: current) }
        } else if aggregate != nil, eat("where") {
            // `count where ...`: count every binding.
        }
        guard !atStatementEnd else { throw QueryDiagnostics.expectedCondition(after: previous, found: current) }
        patternVariables = []
        patternVariables.reserveCapacity(4)
        let condition = try parseCondition()
        var ordering: [Ordering] = []
        var limit: Int?
        var progress = ProgressGuard()
        while !atStatementEnd {
            progress.check(position)
            if at("order") {
                let order = current
                advance()
                guard eat("by") else { throw QueryDiagnostics.expectedKeyword("by", after: order, found: current) }
                ordering.append(try parseOrdering(after: previous))
                while current.kind == .comma {
                    advance()
                    ordering.append(try parseOrdering(after: previous))
                }
            } else if at("limit") {
                let keyword = current
                advance()
                guard current.kind == .number, let value = Int(current.text.filter { $0 != "," }) else {
                    throw QueryDiagnostics.expectedNumber(after: keyword, found: current)
                }
                limit = value
                advance()
            } else {
                try checkLexical(current)
                if current.kind == .rightParen { throw QueryDiagnostics.unmatchedParenthesis(current) }
                throw QueryDiagnostics.unexpectedToken(current, after: "the end of the pattern")
            }
        }
        let bound = patternVariables  // = condition.variables
        if projection.contains(where: { !bound.contains($0) }) {
            throw QueryDiagnostics.unboundVariable(firstUnbound(from: projectionStart, bound: bound))
        }
        return PatternQuery(
            aggregate: aggregate, projection: projection, condition: condition, conditionVariables: bound,
            ordering: ordering, limit: limit)
    }

    /// The first variable of the projection starting at token `start` that `bound` lacks (the
    /// caller knows there is one).
    private func firstUnbound(from start: Int, bound: [String]) -> QueryToken {
        var index = start
        while tokens[index].kind == .variable || tokens[index].kind == .comma {
            if tokens[index].kind == .variable, !bound.contains(tokens[index].text) { return tokens[index] }
            index += 1
        }
        preconditionFailure("the projection has an unbound variable")
    }

    /// True when a `where` follows the leading variables (so they are a projection, not a subject).
    private func hasWhereAhead() -> Bool {
        var index = position
        while index < tokens.count, tokens[index].kind == .variable || tokens[index].kind == .comma { index += 1 }
        return index < tokens.count && tokens[index].isWord("where")
    }

    /// ordering = ( variable | "count" ) [ "asc" | "desc" ] ;
    private mutating func parseOrdering(after keyword: QueryToken) throws(Diagnostic) -> Ordering {
        var variable: String?
        if current.kind == .variable {
            variable = current.text
        } else if !at("count") {
            throw QueryDiagnostics.expectedVariable(after: keyword, found: current)
        }
        advance()
        var descending = false
        if eat("desc") || eat("descending") { descending = true } else { _ = eat("asc") || eat("ascending") }
        return Ordering(variable: variable, descending: descending)
    }

    /// condition = conjunction { "or" conjunction } ;
    mutating func parseCondition() throws(Diagnostic) -> Condition {
        let first = try parseConjunction()
        if !at("or") { return first }  // the common case: no list to build
        var parts: [Condition] = []
        parts.reserveCapacity(4)  // one allocation for the usual few parts
        parts.append(first)
        var progress = ProgressGuard()
        while at("or") {
            progress.check(position)
            let keyword = current
            advance()
            guard !atStatementEnd else { throw QueryDiagnostics.expectedCondition(after: keyword, found: current) }
            parts.append(try parseConjunction())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    /// conjunction = negation { "and" negation } ;
    mutating func parseConjunction() throws(Diagnostic) -> Condition {
        let first = try parseNegation()
        if !at("and") { return first }
        var parts: [Condition] = []
        parts.reserveCapacity(4)  // one allocation for the usual few parts
        parts.append(first)
        var progress = ProgressGuard()
        while at("and") {
            progress.check(position)
            let keyword = current
            advance()
            guard !atStatementEnd else { throw QueryDiagnostics.expectedCondition(after: keyword, found: current) }
            parts.append(try parseNegation())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    /// negation = "not" negation | "(" condition ")" | atom ;
    mutating func parseNegation() throws(Diagnostic) -> Condition {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.nestingLimit else { throw QueryDiagnostics.nestingTooDeep(current, limit: Self.nestingLimit) }
        if at("not") {
            let keyword = current
            advance()
            guard !atStatementEnd else { throw QueryDiagnostics.expectedCondition(after: keyword, found: current) }
            negations += 1
            defer { negations -= 1 }
            return .not(try parseNegation())
        }
        if current.kind == .leftParen {
            let opener = current
            advance()
            guard !atStatementEnd, current.kind != .rightParen else {
                throw QueryDiagnostics.expectedCondition(after: opener, found: current)
            }
            let inner = try parseCondition()
            guard current.kind == .rightParen else {
                try checkLexical(current)
                throw QueryDiagnostics.unclosedParenthesis(at: current, opener: opener)
            }
            advance()
            return inner
        }
        let atom = try parseAtom()
        if negations == 0 { atom.addVariables(to: &patternVariables) }
        return .atom(atom)
    }

    /// atom = term relation [ term ] { preposition term } ;
    /// relation = variable | string | copula | { auxiliary } [ "not" ] verb { particle } ;
    mutating func parseAtom() throws(Diagnostic) -> Atom {
        let start = current.range.start
        let subject = try parseTerm(afterTokenAt: previousIndex, stoppingAtVerb: true)
        var negated = false
        var passive = false
        let relation: RelationTerm
        try checkLexical(current)
        switch current.kind {
        case .variable:
            relation = .variable(current.text, range: current.range)
            advance()
        case .string:
            relation = .literal(QueryToken.lowercased(current.text), range: current.range)
            advance()
        case .word:
            var copula: QueryToken?
            var progress = ProgressGuard()
            while atWord, EnglishWords.auxiliaries.contains(lowered) || EnglishWords.negations.contains(lowered) {
                progress.check(position)
                if EnglishWords.negations.contains(lowered) { negated = true }
                if EnglishWords.copulas.contains(lowered) { copula = current }
                advance()
            }
            if let copula, !(atWord && EnglishWords.isParticiple(lowered) && !at("one")) {
                relation = .copula(range: copula.range)
            } else if atWord, EnglishWords.isContentWord(lowered) {
                if copula != nil { passive = true }
                relation = try parseVerb()
            } else {
                throw QueryDiagnostics.expectedVerb(after: previous, found: current)
            }
        default:
            throw QueryDiagnostics.expectedVerb(after: previous, found: current)
        }
        var object: Term?
        if !atAtomEnd, !atPreposition {
            object = try parseTerm(afterTokenAt: previousIndex, stoppingAtVerb: false)
        }
        let qualifiers = try parseQualifiers()
        return Atom(
            subject: subject, relation: relation, object: object, qualifiers: qualifiers,
            passive: passive, negated: negated, range: range(from: start))
    }

    /// verb = word { particle } ;
    private mutating func parseVerb() throws(Diagnostic) -> RelationTerm {
        let verb = current
        advance()
        var particles: [String] = []
        var progress = ProgressGuard()
        while atWord, EnglishWords.particles.contains(lowered) {
            progress.check(position)
            particles.append(lowered)
            advance()
        }
        return .verb(verb.text, particles: particles, range: range(from: verb))
    }

    private var atAtomEnd: Bool {
        atStatementEnd || current.kind == .rightParen || at("and") || at("or") || at("order") || at("limit")
    }

    private var atPreposition: Bool {
        atWord && (EnglishWords.prepositions.contains(lowered) || isComplexPreposition)
    }

    private var isComplexPreposition: Bool {
        guard let second = EnglishWords.complexPrepositions[lowered] else { return false }
        return second.contains(peek(1).lowered)
    }

    /// qualifiers = { preposition term } ;  an "of" term goes on over further "of" noun_phrases.
    private mutating func parseQualifiers() throws(Diagnostic) -> [QualifierTerm] {
        var qualifiers: [QualifierTerm] = []
        var progress = ProgressGuard()
        // The end is checked first: it compares a few keywords, the preposition test hashes.
        while !atAtomEnd && atPreposition {
            progress.check(position)
            let marker = parseMarker()
            guard !atAtomEnd else { throw QueryDiagnostics.expectedNounPhrase(after: previous, found: current) }
            qualifiers.append(QualifierTerm(marker: marker, term: try parseQualifierTerm(marker: marker)))
        }
        return qualifiers
    }

    /// qualifier_term = term { "of" noun_phrase } (* the "of" phrases only after "of" *) ;
    /// "acquitted of breach of trust": an "of" right after an of-phrase is the noun's, not the
    /// verb's (a verb takes one of-phrase).
    private mutating func parseQualifierTerm(marker: String) throws(Diagnostic) -> Term {
        var term = try parseTerm(afterTokenAt: previousIndex, stoppingAtVerb: false)
        var progress = ProgressGuard()
        while marker == "of", case .phrase(let phrase) = term, !phrase.quoted, at("of"), peek(1).kind == .word,
              !EnglishWords.auxiliaries.contains(peek(1).lowered) {
            progress.check(position)
            advance()
            guard case .phrase(let owner) = try parseTerm(afterTokenAt: previousIndex, stoppingAtVerb: false) else { break }
            term = .phrase(Phrase(words: phrase.words + ["of"] + owner.words, range: SourceRange(start: phrase.range.start, end: owner.range.end)))
        }
        return term
    }

    /// marker = preposition | complex_preposition ;
    private mutating func parseMarker() -> String {
        if isComplexPreposition {
            let first = lowered
            advance()
            let second = lowered
            advance()
            return first + " " + second
        }
        let marker = lowered
        advance()
        return marker
    }

    /// term = variable | string | noun_phrase ;
    ///
    /// `keywordAt` is the index of the token before the term, read (for diagnostics) only for a
    /// noun phrase or an error: a variable or a string needs no copy of it.
    private mutating func parseTerm(afterTokenAt keywordAt: Int, stoppingAtVerb: Bool) throws(Diagnostic) -> Term {
        try checkLexical(current)
        switch current.kind {
        case .variable:
            let term = Term.variable(current.text, current.range)
            advance()
            return term
        case .string:
            let phrase = Phrase(words: [current.text], range: current.range, quoted: true)
            advance()
            return .phrase(phrase)
        case .word, .number:
            let phrase = try parseNounPhrase(after: tokens[keywordAt], keepLastForVerb: stoppingAtVerb)
            return .phrase(phrase)
        default:
            throw QueryDiagnostics.expectedNounPhrase(after: tokens[keywordAt], found: current)
        }
    }

    // MARK: Noun phrases

    /// noun_phrase = [ determiner | quantity_modifier | ( "not" | "never" ) (* before a gerund *) ] { modifier } head { "'s" noun_phrase } ;
    /// quantity_modifier = ( "over" | "about" | "around" | "nearly" | "almost" | "roughly" | "under"
    ///                     | "at" "least" | "more" "than" | "fewer" "than" | "less" "than" ) (* before a number *) ;
    ///
    /// Capitalized words form a name and end the phrase unless a possessive follows. A run of
    /// lower-case content words is all noun phrase, except that when a verb must follow
    /// (`keepLastForVerb`) and no auxiliary or preposition does, the run's last word is left as the verb.
    mutating func parseNounPhrase(after keyword: QueryToken, keepLastForVerb: Bool, namesModify: Bool = false) throws(Diagnostic) -> Phrase {
        let start = current
        var words: [String] = []
        // "were over 500,000 ballots returned": a preposition or comparison before a number
        // says how many, inside the phrase.
        let modifierLength = EnglishWords.quantityModifiers[lowered].map { second in second.isEmpty ? 1 : peek(1).lowered == second ? 2 : 0 } ?? 0
        if atWord, modifierLength > 0, peek(modifierLength).kind == .number {
            for _ in 0..<modifierLength {
                words.append(current.text)
                advance()
            }
        } else if atWord, EnglishWords.determiners.contains(lowered) || EnglishWords.pronouns.contains(lowered) {
            words.append(current.text)
            advance()
        } else if atWord, lowered == "not" || lowered == "never", peek(1).kind == .word, peek(1).lowered.hasSuffix("ing") {
            // "accused Trump of | not wanting to face questions": a negated gerund.
            words.append(current.text)
            advance()
        }
        var progress = ProgressGuard()
        while true {
            progress.check(position)
            // A name: capitalized words and numbers ("400 metres" too).
            var sawName = false
            var onlyNumbers = true
            var inner = ProgressGuard()
            while atWord, current.isCapitalized || current.kind == .number || atNameParticle, !isQuestionWord {
                inner.check(position)
                if current.kind != .number { onlyNumbers = false }
                words.append(current.text)
                advance()
                sawName = true
            }
            // "were 500,000 ballots returned": a number counts the nouns after it, which the
            // phrase goes on with.
            if sawName, onlyNumbers { sawName = false }
            if current.kind == .possessive {
                words.append("'s")
                advance()
                continue
            }
            // A name may modify the nouns after it ("German firms plan", "Russian individuals did").
            if sawName && keepLastForVerb && !(namesModify && (lowerCaseRunLength() >= 2 || lowerCaseRunBeforeAuxiliary()))
                && !nounOnlyBeforeAVerb() { break }
            // A run of lower-case content words.
            var run: [QueryToken] = []
            var runGuard = ProgressGuard()
            // A pronoun is a phrase of its own ("did the officers arrest | him").
            while atWord, !current.isCapitalized, EnglishWords.isContentWord(lowered), !EnglishWords.pronouns.contains(lowered),
                  !isComplexPreposition, !at("order"), !at("limit"), !at("where") {
                runGuard.check(position)
                run.append(current)
                advance()
            }
            if current.kind == .possessive, !run.isEmpty {
                words += run.map(\.text)
                words.append("'s")
                advance()
                continue
            }
            let followedByVerbGroup = atWord && (EnglishWords.auxiliaries.contains(lowered) || EnglishWords.negations.contains(lowered)
                || (at("to") && peek(1).kind == .word && EnglishWords.auxiliaries.contains(peek(1).lowered)))
            // A lone noun after only a determiner stays ("what did the mayor | of Gdansk say").
            let onlyDeterminers = words.allSatisfy { EnglishWords.determiners.contains($0.lowercased()) }
            if keepLastForVerb, !followedByVerbGroup, !run.isEmpty, !(onlyDeterminers && run.count == 1) {
                // Give the run's last word back: it is the verb ("did the embassy | waive ..."), or
                // its last two when they are a verb and its fixed noun ("did the strike | take place").
                let idiom = run.count >= 3 && EnglishWords.verbNounIdioms.contains(run.suffix(2).map(\.lowered).joined(separator: " "))
                // "which former Trump adviser | encouraged supporters to ...": a past verb inside
                // the run, after a noun (not after an adverb: "newly elected"), ends the phrase there.
                let pastVerb = run.count >= 3 ? (1..<(run.count - 1)).first { index in
                    EnglishWords.isParticiple(run[index].lowered) && !run[index - 1].lowered.hasSuffix("ly")
                } : nil
                let giveBack = pastVerb.map { run.count - $0 } ?? verbOnlyInside(run).map { run.count - $0 }
                    ?? verbBeforeANounOnlyObject(run).map { run.count - $0 } ?? (idiom ? 2 : 1)
                position -= giveBack
                words += run.dropLast(giveBack).map(\.text)
                break
            }
            words += run.map(\.text)
            // Capitalized words right after a lower-case run continue the phrase ("the Supreme Court").
            if !run.isEmpty, atWord, current.isCapitalized, !isQuestionWord {
                continue
            }
            break
        }
        guard !words.isEmpty else { throw QueryDiagnostics.expectedNounPhrase(after: keyword, found: current) }
        return Phrase(words: words, range: range(from: start))
    }

    /// "did the embassy | waive immunity", "did Manafort's charges | involve witness tampering": in
    /// a run of lower-case words that ends the statement or meets a preposition (so no object
    /// phrase of its own follows it), the first word after the run's first that the dictionary
    /// lists as a verb and never as a noun, with words after it for its object, is the verb. Nil
    /// without a dictionary or such a word: the run's last word is then the verb.
    private func verbOnlyInside(_ run: [QueryToken]) -> Int? {
        guard let wordClasses, run.count >= 3, atStatementEnd || atPreposition else { return nil }
        return (1..<(run.count - 1)).first { index in
            let word = run[index].lowered
            guard !EnglishWords.isAnyParticiple(word), let classes = wordClasses(word) else { return false }
            return classes.contains(.verb) && !classes.contains(.noun)
        }
    }

    /// "did the Kurdi family | pay smugglers to ...": a run whose last word the dictionary knows
    /// only as a noun ends with the verb's object, so the verb is the last word before it that
    /// may be one (not the run's first: that is the subject's). Nil without a dictionary, or when
    /// the last word may be a verb.
    private func verbBeforeANounOnlyObject(_ run: [QueryToken]) -> Int? {
        guard let wordClasses, run.count >= 3, classes(ofInflected: run[run.count - 1].lowered) == [.noun] else { return nil }
        return (1..<(run.count - 1)).last { index in
            !EnglishWords.isAnyParticiple(run[index].lowered) && wordClasses(run[index].lowered)?.contains(.verb) == true
        }
    }

    /// The dictionary's word classes of a word as written: its own, or a plural's base form's
    /// ("smugglers" -> "smuggler", "cities" -> "city"); nil when the dictionary knows neither.
    private func classes(ofInflected word: String) -> Set<WordClass>? {
        guard let wordClasses else { return nil }
        if let known = wordClasses(word), !known.isEmpty { return known }
        guard word.hasSuffix("s"), word.count > 3 else { return nil }
        if word.hasSuffix("ies"), let known = wordClasses(String(word.dropLast(3)) + "y") { return known }
        if word.hasSuffix("es"), let known = wordClasses(String(word.dropLast(2))) { return known }
        return wordClasses(String(word.dropLast()))
    }

    private var isQuestionWord: Bool { atWord && EnglishWords.whWords.contains(lowered) }

    /// A lower-case particle inside a name: "de Blasio", "van der Bellen", "bin Salman".
    private var atNameParticle: Bool {
        atWord && EnglishWords.nameParticles.contains(lowered) && peek(1).kind == .word && peek(1).isCapitalized
    }

    /// "did the Texas lawsuit | try to": after a name, a word the dictionary knows only as a noun,
    /// followed by one it knows as a verb, goes on with the name's phrase. False without a dictionary.
    /// "how much did Nordlys | shares fall": an "-s" form is no verb after an auxiliary, so it
    /// goes on with the name's phrase when a lower-case word that may be a verb follows.
    private func nounOnlyBeforeAVerb() -> Bool {
        guard atWord, !current.isCapitalized, peek(1).kind == .word, !peek(1).isCapitalized else { return false }
        if Self.isSFormAfterAuxiliary(lowered), EnglishWords.isContentWord(peek(1).lowered),
           wordClasses?(peek(1).lowered)?.contains(.verb) ?? true {
            return true
        }
        guard let wordClasses, wordClasses(lowered) == [.noun], let next = wordClasses(peek(1).lowered) else { return false }
        return next.contains(.verb)
    }

    /// True for a word in "-s" ("shares", not "focus", "access" or "analysis"): after "did",
    /// "will" or "has" the verb is bare or a participle, never such a form, so in "how much did
    /// Nordlys shares fall" it goes on with the subject when another word follows it.
    static func isSFormAfterAuxiliary(_ word: String) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !["ss", "us", "is", "ys"].contains { word.hasSuffix($0) }
    }

    /// True when a run of lower-case content words ends at an auxiliary ("individuals | did").
    private func lowerCaseRunBeforeAuxiliary() -> Bool {
        let length = lowerCaseRunLength()
        let next = peek(length)
        return length >= 1 && next.kind == .word && EnglishWords.auxiliaries.contains(next.lowered)
    }

    /// How many lower-case content words follow, up to a function word: "firms plan" is 2.
    private func lowerCaseRunLength() -> Int {
        var count = 0
        while case let token = peek(count), token.kind == .word, !token.isCapitalized,
              EnglishWords.isContentWord(token.lowered) {
            count += 1
        }
        return count
    }

    // MARK: Questions

    /// "on which show did ...", "with whom did ...", "according to which poll ...": a preposition
    /// before the wh-word.
    private var startsWithPiedPipedPreposition: Bool {
        guard atWord, !at("since") else { return false }
        let length = isComplexPreposition ? 2 : EnglishWords.prepositions.contains(lowered) ? 1 : 0
        return length > 0 && peek(length).kind == .word && EnglishWords.whWords.contains(peek(length).lowered)
    }

    /// question = [ preposition | complex_preposition ] wh_question | yes_no_question ;
    mutating func parseQuestion() throws(Diagnostic) -> Question {
        let start = position
        var question: Question
        if startsWithPiedPipedPreposition {
            var marker = lowered
            if isComplexPreposition {
                advance()
                marker += " " + lowered
            }
            advance()
            question = try parseWhQuestion()
            question.markAskedSlot(marker)
        } else if at("since") && peek(1).isWord("when") || EnglishWords.whWords.contains(lowered) {
            question = try parseWhQuestion()
        } else {
            question = try parseYesNoQuestion()
        }
        question.words = Array(tokens[start..<position])
        question.range = SourceRange(start: tokens[start].range.start, end: previous.range.end)
        return question
    }

    /// wh_question = wh_phrase ( subject_clause | auxiliary ( identity | object_clause ) | end ) ;
    ///   (end only after "how many/much" noun_phrase: "how many justices" = "... are there")
    /// wh_phrase = ( "who" | "whom" | "where" | [ "since" ] "when" ) [ "else" ] | "what" [ "else" | noun_phrase ]
    ///           | "which" [ noun_phrase [ kind_place ] ] (* alone before an auxiliary *) | "whose" noun_phrase | "how" ( "many" | "much" ) [ noun_phrase [ rate ] ]
    ///           | "how" ( "old" | "long" | measure_adjective ) | "how" (* before an auxiliary: the manner *)
    /// rate = ( "a" | "an" | "per" | "each" | "every" ) period_noun ;   (* "how many hours a day" *)
    /// kind_place = ( "from" | "in" ) name_phrase ;   (* "which senator from Florida" *)
    /// measure_adjective = "far" | "fast" | "high" | "tall" | "deep" | "big" | "large" | "heavy" | ... ;
    ///           | "why" (* before an auxiliary: the reason *) ;
    mutating func parseWhQuestion() throws(Diagnostic) -> Question {
        let wh = current
        _ = eat("since")
        let whWord = lowered
        advance()
        // "who else did Time consider", "what else": the answers are the same, whoever is known.
        if ["who", "whom", "what", "where", "when"].contains(whWord), at("else") { advance() }
        var kind: AnswerKind
        var kindPlace: QualifierTerm?
        switch whWord {
        case "who", "whom": kind = .agent
        case "where": kind = .place
        case "when": kind = .time
        case "why":
            guard atWord, EnglishWords.auxiliaries.contains(lowered) else {
                throw QueryDiagnostics.expectedKeyword("did', 'was' or another auxiliary ('why did the court rule')", after: wh, found: current)
            }
            kind = .reason
        case "what", "which", "whose":
            // "which of the candidates won": the of-phrase names the kind.
            var partitive = false
            if whWord == "which", at("of"), peek(1).kind == .word { advance(); partitive = true }
            // "what happened to Navalny", "what caused the crash": a past verb right after "what"
            // is the clause's, with "what" its subject.
            let verbAfterWhat = whWord == "what" && atWord && !current.isCapitalized && EnglishWords.isParticiple(lowered) && isVerbPosition()
            if verbAfterWhat {
                kind = .thing
            } else if atWord, EnglishWords.isContentWord(lowered) || current.isCapitalized || partitive {
                var phrase = try parseNounPhrase(after: previous, keepLastForVerb: true, namesModify: true)
                // "what percentage of the Nevada legislature are women": the of-phrase is part of it.
                if whWord != "whose" { phrase = try parseSubjectWithOwners(phrase) }
                kind = whWord == "whose" ? .possessor(phrase) : .kind(phrase)
                // "which senator from Florida co-sponsored ...": a place that narrows the kind.
                if whWord != "whose", atWord, EnglishWords.kindPlaceMarkers.contains(lowered), peek(1).isCapitalized {
                    let marker = current
                    advance()
                    let place = try parseNounPhrase(after: marker, keepLastForVerb: true)
                    kindPlace = QualifierTerm(marker: marker.lowered, term: .phrase(place))
                }
            } else {
                // "which is the second largest party": "which" alone asks like "what".
                let whichAlone = whWord == "which" && atWord && EnglishWords.auxiliaries.contains(lowered)
                if whWord != "what" && !whichAlone { throw QueryDiagnostics.expectedNounPhrase(after: previous, found: current) }
                kind = .thing
            }
        case "how":
            let modifier = current
            switch modifier.lowered {
            case "many", "much":
                advance()
                var phrase: Phrase?
                if atWord, EnglishWords.isContentWord(lowered) {
                    phrase = try parseNounPhrase(after: modifier, keepLastForVerb: true, namesModify: true)
                    // "how many months in prison did X receive": a modifier of the counted noun,
                    // before the auxiliary; the noun stays what is counted.
                    let next = peek(1)
                    if let counted = phrase, atWord, EnglishWords.prepositions.contains(lowered), next.kind == .word,
                       EnglishWords.isContentWord(next.lowered) || EnglishWords.determiners.contains(next.lowered),
                       !EnglishWords.auxiliaries.contains(next.lowered) {
                        let preposition = current
                        advance()
                        _ = try parseNounPhrase(after: preposition, keepLastForVerb: false)
                        phrase = counted
                    }
                    // "how many hours a day was X kept", "how much money per year": the rate's
                    // period belongs to the counted noun, not to the clause.
                    if phrase != nil, atWord, EnglishWords.ratePrefixes.contains(lowered),
                       EnglishWords.periodNouns.contains(peek(1).lowered) {
                        advance(); advance()
                    }
                }
                kind = modifier.lowered == "many" ? .count(phrase) : .amount(phrase)
            case "old": advance(); kind = .age
            case "long": advance(); kind = .duration
            case _ where EnglishWords.measureAdjectives.contains(modifier.lowered):
                advance()
                kind = .measure
                // "how far away is the star", "how far apart are the towns": the adverb is part of the measure.
                if atWord, lowered == "away" || lowered == "apart" { advance() }
            case _ where modifier.kind == .word && EnglishWords.auxiliaries.contains(modifier.lowered): kind = .manner
            default: throw QueryDiagnostics.expectedKeyword("many', 'much', 'old', 'long', 'far' or an auxiliary ('how did')", after: wh, found: modifier)
            }
        default:
            throw QueryDiagnostics.expectedStatement(wh)
        }
        let answer = Term.variable(Question.answerVariable, wh.range)
        let asked = answer
        if atStatementEnd, let counted = kind.countedPhrase {
            // "how many justices": read as "how many justices are there".
            let there = Phrase(words: ["there"], range: SourceRange(start: counted.range.end, end: counted.range.end))
            let atom = Atom(subject: asked, relation: .copula(range: there.range), object: .phrase(there),
                            qualifiers: [], passive: false, negated: false, range: SourceRange(start: wh.range.start, end: counted.range.end))
            return Question(kind: kind, form: .clause(atom), words: [], range: wh.range)
        }
        guard !atStatementEnd else { throw QueryDiagnostics.expectedVerb(after: previous, found: current) }
        try checkLexical(current)

        // Subject questions: "who attends meeting", "who will join X", "who was killed in Y".
        var question: Question
        if atWord, EnglishWords.auxiliaries.contains(lowered) || EnglishWords.negations.contains(lowered) {
            question = try parseAfterAuxiliary(kind: kind, asked: asked, wh: wh)
        } else {
            question = Question(kind: kind, form: .clause(try parseClause(subject: asked, start: wh, auxiliaryPassive: false)), words: [], range: wh.range)
        }
        question.kindPlace = kindPlace
        return question
    }

    /// After the wh-phrase and an auxiliary: a subject clause ("who will join X", "who was killed"),
    /// an identity question ("who is X", "what was X's time"), or an object clause ("what did X threaten").
    private mutating func parseAfterAuxiliary(kind: AnswerKind, asked: Term, wh: QueryToken) throws(Diagnostic) -> Question {
        var auxiliaries: [QueryToken] = []
        var negated = false
        var progress = ProgressGuard()
        while atWord, EnglishWords.auxiliaries.contains(lowered) || EnglishWords.negations.contains(lowered) {
            progress.check(position)
            if EnglishWords.negations.contains(lowered) { negated = true } else { auxiliaries.append(current) }
            advance()
        }
        let lastAuxiliary = auxiliaries.last ?? previous
        let isCopula = auxiliaries.contains { EnglishWords.copulas.contains($0.lowered) }
        guard !atStatementEnd else { throw QueryDiagnostics.expectedNounPhrase(after: lastAuxiliary, found: current) }
        try checkLexical(current)

        // "who had the most delegates": a lone form of "have" before a lower-case noun phrase with
        // no past participle after it is the verb ("who has Trump endorsed" has one, and a name).
        if auxiliaries.count == 1, !negated, ["has", "have", "had"].contains(lastAuxiliary.lowered), previous == lastAuxiliary,
           atWord, !current.isCapitalized, !restOfStatementHasPastParticiple() {
            position -= 1  // back to the verb, read as a subject question's verb phrase
            let clause = try parseVerbPhrase(subject: asked, start: wh, passive: false)
            return Question(kind: kind, form: .clause(clause), words: [], range: wh.range)
        }

        // "who was killed ...", "how many lanes had been reserved ...": a participle right away;
        // "who is investigating Ford": a progressive.
        if isCopula, atWord, !current.isCapitalized, EnglishWords.isAnyParticiple(lowered),
           !EnglishWords.determiners.contains(lowered) {
            var clause = try parseClause(subject: asked, start: wh, auxiliaryPassive: true)
            clause.negated = clause.negated || negated
            return Question(kind: kind, form: .clause(clause), words: [], range: wh.range)
        }
        // "who will join Garcetti": a modal or do-auxiliary followed by a verb (lower-case, not a
        // determiner). A present participle is no verb there: "what did denying X violate" has a
        // gerund subject.
        if !isCopula, atWord, !current.isCapitalized, EnglishWords.isContentWord(lowered),
           !EnglishWords.pronouns.contains(lowered), !atNameParticle, !EnglishWords.isPresentParticiple(lowered),
           !(peek(1).kind == .word && Self.isSFormAfterAuxiliary(lowered)), isVerbPosition() {
            var clause = try parseClause(subject: asked, start: wh, auxiliaryPassive: false)
            clause.negated = clause.negated || negated
            return Question(kind: kind, form: .clause(clause), words: [], range: wh.range)
        }
        // "who is to preside over the hearings": what is planned, a subject clause.
        if isCopula, at("to"), peek(1).kind == .word, !peek(1).isCapitalized, EnglishWords.isContentWord(peek(1).lowered) {
            advance()
            var clause = try parseClause(subject: asked, start: wh, auxiliaryPassive: false)
            clause.negated = clause.negated || negated
            return Question(kind: kind, form: .clause(clause), words: [], range: wh.range)
        }
        // "which party is de Blasio a member of", "which city is Lee the mayor of".
        if isCopula, let atom = try parseStrandedComplement(asked: asked, copula: lastAuxiliary, negated: negated, start: wh) {
            return Question(kind: kind, form: .clause(atom), words: [], range: wh.range)
        }
        // Identity: "who is X", "who is the mayor of Y", "what was Warholm's winning time".
        if isCopula, let identity = parseIdentityIfComplete() {
            if case .kind(let noun) = kind, noun.words.count >= 3, EnglishWords.sortNouns.contains(noun.words[0].lowercased()),
               noun.words[1].lowercased() == "of" {
                // "what kind of firm is UpGuard": the description of the name ("a cybersecurity
                // firm"), as "what is UpGuard" asks it; the sort noun names no class to look in.
                return Question(kind: .thing, form: .identity(identity), words: [], range: wh.range)
            }
            if case .kind = kind {
                // "which cities are sanctuary cities": a kind, described by a phrase.
                let atom = Atom(
                    subject: asked, relation: .copula(range: lastAuxiliary.range), object: .phrase(identity),
                    qualifiers: [], passive: false, negated: negated, range: SourceRange(start: wh.range.start, end: identity.range.end))
                return Question(kind: kind, form: .clause(atom), words: [], range: wh.range)
            }
            if case .count(let counted?) = kind, identity.words.count == 1, identity.words[0].first?.isLowercase == true,
               !counted.words.isEmpty {
                // "how many seats were available": the counted things are what the adjective describes.
                let atom = Atom(
                    subject: asked, relation: .copula(range: lastAuxiliary.range), object: .phrase(identity),
                    qualifiers: [], passive: false, negated: negated, range: SourceRange(start: wh.range.start, end: identity.range.end))
                return Question(kind: kind, form: .clause(atom), words: [], range: wh.range)
            }
            if kind == .age || kind == .duration || kind == .measure || kind.asksForNumber {
                let atom = Atom(
                    subject: .phrase(identity), relation: .copula(range: lastAuxiliary.range), object: asked,
                    qualifiers: [], passive: false, negated: negated, range: SourceRange(start: wh.range.start, end: identity.range.end))
                return Question(kind: kind, form: .clause(atom), words: [], range: wh.range)
            }
            return Question(kind: kind, form: .identity(identity), words: [], range: wh.range)
        }
        // Object questions: "what did Sessions threaten", "where was Cummings born". A gerund
        // subject goes on past the names it takes: "what did denying American Samoans citizenship violate".
        let gerundSubject = atWord && EnglishWords.isPresentParticiple(lowered)
        let subject = try parseSubjectWithOwners(try parseNounPhrase(after: lastAuxiliary, keepLastForVerb: true, namesModify: gerundSubject))
        // "why were the ballots not returned": a negation after the subject.
        if isCopula, atWord, EnglishWords.negations.contains(lowered), peek(1).kind == .word, EnglishWords.isParticiple(peek(1).lowered) {
            negated.toggle()
            advance()
        }
        guard !atStatementEnd else {
            throw QueryDiagnostics.expectedVerb(after: previous, found: current)
        }
        // "what would the KPA have received", "who could the court have meant": a perfect "have"
        // after a modal's subject is one more auxiliary, not the verb.
        if !isCopula, at("have"), peek(1).kind == .word,
           peek(1).lowered == "been" || EnglishWords.isParticiple(peek(1).lowered) {
            advance()
        }
        // "what has Trump been given", "how many terms would representatives be limited to":
        // "been" or "be" after the subject makes the perfect or the modal a copula.
        let beenAfterSubject = !isCopula && (at("been") || at("be")) && peek(1).kind == .word
        if beenAfterSubject { advance() }
        let copular = isCopula || beenAfterSubject
        // "where was the debate to be held": what was planned, a passive.
        if copular, at("to"), peek(1).isWord("be"), peek(2).kind == .word, EnglishWords.isParticiple(peek(2).lowered) {
            advance()
            advance()
        }
        let progressive = atWord && EnglishWords.isPresentParticiple(lowered)
        if copular, !(atWord && EnglishWords.isParticiple(lowered)), !progressive {
            // "since when has Mahan been under US sanctions": copula with a complement.
            var clause = try parseCopulaComplement(subject: .phrase(subject), start: wh)
            clause.negated = negated
            if asked.variableName != nil { clause.qualifiers.append(QualifierTerm(marker: "", term: asked)) }
            return Question(kind: kind, form: .clause(clause), words: [], range: wh.range)
        }
        // "what is Ford investigating": a progressive is active.
        let verbPosition = position
        var clause = try parseVerbPhrase(subject: .phrase(subject), start: wh, passive: copular && !progressive)
        clause.negated = clause.negated != negated
        if case .verb(let verb, _, _) = clause.relation, kind == .thing,
           EnglishWords.reportingVerbs.contains(verb.lowercased()) {
            let about = clause.qualifiers.first { $0.marker == "about" || $0.marker == "of" || $0.marker == "on" }
            var listener: Phrase?
            var aboutPhrase: Phrase?
            if case .phrase(let phrase) = about?.term { aboutPhrase = phrase }
            if case .phrase(let phrase) = clause.object {
                if EnglishWords.tellingVerbs.contains(verb.lowercased()) {
                    listener = phrase
                } else if aboutPhrase == nil {
                    // "what did Lam say Hong Kong has become for many people": the clause after the
                    // verb is what was said, and its words are what the quotation is about.
                    aboutPhrase = wordsAfterVerb(from: verbPosition, startingAt: phrase.range.start)
                }
            }
            return Question(kind: kind, form: .quotes(speaker: subject, verb: verb.lowercased(), about: aboutPhrase, listener: listener), words: [], range: wh.range)
        }
        if asked.variableName != nil { clause = askingTheInfinitive(clause) }
        placeAskedSlot(asked, kind: kind, in: &clause)
        return Question(kind: kind, form: .clause(clause), words: [], range: wh.range)
    }

    /// True when a word from the current token to the end of the statement looks like a past participle.
    private func restOfStatementHasPastParticiple() -> Bool {
        var index = position
        while index < tokens.count, tokens[index].kind != .separator, tokens[index].kind != .end {
            if tokens[index].kind == .word, EnglishWords.isParticiple(tokens[index].lowered) { return true }
            index += 1
        }
        return false
    }

    /// "who did Avenatti try to extort": the asked object is the infinitive's, and the verb before
    /// it only says the act was attempted, planned or promised, so the clause is "extort" with the
    /// object open (a fact says "tried to extort" as `extort`). Verbs that deny the act ("refuse
    /// to", "fail to") keep their reading.
    private func askingTheInfinitive(_ clause: Atom) -> Atom {
        guard case .verb(let verb, let particles, _) = clause.relation, particles.isEmpty,
              EnglishWords.attemptVerbs.contains(verb.lowercased()),
              case .phrase(let object)? = clause.object, object.words.count == 2, object.words[0].lowercased() == "to",
              object.words[1].first?.isLowercase == true else { return clause }
        var rewritten = clause
        rewritten.relation = .verb(object.words[1], particles: [], range: object.range)
        rewritten.object = nil
        return rewritten
    }

    /// A do/modal auxiliary is followed by the verb, not a subject, when no verb-like word follows
    /// the next word: "who will join Garcetti" (verb) vs "what did Sessions threaten" (subject).
    private func isVerbPosition() -> Bool {
        // A lower-case word followed by a determiner, a capitalized word, a preposition or the end.
        let next = peek(1)
        if next.kind == .end || next.kind == .separator || next.kind == .questionMark || next.kind == .variable { return true }
        if next.kind == .string || next.kind == .number { return true }
        let word = next.lowered
        return next.isCapitalized || EnglishWords.determiners.contains(word) || EnglishWords.prepositions.contains(word)
            || EnglishWords.particles.contains(word) || EnglishWords.pronouns.contains(word) || !restHasABareVerb()
    }

    /// Whether a word after the current one, before a preposition or the statement's end, could be
    /// the bare verb an object question needs after its subject ("which plan did officials
    /// reject"): not a word whose ending makes it a noun or an inflected form ("which company will
    /// supply replacement doses": "doses" is no verb after "will").
    private func restHasABareVerb() -> Bool {
        var index = position + 1
        while index < tokens.count, tokens[index].kind == .word {
            let word = tokens[index].lowered
            if EnglishWords.prepositions.contains(word) || EnglishWords.determiners.contains(word) { return true }
            // Bare verbs that end like inflections: need, succeed; bring, swing; focus.
            let inflectedOrNoun = (word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us"))
                || (word.hasSuffix("ed") && !word.hasSuffix("eed")) || (word.hasSuffix("ing") && word.count > 6)
                || ["ment", "tion", "sion", "ness", "ity"].contains { word.hasSuffix($0) }
            if !inflectedOrNoun { return true }
            index += 1
        }
        return false
    }

    /// The asked slot of an object question: the object, or a stranded preposition's object
    /// ("what did Matovič apologise for"), or a complement when the object is given
    /// ("what did Brudziński call the stabbing"), or a time/place qualifier for when/where.
    private func placeAskedSlot(_ asked: Term, kind: AnswerKind, in clause: inout Atom) {
        if let index = clause.qualifiers.firstIndex(where: { $0.term.variableName == "" }) {
            clause.qualifiers[index].term = asked
            return
        }
        switch kind {
        case .place, .time, .duration, .measure, .age, .manner, .reason:
            clause.qualifiers.append(QualifierTerm(marker: "", term: asked))
        case .count(let noun), .amount(let noun):
            if let noun, clause.object == nil { clause.object = .phrase(noun) }
            clause.qualifiers.append(QualifierTerm(marker: "", term: asked))
        default:
            if clause.object == nil {
                clause.object = asked
            } else {
                clause.qualifiers.append(QualifierTerm(marker: "", term: asked))
            }
        }
    }

    /// stranded_complement = name_phrase [ noun_phrase ] preposition end ;  after "which N is" or
    /// "where is": "de Blasio a member of" asks what X belongs to; "Lee the mayor of" asks what X's
    /// title is of; "Kelly Dittmar from" asks where X is from. Nil (and nothing read) when the
    /// statement is not of that shape.
    private mutating func parseStrandedComplement(asked: Term, copula: QueryToken, negated: Bool, start: QueryToken) throws(Diagnostic) -> Atom? {
        let saved = position
        var end = position
        while tokens[end].kind == .word || tokens[end].kind == .possessive { end += 1 }
        guard end - position >= 2, tokens[end].kind == .end || tokens[end].kind == .separator || tokens[end].kind == .questionMark,
              tokens[end - 1].kind == .word, EnglishWords.prepositions.contains(tokens[end - 1].lowered),
              atWord, current.isCapitalized || atNameParticle else { return nil }
        let subject = try parseNounPhrase(after: copula, keepLastForVerb: false)
        if position == end - 1, subject.words.allSatisfy({ $0.first?.isUppercase == true || EnglishWords.nameParticles.contains($0) }) {
            // "where is Kelly Dittmar from": the name is from the asked place ("what was Avenatti
            // charged with" is no name before its preposition).
            let marker = lowered
            advance()
            return Atom(subject: .phrase(subject), relation: .copula(range: copula.range), object: nil,
                        qualifiers: [QualifierTerm(marker: marker, term: asked)], passive: false, negated: negated, range: range(from: start))
        }
        guard atWord, EnglishWords.determiners.contains(lowered) || EnglishWords.isContentWord(lowered), position < end - 1 else {
            position = saved
            return nil
        }
        let complementStart = current
        var words: [String] = []
        while position < end - 1 {
            words.append(current.text)
            advance()
        }
        let complement = Phrase(words: words, range: range(from: complementStart))
        let marker = lowered
        advance()
        let head = words.last?.lowercased() ?? ""
        if ["member", "part", "members"].contains(head) {
            // Membership reads as belonging: "X is a member of Y" = "X belongs to Y".
            return Atom(subject: .phrase(subject), relation: .verb("belong", particles: [], range: complement.range), object: nil,
                        qualifiers: [QualifierTerm(marker: "to", term: asked)], passive: false, negated: negated, range: range(from: start))
        }
        return Atom(subject: .phrase(subject), relation: .copula(range: copula.range), object: .phrase(complement),
                    qualifiers: [QualifierTerm(marker: marker, term: asked)], passive: false, negated: negated, range: range(from: start))
    }

    /// identity = noun_phrase { preposition noun_phrase } end ;  only when the statement ends there.
    private mutating func parseIdentityIfComplete() -> Phrase? {
        let saved = position
        let start = current
        let words = parseWordRun().words
        // A participle right after a name is a verb: "what is Ford investigating", "what is
        // Rittenhouse charged with".
        let verbAfterName = words.indices.dropFirst().contains { i in
            words[i - 1].first?.isUppercase == true && words[i].first?.isLowercase == true
                && EnglishWords.isAnyParticiple(words[i].lowercased())
        }
        if !words.isEmpty, atStatementEnd, !verbAfterName,
           !(words.count >= 2 && !words.last!.first!.isUppercase
                && EnglishWords.isAnyParticiple(words[words.count - 1].lowercased())) {
            return Phrase(words: words, range: range(from: start))
        }
        position = saved
        return nil
    }

    /// clause = [ auxiliaries ] verb_phrase | copula_complement ;  with `subject` already read.
    private mutating func parseClause(subject: Term, start: QueryToken, auxiliaryPassive: Bool) throws(Diagnostic) -> Atom {
        var negated = false
        var copula = auxiliaryPassive
        var progress = ProgressGuard()
        while atWord, EnglishWords.auxiliaries.contains(lowered) || EnglishWords.negations.contains(lowered) {
            progress.check(position)
            if EnglishWords.negations.contains(lowered) { negated = true }
            if EnglishWords.copulas.contains(lowered) { copula = true }
            advance()
        }
        guard atWord, EnglishWords.isContentWord(lowered) else {
            if copula, !atStatementEnd { return try parseCopulaComplement(subject: subject, start: start) }
            try checkLexical(current)
            throw QueryDiagnostics.expectedVerb(after: previous, found: current)
        }
        let progressive = EnglishWords.isPresentParticiple(lowered)
        if copula, !EnglishWords.isParticiple(lowered), !progressive {
            var clause = try parseCopulaComplement(subject: subject, start: start)
            clause.negated = negated
            return clause
        }
        var clause = try parseVerbPhrase(subject: subject, start: start, passive: copula && !progressive)
        clause.negated = clause.negated != negated
        return clause
    }

    /// verb_phrase = verb { particle } [ "not" ] [ object ] { qualifier } [ subordinate ] [ complement ] ;
    /// object = noun_phrase | "that" clause_words | "to" clause_words ;
    /// The words of the statement from `start` up to where parsing stands, after the verb at
    /// `verbPosition`: a reported clause kept as one phrase ("Hong Kong has become for many people").
    private func wordsAfterVerb(from verbPosition: Int, startingAt start: SourcePosition) -> Phrase? {
        let taken = tokens[(verbPosition + 1)..<max(verbPosition + 1, position)].filter { token in
            (token.kind == .word || token.kind == .number || token.kind == .string || token.kind == .possessive)
                && token.range.start >= start && token.lowered != "that"
        }
        guard let first = taken.first, let last = taken.last else { return nil }
        return Phrase(words: taken.map { $0.kind == .possessive ? "'s" : $0.text }, range: SourceRange(start: first.range.start, end: last.range.end))
    }

    private mutating func parseVerbPhrase(subject: Term, start: QueryToken, passive: Bool) throws(Diagnostic) -> Atom {
        guard atWord else {
            try checkLexical(current)
            throw QueryDiagnostics.expectedVerb(after: previous, found: current)
        }
        let relation = try parseVerb()
        var object: Term?
        var qualifiers: [QualifierTerm] = []
        // "did Avenatti plead not guilty": a negated complement negates the clause, as the
        // extractor reads "pled not guilty".
        var negatedComplement = false
        if atWord, EnglishWords.negations.contains(lowered), peek(1).kind == .word {
            negatedComplement = true
            advance()
        }
        if at("that") || (at("to") && peek(1).kind == .word && !EnglishWords.determiners.contains(peek(1).lowered) && !peek(1).isCapitalized)
            || (atWord && EnglishWords.clauseOpeners.contains(lowered) && peek(1).kind == .word) {
            // A clausal object: "urged that the immunity be waived", "plan to pull out of Iran",
            // "announce whom it would support".
            object = .phrase(parseWordRun(includingStrings: false))
        } else if !atStatementEnd, !atPreposition || at("that"), current.kind != .rightParen, !atSubordinateClause {
            if current.kind == .variable || current.kind == .string || atWord {
                object = try parseTerm(afterTokenAt: previousIndex, stoppingAtVerb: false)
            }
        }
        // A stranded preposition asks for its object: at the end ("what did X apologise for"), or
        // before another preposition ("who did Johnson compete against | for the leadership").
        var progress = ProgressGuard()
        var stranded = false
        while atPreposition {
            progress.check(position)
            let marker = parseMarker()
            if atStatementEnd {
                if !stranded { qualifiers.append(QualifierTerm(marker: marker, term: .variable("", previous.range))) }
                break
            }
            if atPreposition, !stranded, !at("to") {
                qualifiers.append(QualifierTerm(marker: marker, term: .variable("", previous.range)))
                stranded = true
                continue
            }
            // An infinitive after the object ("asked the Queen to suspend Parliament", "asked Cengiz
            // to be patient"): its words are kept below as a complement.
            if marker == "to", atWord, !current.isCapitalized, !EnglishWords.determiners.contains(lowered),
               !EnglishWords.pronouns.contains(lowered), EnglishWords.isContentWord(lowered) || EnglishWords.auxiliaries.contains(lowered) {
                break
            }
            qualifiers.append(QualifierTerm(marker: marker, term: try parseQualifierTerm(marker: marker)))
        }
        if atSubordinateClause {
            // "how many people were killed when the jet was shot down": the clause says when; its
            // words are kept as a qualifier under its conjunction, for matching and the sentences.
            let marker = lowered
            advance()
            let clause = parseWordRun()
            guard !clause.words.isEmpty else { throw QueryDiagnostics.expectedNounPhrase(after: previous, found: current) }
            qualifiers.append(QualifierTerm(marker: marker, term: .phrase(clause)))
        }
        if !atStatementEnd, atWord || current.kind == .string {
            // Trailing words (an infinitive or an adverb): kept as a complement for matching.
            qualifiers.append(QualifierTerm(marker: "to", term: .phrase(parseWordRun())))
        }
        return Atom(
            subject: subject, relation: relation, object: object, qualifiers: qualifiers,
            passive: passive, negated: negatedComplement, range: range(from: start))
    }

    /// word_run = { word | number | "'s" | string } ;  the words as written (strings only when asked),
    /// up to the first other token. A statement end is no word, so the run stops there too.
    private mutating func parseWordRun(includingStrings: Bool = true) -> Phrase {
        let start = current
        var words: [String] = []
        var progress = ProgressGuard()
        while atWord || current.kind == .possessive || (includingStrings && current.kind == .string) {
            progress.check(position)
            words.append(current.kind == .possessive ? "'s" : current.text)
            advance()
        }
        return Phrase(words: words, range: range(from: start))
    }

    /// At a conjunction that opens a subordinate clause, followed by words.
    private var atSubordinateClause: Bool {
        current.kind == .word && EnglishWords.subordinators.contains(lowered) && (peek(1).kind == .word || peek(1).kind == .number)
    }

    /// copula_complement = { copula_adverb } ( noun_phrase | adjective ) { qualifier } | qualifier { qualifier } ;
    private mutating func parseCopulaComplement(subject: Term, start: QueryToken) throws(Diagnostic) -> Atom {
        let copulaToken = previous
        let copulaIndex = previousIndex
        var skipped = ProgressGuard()
        while atWord, EnglishWords.copulaAdverbs.contains(lowered), !atStatementEnd {
            skipped.check(position)
            advance()
        }
        var object: Term?
        if !atStatementEnd, !atPreposition {
            object = try parseTerm(afterTokenAt: copulaIndex, stoppingAtVerb: false)
        }
        var qualifiers: [QualifierTerm] = []
        var progress = ProgressGuard()
        while atPreposition {
            progress.check(position)
            let marker = parseMarker()
            if atStatementEnd {
                qualifiers.append(QualifierTerm(marker: marker, term: .variable("", previous.range)))
                break
            }
            // "was Rittenhouse old enough to own a firearm in Illinois": an infinitive after the
            // complement, kept as its words.
            if marker == "to", atWord, !current.isCapitalized, !EnglishWords.determiners.contains(lowered),
               !EnglishWords.pronouns.contains(lowered), EnglishWords.isContentWord(lowered) || EnglishWords.auxiliaries.contains(lowered) {
                qualifiers.append(QualifierTerm(marker: marker, term: .phrase(parseWordRun(includingStrings: false))))
                break
            }
            qualifiers.append(QualifierTerm(marker: marker, term: try parseTerm(afterTokenAt: previousIndex, stoppingAtVerb: false)))
        }
        if object == nil && qualifiers.isEmpty {
            try checkLexical(current)
            throw QueryDiagnostics.expectedNounPhrase(after: copulaToken, found: current)
        }
        return Atom(
            subject: subject, relation: .copula(range: copulaToken.range), object: object, qualifiers: qualifiers,
            passive: false, negated: false, range: range(from: start))
    }

    /// subject = noun_phrase { "of" noun_phrase } ;  with the first noun phrase already read:
    /// "what did the mayor of Gdansk say", "did the Foreign Ministry of Iraq condemn the attack".
    private mutating func parseSubjectWithOwners(_ first: Phrase) throws(Diagnostic) -> Phrase {
        var subject = first
        var progress = ProgressGuard()
        while at("of"), peek(1).kind == .word || peek(1).kind == .string, !EnglishWords.auxiliaries.contains(peek(1).lowered) {
            progress.check(position)
            let of = current
            advance()
            let owner = try parseNounPhrase(after: of, keepLastForVerb: true, namesModify: true)
            subject = Phrase(words: subject.words + ["of"] + owner.words,
                             range: SourceRange(start: subject.range.start, end: owner.range.end))
        }
        return subject
    }

    /// yes_no_question = auxiliary [ "not" ] noun_phrase ( { auxiliary | "not" } verb_phrase | copula_complement ) ;
    mutating func parseYesNoQuestion() throws(Diagnostic) -> Question {
        let auxiliary = current
        let isCopula = EnglishWords.copulas.contains(lowered)
        advance()
        var negated = false
        if atWord, EnglishWords.negations.contains(lowered) { negated = true; advance() }
        guard !atStatementEnd else { throw QueryDiagnostics.expectedNounPhrase(after: auxiliary, found: current) }
        var subject = try parseNounPhrase(after: previous, keepLastForVerb: true)
        // "were any of the crew injured": a quantifier's "of" names its set, not a complement.
        if !isCopula || EnglishWords.quantifiers.contains(subject.text.lowercased()) { subject = try parseSubjectWithOwners(subject) }
        if isCopula, let length = reducedRelativeLength() {
            // "were other games | scheduled for Wednesday | still held": the first participle and
            // its phrase say which games; the second is the verb asked about.
            let modifier = tokens[position..<(position + length)]
            subject = Phrase(words: subject.words + modifier.map(\.text), range: SourceRange(start: subject.range.start, end: modifier.last!.range.end))
            position += length
            var adverbs = ProgressGuard()
            while atWord, EnglishWords.copulaAdverbs.contains(lowered) {
                adverbs.check(position)
                advance()
            }
        }
        var atom: Atom
        if isCopula, !(atWord && EnglishWords.isParticiple(lowered) && !current.isCapitalized) {
            guard !atStatementEnd else { throw QueryDiagnostics.expectedNounPhrase(after: previous, found: current) }
            atom = try parseCopulaComplement(subject: .phrase(subject), start: auxiliary)
        } else {
            guard !atStatementEnd else { throw QueryDiagnostics.expectedVerb(after: previous, found: current) }
            var progress = ProgressGuard()
            var passive = isCopula
            while atWord, EnglishWords.auxiliaries.contains(lowered) || EnglishWords.negations.contains(lowered) {
                progress.check(position)
                // "did Avenatti not plead guilty": the negation after the subject.
                if EnglishWords.negations.contains(lowered) { negated.toggle(); advance(); continue }
                // "has Trump been given zinc": "been" before the participle makes it passive.
                if EnglishWords.copulas.contains(lowered) || lowered == "been" { passive = true }
                advance()
            }
            atom = try parseVerbPhrase(subject: .phrase(subject), start: auxiliary, passive: passive)
        }
        atom.negated = atom.negated != negated
        return Question(kind: .truth, form: .yesNo(atom), words: [], range: auxiliary.range)
    }
}

extension QueryParser {
    /// reduced_relative = participle preposition noun_words ;  only when another participle
    /// follows it (after copula adverbs) and ends the statement or meets a preposition: "were
    /// other games | scheduled for Wednesday | still held". Its length in tokens, or nil.
    fileprivate func reducedRelativeLength() -> Int? {
        guard current.kind == .word, !current.isCapitalized, EnglishWords.isParticiple(current.lowered),
              peek(1).kind == .word, EnglishWords.prepositions.contains(peek(1).lowered) else { return nil }
        var length = 2
        while case let token = peek(length), token.kind == .word || token.kind == .number,
              token.isCapitalized || token.kind == .number || !EnglishWords.isParticiple(token.lowered),
              !EnglishWords.copulaAdverbs.contains(token.lowered), !EnglishWords.auxiliaries.contains(token.lowered),
              !EnglishWords.prepositions.contains(token.lowered) {
            length += 1
        }
        guard length > 2 else { return nil }
        var verbAt = length
        while peek(verbAt).kind == .word, EnglishWords.copulaAdverbs.contains(peek(verbAt).lowered) { verbAt += 1 }
        let verb = peek(verbAt)
        guard verb.kind == .word, !verb.isCapitalized, EnglishWords.isParticiple(verb.lowered) else { return nil }
        let after = peek(verbAt + 1)
        switch after.kind {
        case .end, .separator, .questionMark: return length
        case .word where EnglishWords.prepositions.contains(after.lowered): return length
        default: return nil
        }
    }
}

/// Asserts that a parsing loop consumed at least one token on every pass.
///
/// A loop that stops consuming would spin forever; this traps at once instead, so a parser bug
/// shows up as a crash the fuzz test finds, never as a hung shell.
struct ProgressGuard {
    private var last = -1

    mutating func check(_ position: Int) {
        precondition(position > last, "parser loop made no progress at token \(position)")
        last = position
    }
}
