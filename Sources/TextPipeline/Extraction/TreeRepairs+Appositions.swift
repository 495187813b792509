/// Repairs to appositions the parser makes where the text has none.
extension TreeRepairs {
    /// "The Progressive Alliance and its junior partner, Green Left, won": the parser hangs the
    /// name apposed to the second conjunct on the first, so the Alliance "is" Green Left and the
    /// partner has no name. A name set off by a comma right after a common-noun conjunct names
    /// that conjunct.
    static func appositionOfTheLastConjunctHungOnTheFirst(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for name in range where document.tokens[name].deprel == "appos" && document.tokens[name].upos == "PROPN" {
            // "a firefighter and a nurse, Hugo Retamal and Carolina Pizarro": names for the list.
            hangOnTheLastConjunct(name, conjunctTags: ["NOUN"], range, &document)
        }
    }

    /// "Elizabeth Warren of Massachusetts and Michael Bloomberg, formerly the mayor of New York
    /// City, ended ...": the parser hangs a description set off after the last conjunct on the
    /// first, so Warren "was" the mayor ("Clara and his son, the drummer Davi Monteiro": Clara "was"
    /// the drummer). A singular common-noun appositive right after the last conjunct's phrase and
    /// a comma describes that conjunct; a plural one ("Warren and Bloomberg, both senators") or a
    /// list of its own describes them all and stays.
    static func descriptionOfTheLastConjunctHungOnTheFirst(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for noun in range where document.tokens[noun].deprel == "appos" && document.tokens[noun].upos == "NOUN"
            && document.tokens[noun].xpos == "NN" {
            hangOnTheLastConjunct(noun, conjunctTags: ["PROPN", "NOUN"], range, &document)
        }
    }

    /// Hangs `appositive`, which the parser hung on the first of a list, on the list's last
    /// conjunct (of one of `conjunctTags`) when it comes right after that conjunct's phrase and a
    /// comma, and is no list of its own. O(sentence²) at worst, for the subtree tests.
    private static func hangOnTheLastConjunct(_ appositive: Int, conjunctTags: Set<String>, _ range: Range<Int>,
                                              _ document: inout AnnotatedDocument) {
        let first = Int(document.tokens[appositive].head)
        guard range.contains(first), first < appositive,
              let conjunct = (first + 1..<appositive).last(where: { Int(document.tokens[$0].head) == first && document.tokens[$0].deprel == "conj" }),
              conjunctTags.contains(document.tokens[conjunct].upos),
              case let (end, next) = phraseEndAndNextWord(of: conjunct, range, document),
              end + 1 < appositive, document.tokens[end + 1].form == ",",
              (next..<appositive).allSatisfy({ isInside($0, subtreeOf: appositive, range, document) }),
              !range.contains(where: { Int(document.tokens[$0].head) == appositive && document.tokens[$0].deprel == "conj" })
        else { return }
        document.tokens[appositive].head = Int32(conjunct)
    }

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
    /// before it, is its apposition. So is one hung as a modifier (`nmod`) without a preposition
    /// right after the noun's comma ("Its president, Montserrat Vidal Puig, the rector of ...").
    static func nameTakenForAListItem(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for word in range where ["list", "nmod"].contains(document.tokens[word].deprel) && document.tokens[word].upos == "PROPN" {
            let anchor = head(word)
            guard range.contains(anchor), anchor < word, ["NOUN", "PROPN"].contains(document.tokens[anchor].upos) else { continue }
            if document.tokens[word].deprel == "list" {
                guard range.contains(where: { $0 < word && head($0) == word && document.tokens[$0].form == "," }) else { continue }
            } else {
                // The name's phrase opens with a comma right after the noun, and the name has no
                // preposition of its own.
                guard !range.contains(where: { head($0) == word && document.tokens[$0].deprel == "case" }),
                      let opening = (anchor + 1..<word).first(where: { isInside($0, subtreeOf: word, range, document) }),
                      opening == anchor + 1, document.tokens[opening].form == "," else { continue }
            }
            document.tokens[word].deprel = "appos"
        }
    }
}

extension TreeRepairs {
    /// "was funded by Norvance, the Swiss pharmaceutical company that makes the drug": the parser
    /// made the name a `compound` of the noun after the comma, so the phrase was headed by
    /// "company" and the agent's name was lost. A compound never spans a comma: a name hung as a
    /// compound on a noun after a comma heads the phrase, with the noun as its apposition. A
    /// phrase that then has a preposition of its own ("by") is no direct object but an oblique.
    static func compoundAcrossACommaIsAnApposition(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for name in range where document.tokens[name].deprel == "compound" && document.tokens[name].upos == "PROPN" {
            let noun = head(name)
            guard range.contains(noun), noun > name + 1, ["NOUN", "PROPN"].contains(document.tokens[noun].upos),
                  document.tokens[name + 1].form == ",",
                  (name + 1..<noun).allSatisfy({ !["VERB", "AUX"].contains(document.tokens[$0].upos) }) else { continue }
            // The name's own words up to the comma (a "flat" second word) stay with it.
            guard !(name + 2..<noun).contains(where: { document.tokens[$0].form == "," }) else { continue }
            document.tokens[name].head = document.tokens[noun].head
            document.tokens[name].deprel = document.tokens[noun].deprel
            document.tokens[noun].head = Int32(name)
            document.tokens[noun].deprel = "appos"
            // The noun's dependents before the comma (the name's preposition) go with the name.
            for child in range where head(child) == noun && child < name {
                document.tokens[child].head = Int32(name)
            }
            if document.tokens[name].deprel == "obj",
               range.contains(where: { head($0) == name && document.tokens[$0].deprel == "case" }) {
                document.tokens[name].deprel = "obl"
            }
        }
    }
}

extension TreeRepairs {
    /// "the expedition's leader, the American climber David Kessler": the parser makes "climber"
    /// the apposition of "leader" and the name an apposition of "climber", so no name stood in
    /// apposition to "leader" and Kessler led nothing. A name right after the common noun that is
    /// itself an apposition, with no comma between, is the apposition, and the noun before it
    /// describes the name ("the American climber" as in "Boston Mayor Kim Lee").
    static func nameAfterAnAppositiveNounTakenForItsApposition(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for name in range where document.tokens[name].deprel == "appos" && document.tokens[name].upos == "PROPN" {
            let noun = Int(document.tokens[name].head)
            // The outer anchor is a description too ("leader"); after a name ("Clara, the
            // drummer Davi Monteiro", a misparsed list) the chain is no apposition of one person.
            guard noun == name - 1, range.contains(noun), document.tokens[noun].upos == "NOUN",
                  document.tokens[noun].deprel == "appos", case let anchor = Int(document.tokens[noun].head), range.contains(anchor),
                  document.tokens[anchor].upos == "NOUN" else { continue }
            document.tokens[name].head = document.tokens[noun].head
            document.tokens[noun].head = Int32(name)
            document.tokens[noun].deprel = "nmod:desc"
            // The comma that opened the apposition opens the name's phrase now.
            for i in range where Int(document.tokens[i].head) == noun && i < noun && document.tokens[i].deprel == "punct" {
                document.tokens[i].head = Int32(name)
            }
        }
    }
}
