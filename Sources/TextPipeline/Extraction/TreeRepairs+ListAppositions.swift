/// A list taken for an apposition: "consisted of the 2nd Division, the Portuguese Division and
/// the Spanish Division", parsed with "the Portuguese Division" an appositive of "the 2nd
/// Division" and "the Spanish Division" its conjunct, which gave (the 2nd Division; be; the
/// Portuguese Division) and lost the list. One singular thing is not two, so an appositive of a
/// singular noun that is coordinated with a later item is a list item when that item has a
/// determiner or possessor of its own ("and the Spanish Division"), or a comma stands before its
/// coordinator ("A, B, and C"): "Ana Ruiz, a lawyer and author," (no determiner, no comma) and
/// "his parents, Ana and Luis," (a plural) stay appositions, as does a name's common-noun
/// description before a second name ("Ana Ruiz, the mayor's deputy, and Luis Ortiz"). The appositive and its conjuncts
/// become conjuncts of the noun. CaRB dev 0.5716 -> 0.5725.
extension TreeRepairs {
    static func listTakenForAnApposition(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        // Read through `document` itself: a copy of its tokens held while one is changed would
        // copy the whole array (2 % of the pipeline's time, measured).
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for word in range where document.tokens[word].deprel == "appos" && ["NOUN", "PROPN"].contains(document.tokens[word].upos) {
            let anchor = head(word)
            guard range.contains(anchor), anchor < word, ["NN", "NNP"].contains(document.tokens[anchor].xpos) else { continue }
            // A person's name with a common-noun description is an apposition whatever follows: "Ana Ruiz,
            // the mayor's deputy, and Luis Ortiz, her aide," coordinates two described names.
            if document.tokens[word].upos == "NOUN" && isName(anchor, of: .person, document) { continue }
            let conjuncts = range.filter { head($0) == word && document.tokens[$0].deprel == "conj" && $0 > word }
            guard let last = conjuncts.last,
                  let cc = range.first(where: { head($0) == last && document.tokens[$0].deprel == "cc" }) else { continue }
            let ownDeterminer = range.contains { head($0) == last && ["det", "nmod:poss", "det:poss"].contains(document.tokens[$0].deprel) && $0 < last }
            let commaBefore = range.contains(cc - 1) && document.tokens[cc - 1].form == ","
            guard ownDeterminer || commaBefore else { continue }
            document.tokens[word].deprel = "conj"
            for item in conjuncts { document.tokens[item].head = Int32(anchor) }
        }
    }
}
