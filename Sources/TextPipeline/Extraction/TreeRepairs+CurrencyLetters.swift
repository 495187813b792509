/// Repairs to money written with country letters on the dollar sign.
extension TreeRepairs {
    /// "raised C$388,000 and C$341,000": the tokenizer splits "C$" into "C" and "$", and the parser
    /// read the letter as a proper noun heading the amount, so "C" became the object and the
    /// coordination of the amounts a coordination of letters. The sign heads the amount as with
    /// a plain "$": it takes the letters' place (head, relation and other dependents) and the
    /// letters become its `compound`.
    static func currencyLettersTakenForTheHead(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for letters in range where range.contains(letters + 1) && document.tokens[letters + 1].form == "$" {
            let sign = letters + 1
            guard ValueRecognizer.currencyPrefixes[document.tokens[letters].form.lowercased()] != nil,
                  document.isJoinedToNext(letters), Int(document.tokens[sign].head) == letters else { continue }
            for dependent in range where Int(document.tokens[dependent].head) == letters && dependent != sign {
                document.tokens[dependent].head = Int32(sign)
            }
            document.tokens[sign].head = document.tokens[letters].head
            document.tokens[sign].deprel = document.tokens[letters].deprel
            document.tokens[letters].head = Int32(sign)
            document.tokens[letters].deprel = "compound"
        }
    }
}
