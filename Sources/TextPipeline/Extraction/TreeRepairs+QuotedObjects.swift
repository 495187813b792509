/// Repairs to quotations that are a verb's object but hang elsewhere.
extension TreeRepairs {
    /// Verbs whose object is often a quotation of a few words: what a sign reads, what someone says.
    static let quotingVerbs: Set<String> = ExtractionLexicon.sayVerbs.union(["read", "chant", "shout", "sing", "call"])

    /// "holding signs which read "silenced" during the session": the parser hung the quoted word
    /// on the noun ("signs", as an `acl`) and left "read" without an object. A quotation that
    /// opens right after a quoting verb with no object or complement of its own, and whose head
    /// hangs outside the verb's clause, is the verb's object (its complement when it is a clause
    /// with a subject); what the quoted head governs after the closing mark goes with the verb
    /// ("during the session").
    static func quotationTakenFromItsVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for verb in range where document.tokens[verb].upos == "VERB"
            && quotingVerbs.contains(document.tokens[verb].lemma.lowercased()) && verb + 2 < range.upperBound {
            guard openingQuotes.contains(document.tokens[verb + 1].form),
                  !range.contains(where: { head($0) == verb && ["obj", "ccomp", "xcomp"].contains(document.tokens[$0].deprel) }),
                  let close = ((verb + 2)..<min(range.upperBound, verb + 10)).first(where: {
                      ["\"", "''", "\u{201D}"].contains(document.tokens[$0].form)
                  }), close > verb + 2 else { continue }
            let quoted = (verb + 2)..<close
            // The quotation's head: the word of it whose head is outside it.
            guard let quotedHead = quoted.first(where: { !quoted.contains(head($0)) && document.tokens[$0].upos != "PUNCT" }),
                  head(quotedHead) != verb, !isInside(verb, subtreeOf: quotedHead, range, document) else { continue }
            for child in range where head(child) == quotedHead && child > close {
                document.tokens[child].head = Int32(verb)
            }
            // A quoted clause is the verb's complement, a quoted word or phrase its object.
            document.tokens[quotedHead].head = Int32(verb)
            document.tokens[quotedHead].deprel = ["VERB", "AUX"].contains(document.tokens[quotedHead].upos)
                && range.contains(where: { head($0) == quotedHead && document.tokens[$0].deprel.hasPrefix("nsubj") }) ? "ccomp" : "obj"
        }
    }
}
