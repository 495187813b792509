/// Repairs to a gapped clause the parser read as a list inside an argument.
extension TreeRepairs {
    /// "Senators would be limited to two terms and representatives to three": the parser made
    /// "representatives" a conjunct of "terms" and "to three" a second argument of "limited". A
    /// verb with two arguments of one preposition, the first coordinated with a bare noun that
    /// runs right up to the second, is a gapped clause: the noun is the verb's conjunct (the
    /// gapped clause's subject) and the second argument is its own (`Gapping` reads it).
    static func gappedClauseTakenForAList(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func marker(_ i: Int) -> String? { caseMarker(of: i, range, document) }
        for verb in range where document.tokens[verb].upos == "VERB" {
            let obliques = range.filter { head($0) == verb && document.tokens[$0].deprel == "obl" }
            for (first, second) in zip(obliques, obliques.dropFirst()) {
                guard let shared = marker(first), marker(second) == shared,
                      let noun = range.first(where: { $0 > first && $0 < second && head($0) == first && document.tokens[$0].deprel == "conj" }),
                      ["NOUN", "PROPN"].contains(document.tokens[noun].upos), marker(noun) == nil,
                      range.contains(where: { head($0) == noun && document.tokens[$0].deprel == "cc" }),
                      let secondCase = range.first(where: { head($0) == second && document.tokens[$0].deprel == "case" }),
                      phraseEndAndNextWord(of: noun, range, document).end + 1 == secondCase
                else { continue }
                document.tokens[noun].head = Int32(verb)
                document.tokens[second].head = Int32(noun)
            }
        }
    }
}
