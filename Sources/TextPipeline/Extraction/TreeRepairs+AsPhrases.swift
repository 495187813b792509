/// Repairs to "as" phrases the parser reads as clauses.
extension TreeRepairs {
    /// "the leaders described the river as "a shared inheritance that no country can manage
    /// alone"": the parser made "as" a subordinator (`mark`) and the noun phrase an adverbial
    /// clause, so the description was no argument of "described". A noun hung as an
    /// `advcl` with "as" for its mark, and no verb, copula or subject of its own, is an oblique
    /// with "as" for its preposition.
    static func asPhraseTakenForAClause(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for phrase in range where document.tokens[phrase].deprel == "advcl" && ["NOUN", "PROPN"].contains(document.tokens[phrase].upos) {
            let dependents = range.filter { head($0) == phrase }
            guard let mark = dependents.first(where: { document.tokens[$0].deprel == "mark" && document.tokens[$0].form.lowercased() == "as" }),
                  !dependents.contains(where: { ["cop", "nsubj", "nsubj:pass", "aux", "aux:pass"].contains(document.tokens[$0].deprel) }),
                  // "as did the Evening Star", with "did" hung as a modifier: a clause of its own.
                  !dependents.contains(where: { $0 < phrase && (document.tokens[$0].upos == "AUX"
                      || (document.tokens[$0].upos == "VERB" && document.tokens[$0].deprel != "amod")) })
            else { continue }
            document.tokens[mark].deprel = "case"
            document.tokens[mark].upos = "ADP"
            document.tokens[phrase].deprel = "obl"
        }
    }
}
