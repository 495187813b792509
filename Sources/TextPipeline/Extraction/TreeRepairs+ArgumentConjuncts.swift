/// Repairs to a noun coordinated with an argument that the parser hung on the verb instead.
extension TreeRepairs {
    /// "The case was brought by the environmental platform Salvemos Sierra Alta and the farmers'
    /// cooperative of the village": the parser made "cooperative" a conjunct of the verb, as if it
    /// began a clause of its own, so the agent had one member. A noun conjunct of a verb, with
    /// its own "and"/"or" and no subject, auxiliary, copula or mark (no clause), written right
    /// after the phrase of the verb's last object or oblique before it, is that argument's
    /// conjunct, unless it is a gapped clause (a phrase of its own with one of the verb's
    /// prepositions, or an orphan). Runs after `subjectTakenForANominalConjunct`, which keeps such a noun that a
    /// verb follows as that verb's subject.
    static func nounConjunctHungOnTheVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        for noun in range where document.tokens[noun].deprel == "conj" && ["NOUN", "PROPN"].contains(document.tokens[noun].upos) {
            let verb = head(noun)
            guard range.contains(verb), verb < noun, document.tokens[verb].upos == "VERB" else { continue }
            let own = children(noun)
            guard own.contains(where: { ["and", "or"].contains(document.tokens[$0].form.lowercased()) && document.tokens[$0].deprel == "cc" }),
                  !own.contains(where: { let r = document.tokens[$0].deprel; return r.hasPrefix("nsubj") || r.hasPrefix("aux") || r == "cop" || r == "mark" }),
                  let argument = children(verb).last(where: {
                      $0 < noun && ["obj", "obl", "obl:agent", "iobj"].contains(document.tokens[$0].deprel)
                  })
            else { continue }
            // A gapped clause ("elected in 2010, and Luis Moreno in 2014", "two terms and clerks to
            // four") repeats one of the verb's prepositions, or has an orphan: it stays a clause.
            let verbMarkers = Set(children(verb).compactMap { caseMarker(of: $0, range, document) })
            guard !own.contains(where: {
                document.tokens[$0].deprel == "orphan" || caseMarker(of: $0, range, document).map(verbMarkers.contains) == true
            }) else { continue }
            // The argument's phrase must end right where the conjunct's begins.
            let argumentEnd = range.last { isInside($0, subtreeOf: argument, range, document) } ?? argument
            let conjunctStart = range.first { isInside($0, subtreeOf: noun, range, document) } ?? noun
            guard argumentEnd + 1 == conjunctStart || (argumentEnd + 2 == conjunctStart && document.tokens[argumentEnd + 1].form == ",")
            else { continue }
            document.tokens[noun].head = Int32(argument)
        }
    }
}
