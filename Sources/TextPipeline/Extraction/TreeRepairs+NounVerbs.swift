/// Repairs to verbs the tagger read as nouns.
extension TreeRepairs {
    /// Modals and do-forms: a verb after one of them is a verb, whatever its tag.
    static let nounVerbAuxiliaries: Set<String> = [
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did",
    ]

    /// "The weapons do not influence the racers", "The computer can process 13 million
    /// calculations", "Hoechst 33342 exhibits a greater permeability": a noun-verb homograph tagged
    /// NOUN, which the parser still gave a subject and an object or a modal or "do" auxiliary,
    /// is the clause's verb. Only the tags change: the tree already reads it as a verb. A copula
    /// beside it makes it a predicate noun, which stays.
    ///
    /// "The latest research pact bolsters Du Pont's portfolio": with no subject, the parser hangs
    /// the subject's head on the mis-tagged verb as a compound, and its determiner and modifiers
    /// with it. A noun has no object, so such a word is the verb too, and the compound right
    /// before it, with the words before that, is its subject.
    static func verbTaggedAsNoun(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for word in range where document.tokens[word].upos == "NOUN" {
            let children = range.filter { Int(document.tokens[$0].head) == word }
            let relations = Set(children.map { document.tokens[$0].deprel })
            guard !relations.contains("cop") else { continue }
            let auxiliary = children.contains {
                document.tokens[$0].deprel == "aux" && nounVerbAuxiliaries.contains(document.tokens[$0].form.lowercased())
            }
            if relations.contains("nsubj") {
                guard auxiliary || relations.contains("obj") else { continue }
            } else {
                guard relations.contains("obj"), !relations.contains("case"), word - 1 >= range.lowerBound,
                      children.contains(word - 1), document.tokens[word - 1].deprel == "compound",
                      ["NOUN", "PROPN"].contains(document.tokens[word - 1].upos) else { continue }
                let subject = word - 1
                for child in children where child < subject { document.tokens[child].head = Int32(subject) }
                document.tokens[subject].deprel = "nsubj"
            }
            let form = document.tokens[word].form.lowercased()
            document.tokens[word].upos = "VERB"
            document.tokens[word].xpos = auxiliary ? "VB" : (form.hasSuffix("s") && !form.hasSuffix("ss") ? "VBZ" : "VBP")
        }
    }
}
