/// Repairs to appositions the parser makes where the text has none.
extension TreeRepairs {
    /// "zinc, vitamin D, Pepcid and a daily Aspirin": the parser made "D" an appositive of
    /// "vitamin" and hung the rest of the list on it. A letter code right after a common noun, with
    /// no comma between ("vitamin D", "hepatitis B", "type 2"), is part of the noun's name, not
    /// an appositive (a name after a role noun, "officers Antoine Quirin", is one); the list items
    /// hung on it belong to the list the noun is in.
    static func appositiveWithoutPunctuation(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for word in range where document.tokens[word].deprel == "appos" && ["PROPN", "NUM"].contains(document.tokens[word].upos) {
            let noun = head(word)
            let form = document.tokens[word].form
            guard noun == word - 1, document.tokens[noun].upos == "NOUN", form.count <= 3,
                  form.allSatisfy({ $0.isUppercase || $0.isNumber }) else { continue }
            // The list's first item: the noun itself, or the item it is a conjunct of.
            let first = document.tokens[noun].deprel == "conj" && range.contains(head(noun)) ? head(noun) : noun
            for item in range where head(item) == word && document.tokens[item].deprel == "conj" {
                document.tokens[item].head = Int32(first)
            }
            document.tokens[word].deprel = "flat"
        }
    }
}
