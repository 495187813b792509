import FactModel
import Testing
@testable import QueryLanguage

/// Answers that restate the question or contrast with the one meant give way to real answers.
@Suite struct RestatementFilterTests {
    func atom(_ question: String) throws -> Atom {
        guard case .success(let statement)? = QueryParser.parse(question).first,
              case .question(let parsed) = statement.body, case .clause(let atom) = parsed.form else {
            throw ParseFailure()
        }
        return atom
    }
    struct ParseFailure: Error {}

    func table(_ answers: [String]) -> AnswerTable {
        var table = AnswerTable(columns: ["who"])
        table.rows = answers.map { AnswerRow(values: [$0]) }
        return table
    }

    @Test func aPhraseTheQuestionStatesIsNoAnswer() throws {
        let filter = RestatementFilter(try atom("who did pro-union candidates oust"))
        #expect(filter.filter(table(["pro-union candidates", "pro-business candidates"])).rows.map { $0.values[0] } == ["pro-business candidates"])
        let named = RestatementFilter(try atom("who did the council name as trustees"))
        #expect(named.filter(table(["trustees", "Ada Park", "Luis Moreno"])).rows.map { $0.values[0] } == ["Ada Park", "Luis Moreno"])
    }

    @Test func theCountedNounAloneRestatesAQuantifiedPhrase() throws {
        // "who won the most seats" is not answered by "seats".
        let filter = RestatementFilter(try atom("who won the most seats"))
        #expect(filter.filter(table(["seats", "Ada Park"])).rows.map { $0.values[0] } == ["Ada Park"])
    }

    @Test func aPartOfTheAskedTitleIsNoHolder() throws {
        guard case .success(let statement)? = QueryParser.parse("who is the trade minister of Chile").first,
              case .question(let parsed) = statement.body, case .identity(let phrase) = parsed.form else { throw ParseFailure() }
        let filter = RestatementFilter(identity: phrase)
        #expect(filter.filter(table(["Rosa Diaz", "the trade", "Chile"])).rows.map { $0.values[0] } == ["Rosa Diaz"])
        // Words that are not a run of the title stay ("trade Chile" is no part of it).
        #expect(filter.filter(table(["Rosa Diaz", "trade Chile"])).rows.count == 2)
        // A clause question drops only the whole phrase.
        #expect(RestatementFilter(try atom("who met the trade minister")).filter(table(["Rosa Diaz", "the trade"])).rows.count == 2)
    }

    @Test func someoneElseGivesWayToTheOneNamed() throws {
        let filter = RestatementFilter(try atom("who sentenced Hale"))
        #expect(filter.filter(table(["Judge Ana Ruiz", "another federal judge", "other officials"])).rows.map { $0.values[0] } == ["Judge Ana Ruiz"])
        // Alone, it is still the answer.
        #expect(filter.filter(table(["another federal judge"])).rows.map { $0.values[0] } == ["another federal judge"])
        #expect(filter.filter(table(["other officials", "another federal judge"])).rows.count == 2)
    }

    @Test func theEngineDropsTheContrastiveAnswer() throws {
        let source = FakeFactSource()
        let ruiz = source.entity("Ana Ruiz", .person, aliases: ["Ruiz"])
        let hale = source.entity("Tom Hale", .person, aliases: ["Hale"])
        let first = source.sentence("Judge Ana Ruiz jailed Tom Hale for six years.", mentions: [("Ana Ruiz", .entity(.person), ruiz), ("Tom Hale", .entity(.person), hale)])
        source.add(Argument(text: "Ana Ruiz", head: "Ruiz", entity: ruiz), "jail", Argument(text: "Tom Hale", head: "Hale", entity: hale), at: first)
        let second = source.sentence("Last month another federal judge jailed Hale for two years.", mentions: [("Hale", .entity(.person), hale)])
        source.add(Argument(text: "another federal judge", head: "judge"), "jail", Argument(text: "Hale", head: "Hale", entity: hale), at: second)
        let engine = QueryEngine(source: source, lexicon: FakeLexicon())
        let result = try #require(engine.run("who jailed Hale").first).get()
        #expect(result.rows.map { $0.values[0] } == ["Ana Ruiz"])
    }
}
