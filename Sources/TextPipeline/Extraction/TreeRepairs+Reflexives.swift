/// Repairs to emphatic reflexives ("the stage itself") that the parser takes for an argument.
extension TreeRepairs {
    /// "The stage itself was won by Jens Vermeulen": the parser makes "itself" the passive's
    /// subject and hangs the verb on "stage" as a relative clause, so the fact says "itself was
    /// won". A reflexive pronoun right after the noun whose clause it is the subject of only
    /// stresses that noun: the noun is the subject, in the clause's place, and the reflexive
    /// hangs on it.
    static func emphaticReflexiveTakenForTheSubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for pronoun in range where reflexives.contains(document.tokens[pronoun].form.lowercased())
            && document.tokens[pronoun].deprel.hasPrefix("nsubj") {
            let verb = head(pronoun)
            let noun = pronoun - 1
            guard range.contains(verb), range.contains(noun), ["NOUN", "PROPN"].contains(document.tokens[noun].upos),
                  head(verb) == noun, document.tokens[verb].deprel.hasPrefix("acl") else { continue }
            // The verb takes the noun's place in the tree; the noun becomes its subject.
            document.tokens[verb].head = document.tokens[noun].head
            document.tokens[verb].deprel = document.tokens[noun].deprel
            document.tokens[noun].head = Int32(verb)
            document.tokens[noun].deprel = document.tokens[pronoun].deprel
            document.tokens[pronoun].head = Int32(noun)
            document.tokens[pronoun].deprel = "nmod:npmod"
            // What followed the clause (the final stop) belongs to the verb now.
            for i in range where head(i) == noun && i > verb && document.tokens[i].deprel == "punct" {
                document.tokens[i].head = Int32(verb)
            }
        }
    }

    static let reflexives: Set<String> = ["itself", "himself", "herself", "themselves", "myself", "yourself", "ourselves"]
}
