/// Repairs to a coordination that repeats its preposition: "negotiated by the union's president,
/// Martin Gagnon, and by Marie-Eve Lachance".
extension TreeRepairs {
    /// The parser sometimes hangs the conjunction on the verb or the final stop, and the repeated
    /// preposition (with the second noun below it) or the second noun on the conjunction, so the second
    /// phrase belongs to nothing and its fact is lost. The noun becomes the conjunct of the
    /// nearest phrase before the conjunction that the same preposition opens (comma or not in
    /// between), the preposition its `case` and the conjunction its `cc`; the repairs after this
    /// read it as an ordinary "by X and by Y".
    static func prepositionalConjunctHungOnItsConjunction(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        let nominal: Set<String> = ["NOUN", "PROPN", "PRON", "NUM"]
        for conjunction in range where document.tokens[conjunction].upos == "CCONJ" {
            // The word hung on the conjunction: the preposition over the noun, or the noun with
            // its own preposition ("and by the port engineer" hung as an agent on "and").
            guard let hung = wordHungOn(conjunction: conjunction, range, document) else { continue }
            let noun: Int, preposition: Int
            if document.tokens[hung].upos == "ADP", hung == conjunction + 1,
               let below = range.first(where: { $0 > hung && head($0) == hung }), nominal.contains(document.tokens[below].upos) {
                (noun, preposition) = (below, hung)
            } else if nominal.contains(document.tokens[hung].upos),
                      let own = range.first(where: { $0 == conjunction + 1 && head($0) == hung && document.tokens[$0].deprel == "case" }) {
                (noun, preposition) = (hung, own)
            } else {
                continue
            }
            let marker = document.tokens[preposition].form.lowercased()
            guard let phrase = (range.lowerBound..<conjunction).reversed().first(where: { x in
                      caseMarker(of: x, range, document) == marker && !isInside(x, subtreeOf: conjunction, range, document)
                  })
            else { continue }
            // The noun's other dependents hung on the preposition go with the noun.
            for other in range where head(other) == preposition && other != noun {
                document.tokens[other].head = Int32(noun)
            }
            document.tokens[preposition].head = Int32(noun)
            document.tokens[preposition].deprel = "case"
            attach(noun, asConjunctOf: phrase, by: conjunction, &document)
        }
    }
}
