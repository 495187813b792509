import Testing
import FactModel
@testable import QueryLanguage

/// Parses `source` with one `1️⃣` marker where the first diagnostic must point, and checks its id
/// and that its message contains `message`.
func assertDiagnostic(_ marked: String, id: String, message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let marker = "1️⃣"
    guard let markerRange = marked.range(of: marker) else {
        Issue.record("no 1️⃣ marker in the test source", sourceLocation: sourceLocation)
        return
    }
    let before = marked[..<markerRange.lowerBound]
    let expectedLine = before.filter { $0 == "\n" }.count + 1
    let expectedColumn = before.split(separator: "\n", omittingEmptySubsequences: false).last!.count + 1
    let text = marked.replacingOccurrences(of: marker, with: "")
    let failures = QueryParser.parse(text).compactMap { result -> Diagnostic? in
        if case .failure(let diagnostic) = result { return diagnostic }
        return nil
    }
    guard let diagnostic = failures.first else {
        Issue.record("expected a diagnostic for \(text.debugDescription)", sourceLocation: sourceLocation)
        return
    }
    #expect(diagnostic.id == id, sourceLocation: sourceLocation)
    #expect(diagnostic.message.contains(message), "message: \(diagnostic.message)", sourceLocation: sourceLocation)
    #expect(diagnostic.range?.start.line == expectedLine, sourceLocation: sourceLocation)
    #expect(diagnostic.range?.start.column == expectedColumn, "message: \(diagnostic.message)", sourceLocation: sourceLocation)
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
    func range(of target: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) { return index..<self.index(index, offsetBy: target.count) }
            index = self.index(after: index)
        }
        return nil
    }
}

/// What a statement parses to, in its printed pattern form.
func parsed(_ text: String) -> [String] {
    QueryParser.parse(text).map { result in
        switch result {
        case .success(let statement): return statement.description
        case .failure(let diagnostic): return "error: \(diagnostic.message)"
        }
    }
}

@Suite struct QueryLexerTests {
    @Test func tokensCarryLineAndColumn() {
        let tokens = QueryLexer.tokenize("who attends\n  \"the meeting\"")
        #expect(tokens.map(\.kind) == [.word, .word, .separator, .string, .end])
        #expect(tokens[1].range.start.column == 5)
        #expect(tokens[3].range.start.line == 2)
        #expect(tokens[3].range.start.column == 3)
        #expect(tokens[3].text == "the meeting")
    }

    @Test func columnsCountCharactersNotBytes() {
        let tokens = QueryLexer.tokenize("is Tusk from Gdańsk ?x")
        #expect(tokens[3].text == "Gdańsk")
        #expect(tokens[4].kind == .variable)
        #expect(tokens[4].range.start.column == 21)
    }

    @Test func tokensKnowTheirLowerCaseAndCapital() {
        let tokens = QueryLexer.tokenize("Who met Ángel ÉCOLE \"Doris L. Zeangsest\" attends")
        // A quoted string is never a keyword: it keeps its text as written.
        #expect(tokens.prefix(6).map(\.lowered) == ["who", "met", "ángel", "école", "Doris L. Zeangsest", "attends"])
        #expect(tokens.prefix(6).map(\.isCapitalized) == [true, false, true, true, false, false])
        #expect(tokens[4].text == "Doris L. Zeangsest")
    }

    @Test func haveBeforeANounPhraseIsTheVerb() {
        #expect(parsed("who had the most seats after the vote") == [#"question (?answer had "the most seats" after: "the vote") asking person or organization"#])
        // With a participle after the subject it is the auxiliary.
        #expect(parsed("who has Trump endorsed") == [#"question ("Trump" endorsed ?answer) asking person or organization"#])
        // A participle spelled like its base form ("come", "become") makes "has" the auxiliary too.
        #expect(parsed("who has come to Hart's defense") == [#"question (?answer come to: "Hart's defense") asking person or organization"#])
    }

