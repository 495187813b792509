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

extension TreeRepairs {
    /// "A Republican Assemblywoman, Jill Tolles, also commented": the parser hung the name on the
    /// role before it as a `list` item (the relation of addresses and contact details), so the
    /// role never named her. A proper name after a comma, hung as a list item on a noun or name
    /// before it, is its apposition.
    static func nameTakenForAListItem(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for word in range where document.tokens[word].deprel == "list" && document.tokens[word].upos == "PROPN" {
            let anchor = head(word)
            guard range.contains(anchor), anchor < word, ["NOUN", "PROPN"].contains(document.tokens[anchor].upos),
                  range.contains(where: { $0 < word && head($0) == word && document.tokens[$0].form == "," }) else { continue }
            document.tokens[word].deprel = "appos"
        }
    }
}
