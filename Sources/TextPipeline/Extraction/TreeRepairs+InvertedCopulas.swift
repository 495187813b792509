/// Repairs to copular clauses with the predicate fronted ("Among them is the leader").
extension TreeRepairs {
    /// "Among them is the expedition's leader, the American climber David Kessler": the parser
    /// reads "them" as the subject (with "Among" as its case marker) and "leader" as the
    /// predicate, so the survivors were "the leader" and Kessler led nothing. A subject with a
    /// preposition of its own before a copula is the fronted predicate; the nominal after the
    /// copula is the subject (as UD annotates "Among them is X": root "them", cop "is", nsubj X).
    static func frontedPredicateTakenForTheSubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for fronted in range where document.tokens[fronted].deprel == "nsubj" {
            let predicate = head(fronted)
            guard range.contains(predicate), fronted < predicate, ["NOUN", "PROPN"].contains(document.tokens[predicate].upos),
                  // The fronted phrase opens the sentence with a preposition of place ("Among
                  // them", "In the car"; not "About a quarter of ... is not in operation").
                  let marker = range.first(where: { head($0) == fronted && document.tokens[$0].deprel == "case" }),
                  marker == range.lowerBound, Self.frontedPlacePrepositions.contains(document.tokens[marker].form.lowercased()),
                  let copula = range.first(where: { head($0) == predicate && document.tokens[$0].deprel == "cop" }),
                  fronted < copula, copula < predicate else { continue }
            document.tokens[fronted].head = document.tokens[predicate].head
            document.tokens[fronted].deprel = document.tokens[predicate].deprel
            document.tokens[predicate].head = Int32(fronted)
            document.tokens[predicate].deprel = "nsubj"
            document.tokens[copula].head = Int32(fronted)
            // The final stop goes with the new root.
            for i in range where head(i) == predicate && document.tokens[i].deprel == "punct" && i == range.upperBound - 1 {
                document.tokens[i].head = Int32(fronted)
            }
        }
    }

    /// Prepositions that open a fronted predicate of place ("Among them is ...").
    static let frontedPlacePrepositions: Set<String> = [
        "among", "in", "at", "on", "inside", "outside", "behind", "beside", "near", "under", "above", "below", "between",
        "within", "beyond",
    ]
}
