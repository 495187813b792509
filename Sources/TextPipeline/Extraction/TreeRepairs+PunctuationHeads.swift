/// Repairs to words the parser hung on a punctuation mark.
extension TreeRepairs {
    /// "replaced the governor of the central bank, Ramon Villa, with his deputy": the parser hung
    /// the name on the comma before it, which heads nothing in a treebank, so no reading of the
    /// sentence saw the name. A word (not itself punctuation) hung on a punctuation mark hangs on
    /// the mark's head instead: a noun there as an oblique of a verb or the apposition of a noun,
    /// which the later repairs read as they would a parse that had put it there.
    static func wordHungOnPunctuation(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for word in range where document.tokens[word].upos != "PUNCT" {
            let mark = Int(document.tokens[word].head)
            guard range.contains(mark), document.tokens[mark].upos == "PUNCT" else { continue }
            let head = Int(document.tokens[mark].head)
            guard range.contains(head), head != word, !isInside(head, subtreeOf: word, range, document) else { continue }
            document.tokens[word].head = Int32(head)
            if ["NOUN", "PROPN"].contains(document.tokens[word].upos), ["compound", "flat", "appos", "dep"].contains(document.tokens[word].deprel) {
                document.tokens[word].deprel = document.tokens[head].upos == "VERB" ? "obl" : "appos"
            }
        }
    }
}
