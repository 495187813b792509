/// Repairs to lists of names the greedy parser hangs on the nearest noun rather than on the
/// counted noun they spell out.
extension TreeRepairs {
    /// "The House has impeached two Presidents in the history of the country, Bill Clinton and
    /// Andrew Johnson": a list of names in apposition to a noun after a counted plural noun of the
    /// same clause, with exactly as many items as the count, lists that counted noun.
    static func countedListHungOnALaterNoun(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for list in range where document.tokens[list].deprel == "appos" && document.tokens[list].upos == "PROPN" {
            let noun = head(list)
            guard range.contains(noun), noun < list else { continue }
            let items = 1 + range.filter { head($0) == list && document.tokens[$0].deprel == "conj" }.count
            guard items >= 2, let clause = clauseHead(above: noun, range, document) else { continue }
            // The counted noun: a plural argument of the same clause, before the list's noun.
            let counted = range.first { candidate in
                candidate < noun && head(candidate) == clause && ["NNS", "NNPS"].contains(document.tokens[candidate].xpos)
                    && range.contains { head($0) == candidate && document.tokens[$0].deprel == "nummod"
                        && count(of: document.tokens[$0].form) == items }
                    && !range.contains { head($0) == candidate && document.tokens[$0].deprel == "appos" }
            }
            guard let counted, counted != noun else { continue }
            document.tokens[list].head = Int32(counted)
        }
    }

    /// The verb whose argument phrase holds `noun`: up through nominal modifiers and obliques.
    private static func clauseHead(above noun: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Int? {
        var current = noun
        for _ in 0..<6 {
            let governor = Int(document.tokens[current].head)
            guard range.contains(governor) else { return nil }
            if ["VERB", "AUX"].contains(document.tokens[governor].upos) { return governor }
            guard ["nmod", "obl"].contains(document.tokens[current].deprel.split(separator: ":").first.map(String.init) ?? "") else { return nil }
            current = governor
        }
        return nil
    }

    /// The number a counting word or numeral stands for: "two", "3"; nil for any other word.
    private static func count(of form: String) -> Int? {
        if let value = Int(form) { return value }
        let words = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]
        return words[form.lowercased()]
    }
}
