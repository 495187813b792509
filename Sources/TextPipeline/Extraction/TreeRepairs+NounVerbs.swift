/// Repairs to verbs the tagger read as nouns.
extension TreeRepairs {
    /// "The weapons do not influence the racers", "The computer can process 13 million
    /// calculations", "Hoechst 33342 exhibits a greater permeability": a noun-verb homograph tagged
    /// NOUN, which the parser still gave a subject and an object or a modal or "do" auxiliary,
    /// is the clause's verb. Only the tags change: the tree already reads it as a verb. A copula
    /// beside it makes it a predicate noun, which stays.
    static func verbTaggedAsNoun(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        let auxiliaries: Set<String> = ["can", "could", "will", "would", "shall", "should", "may", "might", "must",
                                        "do", "does", "did"]
        for word in range where document.tokens[word].upos == "NOUN" {
            let children = range.filter { Int(document.tokens[$0].head) == word }
            let relations = Set(children.map { document.tokens[$0].deprel })
            guard relations.contains("nsubj"), !relations.contains("cop") else { continue }
            let auxiliary = children.contains {
                document.tokens[$0].deprel == "aux" && auxiliaries.contains(document.tokens[$0].form.lowercased())
            }
            guard auxiliary || relations.contains("obj") else { continue }
            let form = document.tokens[word].form.lowercased()
            document.tokens[word].upos = "VERB"
            document.tokens[word].xpos = auxiliary ? "VB" : (form.hasSuffix("s") && !form.hasSuffix("ss") ? "VBZ" : "VBP")
        }
    }
}
