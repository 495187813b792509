/// A name in apposition to a role written with whom the role is of: "The American Samoan delegate
/// to the U.S. House of Representatives, Aumua Amata, told the press", parsed with "Aumua Amata"
/// an appositive of "House", the organization the role is at. A person's name does not describe
/// an organization or a place; it names the holder of the role, so it moves to the role noun. The
/// name's own type may be missing or wrong (an unfamiliar name after a place or an organization is
/// often typed like it), so a name that is not itself an organization counts when it hangs on one.
extension TreeRepairs {
    static func nameHungOnTheRolesOrganization(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for name in range where document.tokens[name].deprel == "appos" && document.tokens[name].upos == "PROPN"
            && document.tokens[name].head >= 0 {
            guard isName(name, of: .person, document) || (isName(head(name), of: .organization, document) && !isName(name, of: .organization, document)) else { continue }
            // Up from the noun the name hangs on, through the nominal modifiers ("House" of
            // "Representatives" of ...), to the first common noun of a role that holds them.
            var holder = head(name)
            var steps = 0
            while steps < 3, range.contains(holder), document.tokens[holder].upos == "PROPN",
                  !isName(holder, of: .person, document), document.tokens[holder].deprel.hasPrefix("nmod"), range.contains(head(holder)) {
                holder = head(holder)
                steps += 1
            }
            guard steps > 0, holder < name, document.tokens[holder].upos == "NOUN",
                  ExtractionLexicon.isPersonNoun(document.tokens[holder].lemma.lowercased()) else { continue }
            document.tokens[name].head = Int32(holder)
        }
    }

    /// "The U.S. ambassador to the United Nations, Nikki Haley, said": the parser made the role a
    /// clausal complement of "said" and the name its subject. A bare noun phrase (no verb, copula
    /// or subject of its own) before the verb is no clause; with the name right after it, between
    /// commas, it is the subject and the name its appositive.
    static func roleTakenForAComplement(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for role in range where document.tokens[role].deprel == "ccomp" && document.tokens[role].upos == "NOUN"
            && document.tokens[role].head >= 0 && role < head(role) {
            let verb = head(role)
            guard ExtractionLexicon.isPersonNoun(document.tokens[role].lemma.lowercased()),
                  !range.contains(where: { head($0) == role && ["nsubj", "cop", "aux", "mark"].contains(document.tokens[$0].deprel) })
            else { continue }
            let (end, name) = phraseEndAndNextWord(of: role, range, document)
            guard name < verb, document.tokens[name].upos == "PROPN", head(name) == verb,
                  document.tokens[name].deprel == "nsubj", document.tokens[end].form == "," || document.tokens[name - 1].form == ","
            else { continue }
            document.tokens[role].deprel = "nsubj"
            document.tokens[name].head = Int32(role)
            document.tokens[name].deprel = "appos"
        }
    }
}
