/// Quotation marks in sentence text, curly and straight. A straight mark does not say whether it
/// opens or closes; where it is written does: a closing mark follows a word or punctuation and
/// comes before a space, punctuation or the end ("... the Administration," wrote Trump), an
/// opening one the other way round. The difference matters when a sentence closes a quotation
/// that an earlier sentence opened.
enum QuotationMarks {
    static let all: Set<Character> = ["\u{201C}", "\u{201D}", "\""]

    /// True when the straight mark at `index` is written as a closing one. O(1).
    static func straightMarkCloses(_ characters: [Character], at index: Int) -> Bool {
        guard index > 0, !characters[index - 1].isWhitespace else { return false }
        guard index + 1 < characters.count else { return true }
        let next = characters[index + 1]
        return next.isWhitespace || (next.isPunctuation && next != "\u{201C}")
    }
}
