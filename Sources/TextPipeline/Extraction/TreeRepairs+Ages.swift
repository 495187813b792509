/// Repairs to ages written before a name.
extension TreeRepairs {
    /// "The victim was 40-year-old Ana Ruiz", "Police arrested 25-year-old John Smith": before a
    /// name the parser makes "old" the head of the clause (or a conjunct of the verb) and the name
    /// its object. "N-year-old" modifies the noun phrase right after it: the noun takes the
    /// place of "old" (its head, its relation, and its other dependents), and "old" becomes its
    /// `amod`. A conjunct without a coordinator was never one: the noun is the verb's object.
    static func ageTakenForTheClauseHead(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for old in range where document.tokens[old].lemma.lowercased() == "old" && document.tokens[old].upos == "ADJ" {
            guard old - 2 >= range.lowerBound, old + 1 < range.upperBound,
                  ["year", "month", "week", "day"].contains(document.tokens[old - 2].lemma.lowercased()),
                  document.tokens[old - 1].form == "-", head(old - 2) == old,
                  ["PROPN", "NOUN"].contains(document.tokens[old + 1].upos) else { continue }
            // The head of the noun phrase that starts right after "old", hung on "old".
            guard let noun = range.first(where: { n in
                n > old && head(n) == old && ["PROPN", "NOUN"].contains(document.tokens[n].upos)
                    && isInside(old + 1, subtreeOf: n, range, document)
            }) else { continue }
            let governor = head(old)
            var relation = document.tokens[old].deprel
            if relation == "conj", !range.contains(where: { head($0) == old && document.tokens[$0].deprel == "cc" }) {
                relation = "obj"
            }
            // Its other dependents (the subject and copula of "was 40-year-old X") go to the noun;
            // "year" and the hyphen stay with "old".
            for child in range where head(child) == old && child != noun && !(old - 2..<old).contains(child) {
                document.tokens[child].head = Int32(noun)
            }
            document.tokens[noun].head = Int32(governor)
            document.tokens[noun].deprel = relation
            document.tokens[old].head = Int32(noun)
            document.tokens[old].deprel = "amod"
        }
    }
}