    @Test func aPastVerbInsideTheAskedKindEndsIt() {
        // "encouraged" is the verb, not part of the kind; "newly elected" stays a modifier.
        #expect(parsed("which former Trump adviser encouraged supporters to remain hopeful")
            == [#"question (?answer encouraged "supporters" to: "remain hopeful") asking kind "former Trump adviser""#])
        #expect(parsed("which newly elected members resigned") == [#"question (?answer resigned) asking kind "newly elected members""#])
    }

    @Test func aClauseAfterSayIsWhatWasSaidNotWhoHeardIt() {
        #expect(parsed("what did Lam say Hong Kong has become for many people")
            == [#"question quotes by "Lam" (say) about "Hong Kong has become for many people""#])
        // After "tell" the object is the one told.
        #expect(parsed("what did Lam tell reporters") == [#"question quotes by "Lam" (tell) to "reporters""#])
    }

    @Test func anInfinitiveAfterACopulaComplementIsKeptWhole() {
        #expect(parsed("was Kim old enough to own a firearm in Ohio")
            == [#"question yes-no ("Kim" is "old enough" to: "own a firearm in Ohio")"#])
    }

    @Test func aWhClauseIsAnObject() {
        #expect(parsed("did the party announce whom it would support against Lee")
            == [#"question yes-no ("the party" announce "whom it would support against Lee")"#])
    }

    @Test func anAdverbAfterTheCopulaIsNoComplement() {
        #expect(parsed("is Radio Nord still on air") == [#"question yes-no ("Radio Nord" is on: "air")"#])
    }

    @Test func aNameAfterAHyphenatedParticleIsCapitalised() {
        // "al-Assadi" continues the name "Ahmed": it is not read as the verb.
        #expect(QueryLexer.tokenize("Ahmed al-Assadi bin-Salman pro-Trump").prefix(4).map(\.isCapitalized) == [true, true, true, false])
        #expect(parsed("who did Ahmed al-Assadi blame") == [#"question ("Ahmed al-Assadi" blame ?answer) asking person or organization"#])
    }

    @Test func wordsKeepNumbersAbbreviationsAndHyphens() {
        let tokens = QueryLexer.tokenize("1,991 47.42 U.S. state-owned COVID-19 O'Brien")
        #expect(tokens.prefix(6).map(\.text) == ["1,991", "47.42", "U.S.", "state-owned", "COVID-19", "O'Brien"])
        #expect(tokens[0].kind == .number && tokens[1].kind == .number && tokens[2].kind == .word)
        // An en dash between letters joins a name as news writes it; standing alone it is no word.
        #expect(QueryLexer.tokenize("the Iran\u{2013}Iraq War").prefix(3).map(\.text) == ["the", "Iran\u{2013}Iraq", "War"])
        #expect(QueryLexer.tokenize("Iran \u{2013} Iraq").contains { $0.kind == .invalid })
    }

    @Test func moneyWithItsSignIsOneWord() {
        // "who paid $1.8 million" once stopped at "$" with an unexpected-character error.
        let tokens = QueryLexer.tokenize("who paid $1.8 million and \u{20AC}250,000 for $ it")
        #expect(tokens.prefix(6).map(\.text) == ["who", "paid", "$1.8", "million", "and", "\u{20AC}250,000"])
        #expect(tokens[2].kind == .word && tokens[5].kind == .word)
        // A sign with no amount after it is still no word.
        #expect(tokens[7].kind == .invalid && tokens[7].text == "$")
    }

    @Test func titleAbbreviationsKeepTheirDot() {
        let tokens = QueryLexer.tokenize("met Mr. Lind at St. Ives under Act No. 12 with Ola Berg Jr.")
        #expect(tokens.filter { $0.kind == .invalid }.isEmpty, "\(tokens.map(\.text))")
        #expect(tokens.map(\.text).prefix(12) == ["met", "Mr.", "Lind", "at", "St.", "Ives", "under", "Act", "No.", "12", "with", "Ola"])
        #expect(tokens.map(\.text).contains("Jr."))
        // "no." before anything but a number ends a sentence; a lower-case "st" is no title.
        #expect(QueryLexer.tokenize("did Lind say no.").map(\.kind).contains(.questionMark))
        #expect(QueryLexer.tokenize("is it 5 st. more").contains { $0.kind == .invalid })
    }

    @Test func aFullStopEndingTheLineEndsTheQuestion() {
        #expect(parsed("who attends the meeting.") == parsed("who attends the meeting?"))
        #expect(parsed("who attends the meeting.  \nwho met Lind") == parsed("who attends the meeting?\nwho met Lind"))
        // Inside the line a stray full stop is still an error, pointed at.
        #expect(parsed("who attends . the meeting").contains { $0.hasPrefix("error") })
    }

    @Test func aFinalNotIsAWordOfItsOwn() {
        #expect(QueryLexer.tokenize("didn't Lee go").map(\.text).prefix(3) == ["did", "n't", "Lee"])
        #expect(QueryLexer.tokenize("who won't appeal").map(\.text).prefix(3) == ["who", "wo", "n't"])
        #expect(QueryLexer.tokenize("what did O'Brien say").map(\.text)[2] == "O'Brien")
        #expect(parsed("didn't Vik plead guilty") == parsed("did Vik not plead guilty"))
    }

    @Test func possessivesAreTokens() {
        let tokens = QueryLexer.tokenize("Dunn's mother and countries' leaders and Merkel\u{2019}s aide")
        #expect(tokens.filter { $0.kind == .possessive }.count == 3)
    }

    @Test func commentsAndSeparators() {
        let tokens = QueryLexer.tokenize("entities # all of them\nrelations; sources -- done")
        #expect(tokens.map(\.text) == ["entities", "\n", "relations", ";", "sources", ""])
    }

    @Test func lineBreaksInsideParenthesesDoNotEndStatements() {
        let tokens = QueryLexer.tokenize("(?x attend\nmeeting)")
        #expect(!tokens.contains { $0.kind == .separator })
    }

    @Test func theLexersTokensEqualTokensMadeFromTheirText() {
        // The lexer hands each token the shape of its bytes (capital, hyphen, non-ASCII) it read
        // while scanning; a token made from its text alone must come out the same.
        let tokens = QueryLexer.tokenize("Who met al-Assadi bin-Salman pro-Trump ÉCOLE ?Who 12 \"Doris L.\" U.S. didn't x-Ray")
        for token in tokens {
            let remade = QueryToken(kind: token.kind, text: token.text, range: token.range)
            #expect(remade == token, "\(token.text)")
        }
        #expect(tokens.map(\.lowered).prefix(8) == ["who", "met", "al-assadi", "bin-salman", "pro-trump", "école", "who", "12"])
    }

    @Test func typographicQuotesCloseOnlyTheirOwnString() {
        let tokens = QueryLexer.tokenize("describe \u{201C}Doris \"L.\" Zeangsest\u{201D} and \"a \u{201D} b\"")
        #expect(tokens.filter { $0.kind == .string }.map(\.text) == ["Doris \"L.\" Zeangsest", "a \u{201D} b"])
        #expect(QueryLexer.tokenize("\u{201C}open \"").map(\.kind) == [.unterminatedString, .end])
    }

    @Test func continuationInsideQuotesAndParentheses() {
        #expect(QueryEngine.needsContinuation("sentences with \"sanct"))
        #expect(QueryEngine.needsContinuation("count ?x where (?x attend meeting"))
        #expect(!QueryEngine.needsContinuation("who attends meeting"))
        #expect(!QueryEngine.needsContinuation("who attends meeting # (comment"))
    }
}

@Suite struct QueryParserTests {
    @Test func statementsParsedOneAtATimeEqualTheScript() {
        let text = "describe \"X\";; who attends ( ;\n\ncount ?x where ?x attend meeting\nrelations ) of"
        var parser = QueryParser(tokens: QueryLexer.tokenize(text))
        var oneByOne: [Result<Statement, Diagnostic>] = []
        while let next = parser.parseNextStatement() { oneByOne.append(next) }
        // `describe`, the bad question (up to its `;`), and the rest: the line breaks after the
        // open parenthesis do not end a statement.
        #expect(oneByOne.count == 3)
        #expect(oneByOne == QueryParser.parse(text))
        #expect(parser.parseNextStatement() == nil)
    }

    @Test func thePatternsVariablesGatheredWhileParsingAreTheConditions() {
        // The parser gathers a pattern's variables from its atoms as it parses them; they must be
        // those the condition binds (negated atoms bind nothing), in order of first appearance,
        // also after a statement that failed inside a `not`.
        let text = """
            ?x attend ?m and ?m "held in" ?city
            ?a "meet" ?b or (?b "visit" ?c and not ?c "be in" ?d) and not not ?e "say" ?a
            not ?q "win" ?r
            count ?y where ?y "x" ?z and not not
            ?s "r" ?o and ?o "r2" "Z"
            """
        let patterns = QueryParser.parse(text).compactMap { result -> PatternQuery? in
            guard case .success(let statement) = result, case .pattern(let query) = statement.body else { return nil }
            return query
        }
        #expect(patterns.count == 4)
        for query in patterns { #expect(query.conditionVariables == query.condition.variables, "\(query.condition)") }
        #expect(patterns.map(\.conditionVariables) == [["x", "m", "city"], ["a", "b", "c"], [], ["s", "o"]])
    }

    @Test func anUnboundProjectedVariableIsReportedAtItsToken() {
        assertDiagnostic("?x, 1️⃣?y where ?x attend meeting", id: QueryDiagnostics.ID.unboundVariable, message: "?y")
    }

    @Test func theIssueExamplesParse() {
        let examples = [
            "who attends meeting", "who is mayor of Los Angeles", "what did Sessions threaten", "describe Garcetti",
            "entities", "relations", "sentences with \"sanctuary\"", "how many sanctuary jurisdictions are there",
            "did Abbott cut off funding", "?who attend meeting and ?who is mayor of ?city",
            "count ?x where ?x attend meeting", "explain who attends meeting", "who met with Kelly",
            "who will join Garcetti at the meeting", "which cities are sanctuary cities", "is Los Angeles a sanctuary city",
            "who is the attorney general", "where was Cummings born", "how much will the Justice Department dole out",
        ]
        for example in examples {
            #expect(!parsed(example)[0].hasPrefix("error"), "\(example): \(parsed(example))")
        }
    }

    @Test func questionsBecomePatterns() {
        #expect(parsed("who attends meeting") == [#"question (?answer attends "meeting") asking person or organization"#])
        #expect(parsed("what did Sessions threaten") == [#"question ("Sessions" threaten ?answer) asking anything"#])
        #expect(parsed("who will join Garcetti at the meeting") == [#"question (?answer join "Garcetti" at: "the meeting") asking person or organization"#])
        #expect(parsed("who was killed in the collision") == [#"question (?answer killed [passive] in: "the collision") asking person or organization"#])
        #expect(parsed("did Abbott cut off funding") == [#"question yes-no ("Abbott" cut off "funding")"#])
        // "how" + auxiliary asks the manner, from the clause's other arguments.
        #expect(parsed("how did Lee travel") == [#"question ("Lee" travel [?answer]) asking manner"#])
        // An irregular participle after the subject makes a passive question.
        #expect(parsed("where was Lee flown") == [#"question ("Lee" flown [passive] [?answer]) asking place"#])
        // "been" after a perfect auxiliary makes a passive too.
        #expect(parsed("what has Lee been given") == [#"question ("Lee" given [passive] ?answer) asking anything"#])
        #expect(parsed("has Lee been given a medal") == [#"question yes-no ("Lee" given [passive] "a medal")"#])
        // A modifier of the counted noun before the auxiliary.
        #expect(parsed("how many months in prison did Lee receive") == [#"question ("Lee" receive "months" [?answer]) asking number of "months""#])
        // A negated complement, or a negation after the subject, negates the yes/no question.
        #expect(parsed("did Vik plead not guilty") == [#"question yes-no ("Vik" not plead "guilty")"#])
        #expect(parsed("did Vik not plead guilty") == parsed("did Vik plead not guilty"))
        // "why" before an auxiliary asks the reason, kept as an open qualifier like "how".
        #expect(parsed("why did Lee resign") == [#"question ("Lee" resign [?answer]) asking reason"#])
        #expect(parsed("why Lee")[0].contains("expected 'did', 'was' or another auxiliary"))
        // A counted noun alone asks how many there are.
        #expect(parsed("how many justices") == parsed("how many justices are there"))
        #expect(parsed("how many justices") == [#"question (?answer is "there") asking number of "justices""#])
        // A rate after the counted noun belongs to it, not to the clause.
        #expect(parsed("how many hours a day was Lee kept in custody") == parsed("how many hours was Lee kept in custody"))
        // A place after the asked kind narrows it; "which" alone before an auxiliary asks like "what".
        #expect(parsed("which senator from Florida backed the bill") ==
                [#"question (?answer backed "the bill") asking kind "senator" from "Florida""#])
        #expect(parsed("which is the largest party") == parsed("what is the largest party"))
        // A negated gerund after a preposition is its object.
        #expect(parsed("who accused Lee of not paying the fine") ==
                [#"question (?answer accused "Lee" of: "not paying" to: "the fine") asking person or organization"#])
        #expect(parsed("is Tusk from Gdańsk") == [#"question yes-no ("Tusk" is from: "Gdańsk")"#])
        #expect(parsed("what did Matovič apologise for") == [#"question ("Matovič" apologise for: ?answer) asking anything"#])
        // A pronoun after the verb is its object, not the verb.
        #expect(parsed("did the dock workers fine him") == [#"question yes-no ("the dock workers" fine "him")"#])
        // A stranded preposition before another one asks for its object too.
        #expect(parsed("who did Lund compete against for the title") ==
                [#"question ("Lund" compete against: ?answer for: "the title") asking person or organization"#])
        #expect(parsed("who is the mayor of Los Angeles") == [#"question identity "the mayor of Los Angeles" asking person or organization"#])
        #expect(parsed("what did Schumer say about Cummings") == [#"question quotes by "Schumer" (say) about "Cummings""#])
        #expect(parsed("which German firms plan to pull out of Iran")[0].contains(#"asking kind "German firms""#))
        // A subordinate clause after the verb is kept under its conjunction.
        #expect(parsed("how many people were killed when the jet was shot down") ==
                [#"question (?answer killed [passive] when: "the jet was shot down") asking number of "people""#])
        #expect(parsed("who else did Time consider") == [#"question ("Time" consider ?answer) asking person or organization"#])
        #expect(parsed("who left the room while Lee spoke") == [#"question (?answer left "the room" while: "Lee spoke") asking person or organization"#])
        // The asked object of an attempted act is the infinitive's; a denied act keeps its verb.
        #expect(parsed("who did Avenatti try to extort") == [#"question ("Avenatti" extort ?answer) asking person or organization"#])
        #expect(parsed("who did Lee refuse to meet") == [#"question ("Lee" refuse "to meet" [?answer]) asking person or organization"#])
    }

    @Test func patternsAndModifiers() {
        #expect(parsed("count ?x where ?x attend meeting") == [#"pattern count ?x where (?x attend "meeting")"#])
        #expect(parsed("?x \"meet with\" ?y order by ?x desc limit 3") == [#"pattern (?x "meet with" ?y) order by ?x desc limit 3"#])
        #expect(parsed("?x attend meeting and not (?x is mayor or ?x say ?q)") ==
                [#"pattern (?x attend "meeting") and not ((?x is "mayor") or (?x say ?q))"#])
    }

    @Test func statementsEndAtSemicolonsAndLines() {
        #expect(parsed("entities; relations\nsources").count == 3)
        #expect(parsed("# a comment only\n\n-- another\n").isEmpty)
        #expect(parsed("who attends meeting?") == [#"question (?answer attends "meeting") asking person or organization"#])
    }

    @Test func oneBadStatementDoesNotHideTheNext() {
        let results = parsed("who attends @ meeting\nentities; describe ; sources")
        #expect(results.count == 4)
        #expect(results[0].hasPrefix("error"))
        #expect(results[1] == "entities")
        #expect(results[2].hasPrefix("error"))
        #expect(results[3] == "sources")
    }

    @Test func diagnosticsPointAtTheirColumn() {
        assertDiagnostic("describe 1️⃣", id: QueryDiagnostics.ID.expectedName, message: "expected a name after 'describe'")
        assertDiagnostic("sentences with 1️⃣?x", id: QueryDiagnostics.ID.expectedString, message: "expected a quoted word")
        assertDiagnostic("sentences 1️⃣about \"x\"", id: QueryDiagnostics.ID.expectedKeyword, message: "expected 'with'")
        assertDiagnostic("count ?x where ?x attend meeting limit 1️⃣ten", id: QueryDiagnostics.ID.expectedNumber, message: "after 'limit'")
        assertDiagnostic("?x attend meeting order 1️⃣?x", id: QueryDiagnostics.ID.expectedKeyword, message: "expected 'by'")
        assertDiagnostic("who attends meeting 1️⃣)", id: QueryDiagnostics.ID.unmatchedParenthesis, message: "')' without a matching '('")
        assertDiagnostic("count 1️⃣?y where ?x attend meeting", id: QueryDiagnostics.ID.unboundVariable, message: "?y does not occur")
        assertDiagnostic("who attends 1️⃣@ meeting", id: QueryDiagnostics.ID.unexpectedCharacter, message: "unexpected character '@'")
        assertDiagnostic("?x attend meeting and 1️⃣", id: QueryDiagnostics.ID.expectedCondition, message: "after 'and'")
        assertDiagnostic("1️⃣hello world", id: QueryDiagnostics.ID.expectedStatement, message: "expected a question, a pattern or a command")
        assertDiagnostic("who is 1️⃣", id: QueryDiagnostics.ID.expectedNounPhrase, message: "expected a noun phrase after 'is'")
        assertDiagnostic("entities 1️⃣cars", id: QueryDiagnostics.ID.expectedKeyword, message: "'people'")
    }

    @Test func unclosedQuoteAndParenthesisNameWhereTheyOpened() {
        assertDiagnostic("sentences with \"sanctuary1️⃣", id: QueryDiagnostics.ID.unterminatedString, message: "unterminated string")
        let failure = QueryParser.parse("count ?x where (?x attend\nmeeting").first
        guard case .failure(let diagnostic)? = failure else {
            Issue.record("expected a diagnostic")
            return
        }
        #expect(diagnostic.id == QueryDiagnostics.ID.unclosedParenthesis)
        #expect(diagnostic.message.contains("to close '(' at 1:16"))
        #expect(diagnostic.notes.first?.range?.start.column == 16)
        #expect(diagnostic.range?.start.line == 2)
    }

    @Test func diagnosticsUseTheFileLineOffset() {
        guard case .failure(let diagnostic)? = QueryParser.parse("describe", firstLine: 7).first else {
            Issue.record("expected a diagnostic")
            return
        }
        #expect(diagnostic.range?.start.line == 7)
    }

    @Test func nestingIsLimited() {
        let deep = String(repeating: "(", count: 200) + "?x attend meeting" + String(repeating: ")", count: 200)
        guard case .failure(let diagnostic)? = QueryParser.parse(deep).first else {
            Issue.record("expected a diagnostic")
            return
        }
        #expect(diagnostic.id == QueryDiagnostics.ID.nestingTooDeep)
        let shallow = String(repeating: "(", count: 5) + "?x attend meeting" + String(repeating: ")", count: 5)
        #expect(!parsed(shallow)[0].hasPrefix("error"))
    }
}

/// A copula before a present participle is a progressive, active question, not an identity.
@Suite struct QueryProgressiveTests {
    @Test func whoIsVerbingAsksForTheSubject() throws {
        let parsed = try #require(try QueryParser.parse("who is investigating Ford").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form else {
            Issue.record("not a clause question: \(parsed)"); return
        }
        #expect(!atom.passive)
        #expect(atom.subject?.variableName == Question.answerVariable)
        #expect("\(atom)".contains("investigating"))
    }

    @Test func whatIsXVerbingAsksForTheObject() throws {
        let parsed = try #require(try QueryParser.parse("what is Ford investigating").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form else {
            Issue.record("not a clause question: \(parsed)"); return
        }
        #expect(!atom.passive)
        #expect(atom.object?.variableName == Question.answerVariable)
    }

    @Test func aPassiveWithAStrandedPrepositionIsAClause() throws {
        let parsed = try #require(try QueryParser.parse("what is Lee charged with").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form else {
            Issue.record("not a clause question: \(parsed)"); return
        }
        #expect(atom.passive)
        #expect(atom.qualifiers.contains { $0.marker == "with" && $0.term.variableName == Question.answerVariable })
    }

    @Test func aNounEndingInIngStaysAnIdentity() throws {
        let parsed = try #require(try QueryParser.parse("what is something").first?.get())
        guard case .question(let question) = parsed.body, case .identity = question.form else {
            Issue.record("not an identity question: \(parsed)"); return
        }
    }
}

/// A subject with an "of" phrase stays whole before its verb.
@Suite struct QuerySubjectOwnerTests {
    @Test func anOfPhraseBelongsToTheSubjectOfAnObjectQuestion() throws {
        let parsed = try #require(try QueryParser.parse("what did the Foreign Ministry of Iraq call the attack").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form,
              case .phrase(let subject)? = atom.subject else {
            Issue.record("not a clause question with a subject phrase: \(parsed)"); return
        }
        #expect(subject.words == ["the", "Foreign", "Ministry", "of", "Iraq"])
        guard case .verb(let verb, _, _) = atom.relation else { Issue.record("no verb: \(atom)"); return }
        #expect(verb == "call")
    }

    @Test func aLoneNounAfterTheIsNotTheVerb() throws {
        let parsed = try #require(try QueryParser.parse("what did the mayor of Gdansk say").first?.get())
        guard case .question(let question) = parsed.body, case .quotes(let speaker, let verb, _, _) = question.form else {
            Issue.record("not a quotes question: \(parsed)"); return
        }
        #expect(speaker.words == ["the", "mayor", "of", "Gdansk"])
        #expect(verb == "say")
    }

    @Test func aYesNoQuestionKeepsTheOwnerInItsSubject() throws {
        let parsed = try #require(try QueryParser.parse("did the mayor of Gdansk attend the meeting").first?.get())
        guard case .question(let question) = parsed.body, case .yesNo(let atom) = question.form,
              case .phrase(let subject)? = atom.subject else {
            Issue.record("not a yes-no question: \(parsed)"); return
        }
        #expect(subject.words == ["the", "mayor", "of", "Gdansk"])
    }

    @Test func howFarAwayAsksForAMeasure() throws {
        let parsed = try #require(try QueryParser.parse("how far away is the star").first?.get())
        guard case .question(let question) = parsed.body else { Issue.record("not a question: \(parsed)"); return }
        #expect(question.kind == .measure)
    }

    @Test func aQuantifiersOfPhraseIsPartOfTheSubjectAfterACopula() throws {
        let parsed = try #require(try QueryParser.parse("were any of the passengers hurt").first?.get())
        guard case .question(let question) = parsed.body, case .yesNo(let atom) = question.form,
              case .phrase(let subject)? = atom.subject else {
            Issue.record("not a yes-no question: \(parsed)"); return
        }
        #expect(subject.words == ["any", "of", "the", "passengers"])
        #expect(atom.passive)
    }

    @Test func aParticipleWithItsPhraseBeforeAnotherParticipleModifiesTheSubject() throws {
        let parsed = try #require(try QueryParser.parse("were the flights booked for Monday still cancelled").first?.get())
        guard case .question(let question) = parsed.body, case .yesNo(let atom) = question.form,
              case .phrase(let subject)? = atom.subject, case .verb(let verb, _, _) = atom.relation else {
            Issue.record("not a yes-no question with a verb: \(parsed)"); return
        }
        #expect(subject.words == ["the", "flights", "booked", "for", "Monday"])
        #expect(verb == "cancelled")
        #expect(atom.passive)
        #expect(atom.qualifiers.isEmpty)
    }

    @Test func aPassiveWithAPhraseAndNoSecondParticipleKeepsItsVerb() throws {
        let parsed = try #require(try QueryParser.parse("were the flights booked for Monday").first?.get())
        guard case .question(let question) = parsed.body, case .yesNo(let atom) = question.form,
              case .phrase(let subject)? = atom.subject, case .verb(let verb, _, _) = atom.relation else {
            Issue.record("not a yes-no question with a verb: \(parsed)"); return
        }
        #expect(subject.words == ["the", "flights"])
        #expect(verb == "booked")
        #expect(atom.qualifiers.map(\.marker) == ["for"])
    }
}

/// A preposition before the wh-word marks the asked slot; name particles stay in names.
@Suite struct QueryPiedPipingTests {
    func atom(_ text: String) throws -> Atom? {
        let parsed = try #require(try QueryParser.parse(text).first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form else { return nil }
        return atom
    }

    @Test func thePrepositionMarksTheAskedQualifier() throws {
        let asked = try #require(try atom("on which show did Lee make the announcement"))
        #expect(asked.qualifiers.contains { $0.marker == "on" && $0.term.variableName == Question.answerVariable }, "\(asked)")
        let meeting = try #require(try atom("with whom did Lee meet"))
        #expect(meeting.object == nil)
        #expect(meeting.qualifiers.contains { $0.marker == "with" && $0.term.variableName == Question.answerVariable }, "\(meeting)")
    }

    @Test func aNameParticleIsPartOfTheName() throws {
        let asked = try #require(try atom("what did de Blasio end"))
        guard case .phrase(let subject)? = asked.subject else { Issue.record("\(asked)"); return }
        #expect(subject.words == ["de", "Blasio"])
    }
}

/// "which party is X a member of": the stranded preposition's object is asked.
@Suite struct QueryStrandedComplementTests {
    @Test func membershipReadsAsBelonging() throws {
        let parsed = try #require(try QueryParser.parse("which party is de Blasio a member of").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form,
              case .verb(let verb, _, _) = atom.relation, case .phrase(let subject)? = atom.subject else {
            Issue.record("not a clause: \(parsed)"); return
        }
        #expect(verb == "belong")
        #expect(subject.words == ["de", "Blasio"])
        #expect(atom.qualifiers.contains { $0.marker == "to" && $0.term.variableName == Question.answerVariable })
    }

    @Test func aNameBeforeItsPrepositionAsksWhereItIsFrom() throws {
        let parsed = try #require(try QueryParser.parse("which university is Ana Ruiz from").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form,
              case .copula = atom.relation, case .phrase(let subject)? = atom.subject else {
            Issue.record("not a copula clause: \(parsed)"); return
        }
        #expect(subject.words == ["Ana", "Ruiz"])
        #expect(atom.object == nil)
        #expect(atom.qualifiers.contains { $0.marker == "from" && $0.term.variableName == Question.answerVariable })
        // A verb before the preposition keeps its clause: "what was Ruiz charged with".
        let charged = try #require(try QueryParser.parse("what was Ruiz charged with").first?.get())
        guard case .question(let chargedQuestion) = charged.body, case .clause(let chargedAtom) = chargedQuestion.form else {
            Issue.record("not a clause: \(charged)"); return
        }
        if case .copula = chargedAtom.relation { Issue.record("read as a copula: \(charged)") }
    }

    @Test func aGerundSubjectTakesTheNamesAfterIt() throws {
        let parsed = try #require(try QueryParser.parse("what did denying Ana Ruiz parole violate").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form,
              case .phrase(let subject) = atom.subject, case .verb(let verb, _, _) = atom.relation else {
            Issue.record("not a clause with a subject phrase and a verb: \(parsed)"); return
        }
        #expect(subject.words == ["denying", "Ana", "Ruiz", "parole"])
        #expect(verb == "violate")
        #expect(atom.object?.variableName == Question.answerVariable)
    }

    @Test func beAfterTheSubjectOfAModalMakesAPassive() throws {
        let parsed = try #require(try QueryParser.parse("how many terms would mayors be limited to").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form,
              case .verb(let verb, _, _) = atom.relation else {
            Issue.record("not a clause with a verb: \(parsed)"); return
        }
        #expect(verb == "limited")
        #expect(atom.passive)
        #expect(atom.qualifiers.contains { $0.marker == "to" && $0.term.variableName == Question.answerVariable })
    }

    @Test func aPastVerbAfterWhatIsTheClausesVerb() throws {
        let parsed = try #require(try QueryParser.parse("what happened to Ana Ruiz").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form,
              case .verb(let verb, _, _) = atom.relation else {
            Issue.record("not a clause with a verb: \(parsed)"); return
        }
        #expect(verb == "happened")
        #expect(atom.subject?.variableName == Question.answerVariable)
        #expect(atom.qualifiers.first?.marker == "to")
        // A noun after "what" stays the asked kind.
        let kind = try #require(try QueryParser.parse("what percentage of the vote did Ruiz win").first?.get())
        guard case .question(let kindQuestion) = kind.body, case .kind = kindQuestion.kind else { Issue.record("no kind: \(kind)"); return }
    }

    @Test func aTitleAsksWhatItIsOf() throws {
        let parsed = try #require(try QueryParser.parse("which city is Lee the mayor of").first?.get())
        guard case .question(let question) = parsed.body, case .clause(let atom) = question.form,
              case .copula = atom.relation, case .phrase(let role)? = atom.object else {
            Issue.record("not a copula clause: \(parsed)"); return
        }
        #expect(role.words == ["the", "mayor"])
        #expect(atom.qualifiers.contains { $0.marker == "of" && $0.term.variableName == Question.answerVariable })
    }
}

/// "how many Russian individuals did the KGB arrest": a name modifying the counted noun.
@Suite struct QueryCountedNameTests {
    @Test func aNameBeforeTheCountedNounIsPartOfIt() throws {
        let parsed = try #require(try QueryParser.parse("how many Russian individuals did the KGB arrest").first?.get())
        guard case .question(let question) = parsed.body, case .count(let counted?) = question.kind else {
            Issue.record("not a count question: \(parsed)"); return
        }
        #expect(counted.words == ["Russian", "individuals"])
        guard case .clause(let atom) = question.form, case .verb(let verb, _, _) = atom.relation else {
            Issue.record("not a clause: \(question)"); return
        }
        #expect(verb == "arrest")
    }
}

/// Infinitives, "is to", "which of", a kind with an of-phrase, and -en nouns.
@Suite struct QueryInfinitiveAndKindTests {
    func question(_ text: String) throws -> Question? {
        let parsed = try #require(try QueryParser.parse(text).first?.get())
        guard case .question(let question) = parsed.body else { return nil }
        return question
    }

    @Test func anInfinitiveWithBeAfterTheObjectIsKept() throws {
        let asked = try #require(try question("who asked Lee to be patient"))
        guard case .clause(let atom) = asked.form else { Issue.record("\(asked)"); return }
        #expect(atom.qualifiers.contains { $0.marker == "to" && "\($0.term)".contains("be patient") }, "\(atom)")
    }

    @Test func isToIsAPlannedAct() throws {
        let planned = try #require(try question("who is to preside over the hearings"))
        guard case .clause(let atom) = planned.form, case .verb(let verb, _, _) = atom.relation else { Issue.record("\(planned)"); return }
        #expect(verb == "preside")
        #expect(atom.subject?.variableName == Question.answerVariable)
        let passive = try #require(try question("where was the debate to be held"))
        guard case .clause(let held) = passive.form else { Issue.record("\(passive)"); return }
        #expect(held.passive)
    }

    @Test func whichOfAndAKindWithItsOfPhrase() throws {
        let which = try #require(try question("which of the candidates won"))
        guard case .kind(let kind) = which.kind else { Issue.record("\(which)"); return }
        #expect(kind.words == ["the", "candidates"])
        let share = try #require(try question("what percentage of the Nevada legislature are women"))
        guard case .kind(let noun) = share.kind, case .clause(let atom) = share.form else { Issue.record("\(share)"); return }
        #expect(noun.words == ["percentage", "of", "the", "Nevada", "legislature"])
        #expect(AnswerTypes.headWord(of: noun) == "percentage")
        #expect(!atom.passive, "'women' is no participle")
    }
}

/// With a dictionary, the verb inside a run of lower-case words is the one listed only as a verb.
@Suite struct QueryVerbInsideRunTests {
    static let dictionary: [String: Set<WordClass>] = [
        "embassy": [.noun], "waive": [.verb], "immunity": [.noun], "council": [.noun], "report": [.noun, .verb],
        "charges": [], "involve": [.verb], "witness": [.noun, .verb], "tampering": [.noun], "law": [.noun],
        "change": [.noun, .verb], "lawsuit": [.noun], "try": [.noun, .verb], "threaten": [.verb],
        "family": [.noun], "pay": [.noun, .verb], "smuggler": [.noun],
    ]

    func parsedWithDictionary(_ text: String) -> [String] {
        QueryParser.parse(text, wordClasses: { Self.dictionary[$0] ?? [] }).map { result in
            (try? result.get().description) ?? "error"
        }
    }

    @Test func aVerbOnlyWordInsideTheRunIsTheVerb() {
        #expect(parsedWithDictionary("did the embassy waive immunity") == [#"question yes-no ("the embassy" waive "immunity")"#])
        #expect(parsedWithDictionary("did Manafort's charges involve witness tampering") ==
                [#"question yes-no ("Manafort's charges" involve "witness tampering")"#])
        // Without a dictionary the run's last word is the verb, as before.
        #expect(parsed("did the embassy waive immunity") == [#"question yes-no ("the embassy waive" immunity)"#])
    }

    @Test func aNounOnlyWordAfterANameGoesOnWithItsPhrase() {
        // "did the Texas lawsuit try to ...": "lawsuit" is no verb, "try" may be one.
        #expect(parsedWithDictionary("did the Harbour lawsuit try to stop the sale").first?.contains(#""the Harbour lawsuit" try"#) == true,
                "\(parsedWithDictionary("did the Harbour lawsuit try to stop the sale"))")
        // A verb after the name is the verb, as before.
        #expect(parsedWithDictionary("did Harbour threaten sanctions").first?.contains(#""Harbour" threaten"#) == true)
    }

    @Test func aNounOnlyLastWordIsTheObjectOfTheVerbBeforeIt() {
        // "smugglers" (a plural of a noun-only word) is what "pay" takes, not the verb.
        let parsedQuestion = parsedWithDictionary("which country did the Holm family pay smugglers to take them to").first ?? ""
        #expect(parsedQuestion.contains(#""the Holm family" pay "smugglers""#), "\(parsedQuestion)")
    }

    @Test func aWordThatIsAlsoANounOrTheLastWordLeavesTheRuleAsItWas() {
        #expect(parsedWithDictionary("did the council report delays") == parsed("did the council report delays"))
        #expect(parsedWithDictionary("what did the new law change") == [#"question ("the new law" change ?answer) asking anything"#])
    }
}
