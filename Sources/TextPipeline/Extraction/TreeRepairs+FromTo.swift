/// Repairs to the two ends of a span or a journey.
extension TreeRepairs {
    /// "paid smugglers to take them from Turkey to Greece", "cut the stations from 180 to 5": the
    /// parser may hang the "to" phrase on the "from" phrase's noun, so the fact's "from" holds
    /// "Turkey to Greece" and no "to" is stated. A "to" (or "into", "until", "through") phrase
    /// right after a "from" phrase of a verb, hung on its noun, is the verb's own oblique.
    static func toPhraseHungOnTheFromPhrase(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for end in range where document.tokens[end].deprel == "nmod" {
            let start = head(end)
            guard range.contains(start), start < end, document.tokens[start].deprel.hasPrefix("obl"),
                  caseMarker(of: start, range, document) == "from",
                  let marker = caseMarker(of: end, range, document), ["to", "into", "until", "through"].contains(marker),
                  // Nothing but the "from" phrase between: "from Turkey to Greece".
                  (start + 1..<end).allSatisfy({ isInside($0, subtreeOf: end, range, document) || isInside($0, subtreeOf: start, range, document) }),
                  range.contains(head(start))
            else { continue }
            document.tokens[end].head = document.tokens[start].head
            document.tokens[end].deprel = "obl"
        }
    }
}
