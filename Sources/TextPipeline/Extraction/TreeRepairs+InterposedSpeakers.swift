/// Repairs to a say-clause set between a subject and its verb.
extension TreeRepairs {
    /// "Bañaga, she said, was the last person to leave the ship": the parser made the name the
    /// root with the say-clause its parataxis, or a second subject of the say-verb, and the rest of
    /// the sentence the say-verb's complement, which has no subject: nothing said Bañaga was the
    /// last person. The name opening the sentence, set off by a comma before the speaker, is the
    /// subject of that complement, and the say-verb the root (as "she said Bañaga was the last
    /// person" would read).
    static func subjectBeforeAnInterposedSayVerb(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        func isSayVerb(_ i: Int) -> Bool {
            document.tokens[i].upos == "VERB" && ExtractionLexicon.sayVerbs.contains(document.tokens[i].lemma.lowercased())
        }
        guard let root = range.first(where: { document.tokens[$0].head < 0 }) else { return }
        // The name and the say-verb: the root and its parataxis, or the say-verb's first subject.
        let name: Int, say: Int
        if ["PROPN", "NOUN"].contains(document.tokens[root].upos),
           let verb = children(root).first(where: { $0 > root && document.tokens[$0].deprel == "parataxis" && isSayVerb($0) }),
           // The root's own words end before the say-clause: it is a noun phrase, not a clause.
           !children(root).contains(where: { $0 > verb && document.tokens[$0].upos != "PUNCT" }) {
            (name, say) = (root, verb)
        } else if isSayVerb(root), let first = children(root).first(where: { document.tokens[$0].deprel == "nsubj" }),
                  children(root).filter({ document.tokens[$0].deprel == "nsubj" && $0 < root }).count == 2,
                  ["PROPN", "NOUN"].contains(document.tokens[first].upos) {
            (name, say) = (first, root)
        } else {
            return
        }
        guard range.filter({ isInside($0, subtreeOf: name, range, document) && (name != root || !isInside($0, subtreeOf: say, range, document)) })
                .min() == range.lowerBound,
              let speaker = children(say).first(where: { document.tokens[$0].deprel == "nsubj" && $0 < say && $0 != name }),
              // Set off by a comma before the speaker.
              speaker > range.lowerBound, document.tokens[speaker - 1].form == ",",
              let content = children(say).first(where: { $0 > say && document.tokens[$0].deprel == "ccomp" }),
              !children(content).contains(where: { document.tokens[$0].deprel.hasPrefix("nsubj") || document.tokens[$0].deprel == "expl" })
        else { return }
        let passive = children(content).contains { document.tokens[$0].deprel == "aux:pass" }
        if name == root {
            document.tokens[say].head = -1
            document.tokens[say].deprel = "root"
        }
        document.tokens[name].head = Int32(content)
        document.tokens[name].deprel = passive ? "nsubj:pass" : "nsubj"
        // The commas around the say-clause are its own.
        for mark in children(name) where mark >= speaker - 1 && document.tokens[mark].upos == "PUNCT" {
            document.tokens[mark].head = Int32(say)
        }
    }
}
