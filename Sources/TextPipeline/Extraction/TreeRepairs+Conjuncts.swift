/// Repairs to coordination the greedy parser attaches to the wrong word.
extension TreeRepairs {
    /// "He did not attend the meeting and stayed at home" parsed with "stayed" a conjunct of
    /// "meeting": a verb coordinated by "and"/"or"/"but" with the object (or oblique) noun of
    /// another verb is that verb's conjunct, so it shares its subject rather than hanging inside
    /// an argument.
    static func verbConjunctOnAnArgument(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for verb in range where document.tokens[verb].deprel == "conj" && document.tokens[verb].upos == "VERB" {
            let noun = head(verb)
            guard range.contains(noun), noun < verb, ["NOUN", "PROPN"].contains(document.tokens[noun].upos),
                  ["obj", "obl"].contains(document.tokens[noun].deprel.split(separator: ":").first.map(String.init) ?? ""),
                  ["VBD", "VBN", "VBZ", "VBP"].contains(document.tokens[verb].xpos) else { continue }
            let governor = head(noun)
            guard range.contains(governor), governor < noun, document.tokens[governor].upos == "VERB" else { continue }
            let children = range.filter { head($0) == verb }
            guard children.contains(where: { document.tokens[$0].deprel == "cc" }),
                  !children.contains(where: { document.tokens[$0].deprel.hasPrefix("nsubj") }) else { continue }
            document.tokens[verb].head = Int32(governor)
        }
    }
}
