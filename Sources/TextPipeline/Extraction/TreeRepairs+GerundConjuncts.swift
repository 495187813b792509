/// Repairs to a gerund coordinated with a finite verb's object.
extension TreeRepairs {
    /// "His charges include intentional homicide and illegally possessing a firearm": the parser
    /// made "possessing" a conjunct of "include". A gerund with no subject and no auxiliary cannot
    /// be a finite verb's conjunct ("include ... and possessing" is no clause); coordinated after
    /// the verb's nominal object, it is a second item of that object.
    static func gerundConjunctOfAFiniteVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for gerund in range where document.tokens[gerund].xpos == "VBG" && document.tokens[gerund].deprel == "conj" {
            let verb = head(gerund)
            guard range.contains(verb), document.tokens[verb].upos == "VERB",
                  ["VBP", "VBZ", "VBD"].contains(document.tokens[verb].xpos) else { continue }
            let children = range.filter { head($0) == gerund }
            guard !children.contains(where: { ["nsubj", "nsubj:pass", "aux", "aux:pass", "cop", "mark"].contains(document.tokens[$0].deprel) }),
                  let coordinator = children.first(where: { document.tokens[$0].deprel == "cc" }),
                  let object = range.last(where: { $0 < coordinator && head($0) == verb && document.tokens[$0].deprel == "obj" }),
                  ["NOUN", "PROPN"].contains(document.tokens[object].upos),
                  // Nothing of the verb's own between the object and the coordinator.
                  !range.contains(where: { $0 > object && $0 < coordinator && head($0) == verb && document.tokens[$0].deprel != "punct" })
            else { continue }
            document.tokens[gerund].head = Int32(object)
        }
    }
}
