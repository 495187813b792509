/// Repairs to reduced relative clauses (a participle phrase set off by commas after a noun) that
/// the greedy parser took for the sentence's main clause.
extension TreeRepairs {
    /// "Elijah Cummings, first elected to Congress in 1996, was born in Baltimore": the parser
    /// made the participle "elected" the root, with the name as its subject, and hung the real
    /// main clause ("was born ...") on it as a `parataxis` or `conj`. A root that is a past
    /// participle (which the tagger may have read as a past form) with no auxiliary of its own,
    /// set off by a comma right after its subject, with a later clause after a comma that has a
    /// finite auxiliary or copula and no subject, is that subject's reduced relative: the later clause becomes the root, the name its subject,
    /// and the participle an `acl` of the name (read as a passive, "Cummings was elected"). The
    /// same when the main verb was hung inside the participle's phrase (see below).
    static func participleClauseTakenForTheMainVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        guard let participle = range.first(where: { document.tokens[$0].head < 0 }),
              document.tokens[participle].upos == "VERB", ["VBN", "VBD"].contains(document.tokens[participle].xpos),
              !children(participle).contains(where: { document.tokens[$0].deprel.hasPrefix("aux") || document.tokens[$0].deprel == "cop" }),
              let subject = children(participle).first(where: { $0 < participle && document.tokens[$0].deprel == "nsubj" }),
              ["PROPN", "NOUN"].contains(document.tokens[subject].upos) else { return }
        // The participle's phrase opens right after a comma that ends the subject's phrase.
        let opening = (range.lowerBound..<participle).first { document.tokens[$0].upos != "PUNCT"
            && isInside($0, subtreeOf: participle, range, document) && !isInside($0, subtreeOf: subject, range, document) } ?? participle
        guard opening - 1 > subject, document.tokens[opening - 1].form == "," else { return }
        /// `main` becomes the root with the name as its subject (`relation`); the participle is the
        /// name's reduced relative, and its punctuation from `first` on goes with `main`.
        func promote(_ main: Int, subjectRelation relation: String, punctuationFrom first: Int) {
            for child in children(participle) where document.tokens[child].deprel == "punct" && child >= first {
                document.tokens[child].head = Int32(main)
            }
            document.tokens[main].head = -1
            document.tokens[main].deprel = "root"
            document.tokens[subject].head = Int32(main)
            document.tokens[subject].deprel = relation
            document.tokens[participle].head = Int32(subject)
            document.tokens[participle].deprel = "acl"
            document.tokens[participle].xpos = "VBN"
        }
        for clause in children(participle) where clause > participle
            && ["parataxis", "conj", "ccomp"].contains(document.tokens[clause].deprel) {
            let dependents = children(clause)
            guard !dependents.contains(where: { document.tokens[$0].deprel.hasPrefix("nsubj") || document.tokens[$0].deprel == "cc"
                      || document.tokens[$0].deprel == "mark" }),
                  let finite = dependents.first(where: { $0 < clause && (document.tokens[$0].deprel.hasPrefix("aux") || document.tokens[$0].deprel == "cop")
                      && ["VBD", "VBZ", "VBP", "MD"].contains(document.tokens[$0].xpos) }),
                  document.tokens[finite - 1].form == "," else { continue }
            let passive = dependents.contains { document.tokens[$0].deprel == "aux:pass" }
            // The comma that closes the participle's phrase, and the final punctuation, go with the clause.
            promote(clause, subjectRelation: passive ? "nsubj:pass" : "nsubj", punctuationFrom: finite - 1)
            return
        }
        // "The classical part of the match, played over three weeks at the Carlos Lopes Pavilion,
        // produced only two decisive results": the main verb hung inside the participle's phrase
        // (on its last noun), after a comma, with an object and no subject or auxiliary of its own.
        // A reduced relative of that noun would be passive and take no object.
        guard let verb = range.first(where: { v in
            v > participle && document.tokens[v].upos == "VERB" && ["VBD", "VBN"].contains(document.tokens[v].xpos)
                && document.tokens[v - 1].form == "," && isInside(v, subtreeOf: participle, range, document)
                && children(v).contains { document.tokens[$0].deprel == "obj" }
                && !children(v).contains { document.tokens[$0].deprel.hasPrefix("nsubj") || document.tokens[$0].deprel.hasPrefix("aux")
                    || ["mark", "cc", "cop"].contains(document.tokens[$0].deprel) }
        }) else { return }
        document.tokens[verb].xpos = "VBD"
        promote(verb, subjectRelation: "nsubj", punctuationFrom: verb + 1)
    }
}
