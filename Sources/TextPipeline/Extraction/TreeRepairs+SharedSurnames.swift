/// Repairs to names that share one surname.
extension TreeRepairs {
    /// "A couple from Florida, Richard and Lisa Parry, made a drive": the parser hangs the shared
    /// surname on the first given name (as `flat`), so the first person is "Richard Parry" and the
    /// second only "Lisa". Two proper nouns joined by "and" or "&", the second followed by the
    /// surname the parser hung on the first, are each their own name; the surname goes with the
    /// second, which is how the text writes it. So too after a full first name ("Richard Smith and
    /// Lisa Parry", with "Parry" hung on "Richard").
    static func surnameSharedByCoordinatedGivenNames(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for surname in range where document.tokens[surname].deprel == "flat" && document.tokens[surname].upos == "PROPN" {
            let first = Int(document.tokens[surname].head)
            let second = surname - 1
            guard range.contains(first), first < second,
                  ["and", "&"].contains(document.tokens[second - 1].form.lowercased()),
                  document.tokens[second].upos == "PROPN", document.tokens[second].deprel == "conj",
                  Int(document.tokens[second].head) == first
            else { continue }
            document.tokens[surname].head = Int32(second)
        }
    }
}
