/// Repairs to appositions the parser hung on the verb.
extension TreeRepairs {
    /// "peddles the Cycling Simulator, a $2,000 stationary cycle.": a determined noun phrase after
    /// a comma that closes the verb's object, with no preposition of its own, was hung on the verb
    /// as an oblique; it describes the object, as its appositive. So does a name after a common
    /// noun object ("replaced the governor of the bank, Ramon Villacorta, with ...").
    static func appositionTakenForAnOblique(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        for noun in range where ["NOUN", "PROPN"].contains(document.tokens[noun].upos) {
            let relation = document.tokens[noun].deprel
            guard relation == "obl" || relation.hasPrefix("obl:") || relation == "dep" else { continue }
            let verb = head(noun)
            guard range.contains(verb), document.tokens[verb].upos == "VERB" else { continue }
            let own = children(noun)
            guard !own.contains(where: { document.tokens[$0].deprel == "case" && $0 < noun }),
                  !timeWords.contains(document.tokens[noun].form.lowercased()) else { continue }
            let determined = own.contains(where: { ["det", "nmod:poss"].contains(document.tokens[$0].deprel) && $0 < noun })
            guard let start = range.first(where: { isInside($0, subtreeOf: noun, range, document) && document.tokens[$0].upos != "PUNCT" }),
                  start - 2 >= range.lowerBound, document.tokens[start - 1].form == "," else { continue }
            let before = start - 2
            guard let object = children(verb).first(where: { ["obj", "iobj"].contains(document.tokens[$0].deprel) && $0 < noun }),
                  isInside(before, subtreeOf: object, range, document),
                  // "replaced the governor of the central bank, Ramon Villacorta,": a name after a
                  // common noun object is its holder's.
                  determined || (document.tokens[noun].upos == "PROPN" && document.tokens[object].upos == "NOUN")
            else { continue }
            document.tokens[noun].head = Int32(object)
            document.tokens[noun].deprel = "appos"
        }
    }
}
