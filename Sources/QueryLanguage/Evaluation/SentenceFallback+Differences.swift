import FactModel

extension SentenceFallback {
    /// Words after which "by" introduces how much something changed, not what it is: "turnout was
    /// down by about 1.5%", "prices rose by 4%", "won by 12 votes".
    static let changeWords: Set<String> = [
        "up", "down", "rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "increased", "increase",
        "decreased", "decrease", "dropped", "drop", "grew", "grown", "declined", "decline", "gained", "climbed",
        "jumped", "slipped", "higher", "lower", "more", "less", "won", "lost", "cut", "reduced", "raised", "beat",
    ]

    /// True when the value at `offset` (a byte offset into the sentence, where one of `words`
    /// starts) is a difference: "by" right before it (or before its approximation word, "by about
    /// 1.5%"), a change word right before "by". "Voter turnout was down by about 1.5% ..., with
    /// this time about 67.3%" states the turnout as 67.3%, and the 1.5% only as its change. O(words).
    static func isDifference(at offset: Int, in words: [(word: String, offset: Int)]) -> Bool {
        guard let index = words.firstIndex(where: { $0.offset == offset }), index >= 2 else { return false }
        var by = index - 1
        if words[by].word != "by", by >= 1, words[by - 1].word == "by" { by -= 1 }
        guard words[by].word == "by", by >= 1 else { return false }
        return changeWords.contains(words[by - 1].word)
    }

    /// Whether the question itself asks about a change ("by how much did turnout fall", "how much
    /// did prices rise"), so a difference is what it wants.
    static func asksAboutAChange(_ question: Question) -> Bool {
        question.words.contains { $0.lowered == "by" || changeWords.contains($0.lowered) }
    }
}
