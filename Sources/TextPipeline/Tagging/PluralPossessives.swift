/// The apostrophe of a plural possessive ("the Northern Nurses' Union", "the workers' pay") that
/// the tagger read as a quotation mark: the parser then took the noun after it for a second
/// complement ("was called by the Nurses ` Union": called what?) and the passive's agent was lost.
/// An apostrophe written right after a word ending in "s", with a space after it and a word
/// following, is the possessive's (POS), unless a single quotation mark was opened before it in
/// the sentence and not yet closed ('the word 'bus' is').
extension PartOfSpeechTagger {
    /// Retags the plural possessive apostrophes of `range` POS. O(n).
    func retagPluralPossessives(_ document: inout AnnotatedDocument, range: Range<Int>) {
        var singleQuoteOpen = false
        for i in range.dropFirst() {
            let form = document.tokens[i].form
            if form == "\u{2018}" { singleQuoteOpen = true }
            guard form == "'" || form == "\u{2019}" else { continue }
            let before = document.tokens[i - 1]
            // A mark with a space before it opens a quotation.
            if before.spaceAfter { singleQuoteOpen = true; continue }
            guard !singleQuoteOpen else { singleQuoteOpen = false; continue }
            guard before.form.last == "s" || before.form.last == "S", ["NNS", "NNPS", "NNP", "NN"].contains(before.xpos),
                  document.tokens[i].spaceAfter, i + 1 < range.upperBound,
                  document.tokens[i + 1].form.first.map({ $0.isLetter || $0.isNumber }) == true
            else { continue }
            document.tokens[i].xpos = "POS"
            document.tokens[i].upos = "PART"
        }
    }
}
