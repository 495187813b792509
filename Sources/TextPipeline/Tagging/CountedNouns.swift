/// A plural noun the tagger read as a third-person verb right after the number that counts it
/// ("Both earned 9 delegates there", "left with 14 seats"): the number then stands alone as the
/// object and the noun becomes a verb of its own, so the count and its noun are lost to every
/// fact. Such a word is retagged NNS before lemmatizing and parsing when the number stands
/// where an object or a preposition's complement does (right after a verb or preposition), is
/// not a year ("In 2019 comes ..."), and the word's stem is a noun in WordNet.
enum CountedNouns {
    static let headTags: Set<String> = ["VERB", "AUX", "ADP"]

    /// The indices (into `forms`) of the words to retag NNS. `isNounStem` says whether a
    /// lowercased stem is a noun. O(n).
    static func nounIndices(
        forms: [String], xpos: [String], upos: [String], isNounStem: (String) -> Bool
    ) -> [Int] {
        var found: [Int] = []
        for i in forms.indices.dropFirst(2) where xpos[i] == "VBZ" && xpos[i - 1] == "CD" && headTags.contains(upos[i - 2]) {
            let form = forms[i]
            guard form.first?.isLowercase == true, form.hasSuffix("s"), !isYear(forms[i - 1]) else { continue }
            guard MorphyRules.sStems(of: form).contains(where: isNounStem) else { continue }
            found.append(i)
        }
        return found
    }

    /// Four digits from 1000 to 2099: a year, which a verb may follow ("In 2019 comes the sequel").
    static func isYear(_ word: String) -> Bool {
        guard word.utf8.count == 4, word.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(word) else { return false }
        return (1000...2099).contains(value)
    }
}

extension PartOfSpeechTagger {
    /// Retags the counted plural nouns of `range` (see `CountedNouns`).
    func retagCountedNouns(_ document: inout AnnotatedDocument, range: Range<Int>) {
        let tokens = document.tokens[range]
        // Nearly every sentence has no third-person verb right after a number.
        guard tokens.indices.dropFirst().contains(where: { tokens[$0].xpos == "VBZ" && tokens[$0 - 1].xpos == "CD" }) else { return }
        let indices = CountedNouns.nounIndices(
            forms: tokens.map(\.form), xpos: tokens.map(\.xpos), upos: tokens.map(\.upos),
            isNounStem: { wordNet.isNoun($0) })
        for i in indices {
            document.tokens[range.lowerBound + i].xpos = "NNS"
            document.tokens[range.lowerBound + i].upos = "NOUN"
        }
    }
}
