import Testing
@testable import QueryLanguage

/// A date beside a bare day word: the date answers "when".
@Suite struct DayNameFilterTests {
    func filtered(_ answers: [String]) -> [String] {
        var table = AnswerTable(columns: ["when"])
        table.rows = answers.map { AnswerRow(values: [$0]) }
        return DayNameFilter.filter(table).rows.map { $0.values[0] }
    }

    @Test func aDateOutranksTheDayWordsBesideIt() {
        #expect(filtered(["Friday", "October 15"]) == ["October 15"])
        #expect(filtered(["June 15", "Yesterday"]) == ["June 15"])
        #expect(filtered(["on Monday", "15 Oct.", "the next morning"]) == ["15 Oct.", "the next morning"])
    }

    @Test func dayWordsStayWithoutADate() {
        #expect(filtered(["Tuesday"]) == ["Tuesday"])
        #expect(filtered(["Tuesday", "2019"]) == ["Tuesday", "2019"])
        #expect(filtered(["Friday", "in May"]) == ["Friday", "in May"])
    }

    @Test func aWeekdayOutranksARelativeDayWord() {
        #expect(filtered(["Wednesday", "Today"]) == ["Wednesday"])
        #expect(filtered(["yesterday", "on Friday", "in May"]) == ["on Friday", "in May"])
        #expect(filtered(["Today", "in May"]) == ["Today", "in May"])
    }
}
