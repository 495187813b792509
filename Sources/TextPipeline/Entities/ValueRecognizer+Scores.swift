/// Scores and vote tallies: two counts set against each other, "voted 66 to 27", "defeated Wynnum
/// 45 points to 24", "beat Westbury 28-14", "a 5–4 ruling", "passed 230-to-197". One value, so a
/// question about the vote or the score gets both counts together, not two loose numbers.
///
/// Ranges are written the same way ("5 to 10 years", "ages 5-11", "from 20 to 30"), so a pair is
/// a score only where a range cannot be: not after "from", "between" or an age or page word, not
/// before a noun that is counted (unless the noun is the result itself: "a 5–4 ruling"); written
/// with "to", only after a verb or a name (the team beaten, "was"), after "a vote of", or with a
/// scoring unit ("45 points to 24").
extension ValueRecognizer {
    /// A score starting with the number at `i` (its words end before `j`), as its token range and
    /// normalized form ("66-27"); nil when the pair reads as a range or there is no pair.
    func score(at i: Int, numberEnd j: Int, end: Int, document: AnnotatedDocument, lower: [String]) -> (range: Range<Int>, normalized: String)? {
        // In words only with a unit: "by six votes to three" (not "one to one", "two to three").
        let inWords = Self.count(lower[i]) == nil
        guard let first = Self.count(lower[i]) ?? Self.countInWords(lower[i]), j == i + 1, j + 1 < end else { return nil }
        if i > 0, Self.rangeOpeners.contains(lower[i - 1]) { return nil }
        var k = j
        var unit: String?
        if Self.scoringUnits.contains(lower[k]) {
            unit = lower[k]
            k += 1
        }
        guard k + 1 < end, !inWords || unit != nil else { return nil }
        let separator = lower[k]
        var secondAt = k + 1
        if separator == "-" || separator == "–" {
            // "28-14" or "230-to-197", tokens written together.
            if k + 3 < end, lower[k + 1] == "to", lower[k + 2] == separator { secondAt = k + 3 }
            guard unit == nil, (k - 1..<secondAt).allSatisfy(document.isJoinedToNext) else { return nil }
        } else {
            guard separator == "to" else { return nil }
            let before = i > 0 ? document.tokens[i - 1].upos : ""
            let afterAVote = i >= 2 && lower[i - 1] == "of" && Self.resultNouns.contains(lower[i - 2])
            guard unit != nil || ["VERB", "AUX", "PROPN"].contains(before) || afterAVote else { return nil }
        }
        guard secondAt < end, let second = Self.count(lower[secondAt]) ?? (inWords ? Self.countInWords(lower[secondAt]) : nil) else { return nil }
        var last = secondAt
        if let unit, last + 1 < end, lower[last + 1] == unit { last += 1 }
        if last + 1 < end, !isScoreEnd(last + 1, document: document, lower: lower) { return nil }
        return (i..<last + 1, "\(first)-\(second)")
    }

    /// True when the word after a pair lets it be a score: not a counted noun, a unit or a percent.
    private func isScoreEnd(_ next: Int, document: AnnotatedDocument, lower: [String]) -> Bool {
        let word = lower[next]
        if word == "%" || word == "percent" || word == "-" || word == "–" { return false }
        if ["NOUN", "PROPN", "NUM"].contains(document.tokens[next].upos) { return Self.resultNouns.contains(word) }
        return true
    }

    /// A count written as one number word ("six", "twenty").
    static func countInWords(_ word: String) -> Int? {
        (NumberReader.units[word] ?? NumberReader.tens[word]).map { Int($0) }
    }

    /// A whole count written in at most three digits ("66", "0"); years and decimals are not scores.
    static func count(_ word: String) -> Int? {
        guard word.utf8.count <= 3, word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(word)
    }

    /// Words after which a pair of numbers is a range.
    static let rangeOpeners: Set<String> = [
        "from", "between", "aged", "ages", "age", "page", "pages", "chapter", "chapters", "grade", "grades",
        "verse", "verses", "no.", "nos.", "number", "numbers", "seasons", "season",
    ]

    /// Units a score is counted in.
    static let scoringUnits: Set<String> = ["points", "votes", "goals", "runs", "seats", "sets", "games", "wickets"]

    /// Nouns that are the result a score gives: "a 5–4 ruling", "by a vote of 9 to 4".
    static let resultNouns: Set<String> = [
        "vote", "votes", "victory", "win", "loss", "defeat", "decision", "ruling", "verdict", "majority", "margin",
        "score", "scoreline", "result", "tally", "split", "lead", "draw", "tie",
    ]
}
