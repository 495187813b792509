/// A name followed by its abbreviation in brackets is written out in full there.
extension NameSpanRules {
    /// "Vietnam's [National Foundation for Science] and Technology Development (NAFOSTED)",
    /// "the Australian Competition and Consumer Commission (ACCC)": the words the abbreviation
    /// abbreviates are one organisation's name, however the tagger cut them. They are found as
    /// Schwartz and Hearst do (2003): the abbreviation's letters are matched, from the last, in
    /// order to the letters of the capitalised words and joiners right before the bracket, the
    /// first letter at the start of a word; the name is the shortest such run. A run that holds a
    /// person's or place's name is left as it is ("United Arab Emirates (UAE)" is a place), so is
    /// a title ("Member of Parliament (MP)") or a law ("... Act (BIPA)"), and a longer name the
    /// tagger found is kept.
    static func nameBeforeItsAbbreviation(_ sentence: Range<Int>, _ document: inout AnnotatedDocument, _ context: EntityContext) {
        for open in sentence.dropLast(2) where open > sentence.lowerBound && document.isAloneInBrackets(open + 1) {
            let abbreviation = document.tokens[open + 1].form
            guard NameWordsTakenForOtherWords.isAcronym(abbreviation),
                  var start = longFormStart(of: abbreviation, before: open, sentence, document),
                  open - start >= 2,
                  (start..<open).allSatisfy({ ["O", "B-ORG", "I-ORG"].contains(document.tokens[$0].entityTag) })
            else { continue }
            // "Member of Parliament (MP) Yvette Cooper": a title abbreviated is no organisation, nor
            // is a law or an event ("the Ballot Interference Prevention Act (BIPA)").
            if let title = context.titleEnding[open - 1], title.length >= open - start { continue }
            if eventWords.contains(context.lower[open - 1]) { continue }
            // A name the tagger began earlier keeps its first words: "National Institute for
            // Space Research (INPE)" abbreviates a Portuguese name.
            while start > sentence.lowerBound, document.tokens[start].entityTag == "I-ORG" { start -= 1 }
            // So do capitalised words the abbreviation leaves out ("the Italian Confederation of
            // Labour (CIL)").
            while start - 1 > sentence.lowerBound, document.tokens[start - 1].entityTag == "O",
                  NamedEntityFeatures.isCapitalized(document.tokens[start - 1].form) { start -= 1 }
            document.tagName(start..<open, as: "ORG")
        }
    }

    /// Lower-case words a name's long form may hold between its capitalised words.
    static let longFormJoiners: Set<String> = ["and", "of", "for", "on", "the", "&", "de", "du", "des", "la", "del"]

    /// The first token of the words right before `end` that `abbreviation` abbreviates, or nil.
    /// O(window letters).
    static func longFormStart(of abbreviation: String, before end: Int, _ sentence: Range<Int>, _ document: AnnotatedDocument) -> Int? {
        let letters = Array(abbreviation.lowercased().filter { $0.isLetter || $0.isNumber })
        // The window: capitalised words and joiners, at most as many words as the abbreviation
        // has letters and five more (Schwartz and Hearst's bound is min(n + 5, 2n)).
        var window: [Int] = []
        var i = end - 1
        while i >= sentence.lowerBound, window.count < min(letters.count + 5, 2 * letters.count) {
            let form = document.tokens[i].form
            guard NamedEntityFeatures.isCapitalized(form) || longFormJoiners.contains(form) else { break }
            window.insert(i, at: 0)
            i -= 1
        }
        let words = window.map { Array(document.tokens[$0].form.lowercased()) }
        var letter = letters.count - 1
        var word = words.count - 1
        var position = (words.last?.count ?? 0) - 1
        while letter >= 0 {
            // Step back to the letter's next occurrence; the first letter must open a word.
            while word >= 0 && (position < 0 || words[word][position] != letters[letter] || (letter == 0 && position > 0)) {
                position -= 1
                if position < 0 {
                    word -= 1
                    if word >= 0 { position = words[word].count - 1 }
                }
            }
            guard word >= 0 else { return nil }
            letter -= 1
            position -= 1
            if letter >= 0 && position < 0 {
                word -= 1
                if word >= 0 { position = words[word].count - 1 }
            }
        }
        guard word >= 0, NamedEntityFeatures.isCapitalized(document.tokens[window[word]].form) else { return nil }
        return window[word]
    }
}
