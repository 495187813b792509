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

    /// True when the sentence opens a quotation it does not close. O(characters).
    static func leavesAQuotationOpen(_ sentence: String) -> Bool {
        let characters = Array(sentence)
        var open = false
        for (index, character) in characters.enumerated() {
            switch character {
            case "\u{201C}": open = true
            case "\u{201D}": open = false
            // A straight mark written as a closing one closes, or closes nothing ("#MAGA" ends a
            // quotation an earlier sentence opened).
            case "\"": open = !open && !straightMarkCloses(characters, at: index)
            default: break
            }
        }
        return open
    }

    /// True when the sentence's first quotation mark closes a quotation: a closing curly mark, or
    /// a straight one written as a closing one (`Let's keep fighting", wrote Warren`). O(characters).
    static func closesAQuotationOpenedBefore(_ sentence: String) -> Bool {
        let characters = Array(sentence)
        guard let first = characters.firstIndex(where: { all.contains($0) }) else { return false }
        return characters[first] == "\u{201D}"
            || (characters[first] == "\"" && straightMarkCloses(characters, at: first))
    }
}
