/// Repairs to relative clauses the greedy parser attaches to the wrong word.
extension TreeRepairs {
    /// "He was met by Abu Mahdi al-Muhandis, who was also killed in the airstrike" parsed with the
    /// "who" clause as a `parataxis` (or `conj`, `advcl`, `ccomp`) of the main verb: a clause
    /// opened by a relative pronoun right after a comma modifies the noun before that comma
    /// (`acl:relcl`), so its "who" stands for that noun.
    static func relativeClauseTakenForParataxis(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for pronoun in range where ["WP", "WDT"].contains(document.tokens[pronoun].xpos) {
            let comma = pronoun - 1, before = pronoun - 2
            guard before >= range.lowerBound, document.tokens[comma].form == ",",
                  ["NOUN", "PROPN"].contains(document.tokens[before].upos) else { continue }
            let clause = head(pronoun)
            guard range.contains(clause), clause > pronoun, ["parataxis", "conj", "advcl", "ccomp"].contains(document.tokens[clause].deprel),
                  document.tokens[pronoun].deprel.hasPrefix("nsubj") || document.tokens[pronoun].deprel == "obj" else { continue }
            // The noun phrase's head: up through the parts of a name or compound.
            var noun = before
            while ["flat", "compound", "fixed"].contains(document.tokens[noun].deprel), range.contains(head(noun)) { noun = head(noun) }
            guard !isInside(noun, subtreeOf: clause, range, document) else { continue }
            document.tokens[clause].head = Int32(noun)
            document.tokens[clause].deprel = "acl:relcl"
        }
    }
}
