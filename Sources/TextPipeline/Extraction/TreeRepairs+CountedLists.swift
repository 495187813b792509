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

    /// "awarded the contracts to three companies, Hric Stav, Tatra Cesty and Saris Asfalt",
    /// "assisted by two mediators from the Federal Mediation Service, Louise Caron and Arjun
    /// Mehta": names after a comma that spell out a counted plural noun, exactly as many as its
    /// count, list that noun. The parser hung them elsewhere: as conjuncts of a noun inside the
    /// counted noun's phrase (the service), or as a clause of their own. The first name becomes
    /// the counted noun's apposition and the others its conjuncts.
    static func countedListDetachedFromItsNoun(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for counted in range where ["NNS", "NNPS"].contains(document.tokens[counted].xpos) {
            guard let number = range.first(where: { head($0) == counted && document.tokens[$0].deprel == "nummod" }),
                  let items = count(of: document.tokens[number].form), items >= 2,
                  !range.contains(where: { head($0) == counted && document.tokens[$0].deprel == "appos" }) else { continue }
            func inPhrase(_ i: Int) -> Bool { isInside(i, subtreeOf: counted, range, document) }
            // The list's first name: right after a comma, either just past the counted noun's
            // phrase or inside it as the first conjunct of a later noun of that phrase.
            guard let first = range.first(where: { candidate in
                guard candidate > counted + 1, document.tokens[candidate].upos == "PROPN",
                      document.tokens[candidate - 1].form == "," else { return false }
                if inPhrase(candidate) { return document.tokens[candidate].deprel == "conj" && head(candidate) != counted }
                return (counted + 1..<candidate - 1).allSatisfy(inPhrase)
            }) else { continue }
            let owner = head(first)
            let list: [Int]
            if inPhrase(first) {
                guard owner < first, !range.contains(where: { $0 < first && head($0) == owner && document.tokens[$0].deprel == "conj" }) else { continue }
                list = range.filter { $0 >= first && head($0) == owner && document.tokens[$0].deprel == "conj" }
            } else {
                list = [first] + range.filter { head($0) == first && document.tokens[$0].deprel == "conj" }
            }
            // A name that heads a clause of its own ("…, Smith is …") is not a list item.
            let clauseParts: Set<String> = ["nsubj", "nsubj:pass", "cop", "aux", "obj"]
            guard list.count == items, list.allSatisfy({ document.tokens[$0].upos == "PROPN" }),
                  !range.contains(where: { head($0) == first && clauseParts.contains(document.tokens[$0].deprel) }) else { continue }
            document.tokens[first].head = Int32(counted)
            document.tokens[first].deprel = "appos"
            for item in list.dropFirst() {
                document.tokens[item].head = Int32(first)
                document.tokens[item].deprel = "conj"
            }
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
