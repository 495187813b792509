/// Repairs to a sentence that opens with a participle modifying its subject.
extension TreeRepairs {
    /// "Rising costs forced the mill to close", "Fishing boats typically have cargo holds": the
    /// parser reads the opening participle as the root verb with the noun after it as its object,
    /// and hangs the real verb on it as a conjunct or parataxis without a subject of its own. With
    /// no comma between them (a participle clause, "Joining the fleet, the ship sailed", has one
    /// and a subject for the verb), the participle modifies the noun, the noun phrase is the
    /// verb's subject, and the verb is the root.
    static func frontedParticipleTakenForTheRoot(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        let participle = range.lowerBound
        let token = document.tokens[participle]
        guard token.xpos == "VBG", token.head < 0, token.form.first?.isUppercase == true else { return }
        let children = range.filter { head($0) == participle }
        guard !children.contains(where: { ["nsubj", "nsubj:pass", "mark", "aux"].contains(document.tokens[$0].deprel) }),
              let noun = children.first(where: { document.tokens[$0].deprel == "obj" && ["NOUN", "PROPN"].contains(document.tokens[$0].upos) }),
              noun == participle + 1 || range.contains(where: { $0 > participle && $0 < noun && head($0) == noun }),
              let verb = children.first(where: { child in
                  child > noun && ["conj", "parataxis", "ccomp"].contains(document.tokens[child].deprel)
                      && document.tokens[child].upos == "VERB"
                      && ["VBP", "VBZ", "VBD"].contains(document.tokens[child].xpos)
                      && !range.contains { head($0) == child && document.tokens[$0].deprel.hasPrefix("nsubj") }
              }),
              !(participle..<verb).contains(where: { document.tokens[$0].form == "," })
        else { return }
        for child in children where child != noun && child != verb { document.tokens[child].head = Int32(verb) }
        document.tokens[verb].head = -1
        document.tokens[verb].deprel = "root"
        document.tokens[noun].head = Int32(verb)
        document.tokens[noun].deprel = "nsubj"
        document.tokens[participle].head = Int32(noun)
        document.tokens[participle].deprel = "amod"
        document.tokens[participle].upos = "ADJ"
    }
}
