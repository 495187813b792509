/// "when was the second debate slated": an answer that names its date ("October 15") makes a
/// bare day word beside it ("Friday", "yesterday") redundant or another event's, so the day word
/// is dropped; a weekday likewise makes a relative day word beside it ("today") redundant. Alone,
/// a day word is still the answer ("Tuesday").
enum DayNameFilter {
    /// Words that name a day only relative to when they were written or said.
    static let relativeDayWords: Set<String> = ["yesterday", "today", "tomorrow", "tonight"]

    /// Words that name a day relative to the article or the week, not a date.
    static let dayWords: Set<String> = PhraseMatcher.weekdays.union(relativeDayWords)

    static func filter(_ table: AnswerTable) -> AnswerTable {
        guard table.rows.count > 1 else { return table }
        var copy = table
        if table.rows.contains(where: { namesADate($0.values[0]) }) {
            copy.rows = table.rows.filter { !isDayWord($0.values[0]) }
        } else if table.rows.contains(where: { isDayWord($0.values[0], in: PhraseMatcher.weekdays) }) {
            // "Wednesday" beside "Today" (from a quotation of that day): the weekday says which day.
            copy.rows = table.rows.filter { !isDayWord($0.values[0], in: relativeDayWords) }
        }
        return copy
    }

    /// "Friday", "yesterday", "on Monday": one word of `words` (any day word by default).
    static func isDayWord(_ text: String, in words: Set<String> = dayWords) -> Bool {
        let written = wordsOf(text).map { folded($0) }.filter { $0 != "on" && $0 != "last" && $0 != "next" }
        return written.count == 1 && words.contains(written[0])
    }

    /// A month with a day number: "October 15", "15 Oct.".
    static func namesADate(_ text: String) -> Bool {
        let words = wordsOf(text).map { folded($0) }
        return words.contains(where: EnglishWords.monthNames.contains) && words.contains { $0.allSatisfy(\.isNumber) && $0.count <= 2 }
    }
}
