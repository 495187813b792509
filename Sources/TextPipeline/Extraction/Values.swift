import FactModel

/// Typed values (extraction.md §10). Numbers, money and dates come from the value spans of the
/// entities stage (linked in `SentenceTree.argument`); this file types the time qualifiers the
/// entities stage left untyped and resolves relative dates ("Wednesday", "this year",
/// "yesterday") against the article's date.
enum ValueResolver {
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// A date value for a time qualifier, resolved against `articleDate` (YYYY-MM-DD) when it can
    /// be: a weekday is the nearest such day to the article date (later on a tie), "yesterday"
    /// and "today" are offsets, "this year" is the article's year.
    static func timeValue(text: String, articleDate: String?) -> TypedValue {
        let lower = text.lowercased()
        var normalized = text
        if let articleDate, let day = DayNumber(iso: articleDate) {
            let tokens = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
            if let weekday = tokens.compactMap({ weekdays.firstIndex(of: $0) }).first {
                let current = day.weekday
                var delta = (weekday - current + 7) % 7
                if delta > 3 { delta -= 7 }
                normalized = DayNumber(day.value + delta).iso
            } else if tokens.contains("yesterday") {
                normalized = DayNumber(day.value - 1).iso
            } else if tokens.contains("today") || tokens.contains("tonight") {
                normalized = day.iso
            } else if tokens.contains("tomorrow") {
                normalized = DayNumber(day.value + 1).iso
            } else if tokens.contains("year") && (tokens.contains("this") || tokens.contains("earlier") || tokens.contains("later")) {
                normalized = String(day.iso.prefix(4))
            } else if tokens.contains("year") && tokens.contains("last") {
                normalized = String((Int(day.iso.prefix(4)) ?? 0) - 1)
            }
        }
        return TypedValue(kind: .date, text: text, normalized: normalized)
    }
}

/// A civil date as a day count (days since 1970-01-01), for weekday arithmetic.
struct DayNumber {
    var value: Int

    init(_ value: Int) { self.value = value }

    /// Parses `YYYY-MM-DD`.
    init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = parts[1] <= 2 ? parts[0] - 1 : parts[0]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = parts[1]
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + parts[2] - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        value = era * 146097 + doe - 719468
    }

    /// 0 = Monday.
    var weekday: Int { ((value % 7) + 7 + 3) % 7 }

    var iso: String {
        let z = value + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
