/// Repairs to a name someone gives themselves.
extension TreeRepairs {
    /// Reflexive pronouns after a naming verb ("calling itself").
    static let reflexivePronouns: Set<String> = ["itself", "himself", "herself", "themselves"]

    /// "A criminal group calling itself BlackVeil claimed responsibility": the parser reads the
    /// name as a second subject of the main verb and leaves the reflexive pronoun loose. After a
    /// participle of "call" or "name" and a reflexive pronoun, a proper name that hangs on another
    /// word as a subject is what the participle calls its object: the pronoun becomes the
    /// participle's object and the name its complement, as in "calling himself John Smith".
    static func selfGivenNameTakenForASubject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for verb in range where ["call", "name", "style"].contains(document.tokens[verb].lemma.lowercased())
            && document.tokens[verb].xpos == "VBG" && verb + 2 < range.upperBound {
            let pronoun = verb + 1
            guard reflexivePronouns.contains(document.tokens[pronoun].form.lowercased()),
                  document.tokens[pronoun + 1].upos == "PROPN" else { continue }
            // The name runs over the proper nouns after the pronoun; its head hangs outside it.
            var end = pronoun + 1
            while end < range.upperBound, document.tokens[end].upos == "PROPN" { end += 1 }
            let name = (pronoun + 1)..<end
            guard let nameHead = name.first(where: { !name.contains(head($0)) }),
                  document.tokens[nameHead].deprel.hasPrefix("nsubj"), head(nameHead) != verb else { continue }
            document.tokens[pronoun].head = Int32(verb)
            document.tokens[pronoun].deprel = "obj"
            document.tokens[nameHead].head = Int32(verb)
            document.tokens[nameHead].deprel = "xcomp"
        }
    }
}
