/// Repairs to "as" phrases the parser reads as clauses.
extension TreeRepairs {
    /// "Zambrano named Lucía Benalcázar, 46, an electrical engineer who ran ..., as Icaza's
    /// successor": after a long apposition the parser hangs the role on the apposition's noun (or
    /// on the verb of its relative clause), so the one named is not the successor. An "as"
    /// phrase set off by a comma inside what an appointing verb names is the verb's: the role it
    /// names them to.
    static func roleHungInsideTheAppointed(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for verb in range where document.tokens[verb].upos == "VERB" && SentenceReader.appointingVerbs.contains(document.tokens[verb].lemma.lowercased()) {
            guard let named = range.first(where: { Int(document.tokens[$0].head) == verb && ["obj", "xcomp"].contains(document.tokens[$0].deprel)
                      && document.tokens[$0].upos == "PROPN" && $0 > verb }) else { continue }
            for role in range where role > named && ["nmod", "obl"].contains(document.tokens[role].deprel) && ["NOUN", "PROPN"].contains(document.tokens[role].upos)
                && isInside(role, subtreeOf: named, range, document) {
                guard let marker = range.first(where: { Int(document.tokens[$0].head) == role && document.tokens[$0].deprel == "case" }),
                      document.tokens[marker].form.lowercased() == "as", marker > range.lowerBound,
                      document.tokens[marker - 1].form == ",", Int(document.tokens[marker - 1].head) == role
                else { continue }
                document.tokens[role].head = Int32(verb)
                document.tokens[role].deprel = "obl"
                document.tokens[named].deprel = "obj"
            }
        }
    }

    /// "replaced the governor of the central bank, Ramon Villacorta, with his deputy, Teresita
    /// Abad": the parser hung the "with" phrase inside the object (on its last name), so the new
    /// holder was part of the old one. A "with" phrase after a comma inside the object of
    /// "replace" (or "succeed"'s kin that take one: substitute, swap) is the verb's.
    static func replacementHungInsideTheReplaced(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for verb in range where document.tokens[verb].upos == "VERB" && replacingVerbs.contains(document.tokens[verb].lemma.lowercased()) {
            guard let replaced = range.first(where: { Int(document.tokens[$0].head) == verb && document.tokens[$0].deprel == "obj" && $0 > verb })
            else { continue }
            for newcomer in range where newcomer > replaced && document.tokens[newcomer].deprel == "nmod"
                && ["NOUN", "PROPN"].contains(document.tokens[newcomer].upos) && isInside(newcomer, subtreeOf: replaced, range, document) {
                guard let marker = range.first(where: { Int(document.tokens[$0].head) == newcomer && document.tokens[$0].deprel == "case" }),
                      document.tokens[marker].form.lowercased() == "with", marker > range.lowerBound,
                      document.tokens[marker - 1].form == ","
                else { continue }
                document.tokens[newcomer].head = Int32(verb)
                document.tokens[newcomer].deprel = "obl"
                if Int(document.tokens[marker - 1].head) != verb { document.tokens[marker - 1].head = Int32(newcomer) }
                break
            }
        }
    }

    /// Verbs whose "with" phrase names what takes the object's place.
    static let replacingVerbs: Set<String> = ["replace", "substitute", "swap"]

    /// "the leaders described the river as "a shared inheritance that no country can manage
    /// alone"": the parser made "as" a subordinator (`mark`) and the noun phrase an adverbial
    /// clause, so the description was no argument of "described". A noun hung as an
    /// `advcl` with "as" for its mark, and no verb, copula or subject of its own, is an oblique
    /// with "as" for its preposition.
    static func asPhraseTakenForAClause(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for phrase in range where document.tokens[phrase].deprel == "advcl" && ["NOUN", "PROPN"].contains(document.tokens[phrase].upos) {
            let dependents = range.filter { head($0) == phrase }
            guard let mark = dependents.first(where: { document.tokens[$0].deprel == "mark" && document.tokens[$0].form.lowercased() == "as" }),
                  !dependents.contains(where: { ["cop", "nsubj", "nsubj:pass", "aux", "aux:pass"].contains(document.tokens[$0].deprel) }),
                  // "as did the Evening Star", with "did" hung as a modifier: a clause of its own.
                  !dependents.contains(where: { $0 < phrase && (document.tokens[$0].upos == "AUX"
                      || (document.tokens[$0].upos == "VERB" && document.tokens[$0].deprel != "amod")) })
            else { continue }
            document.tokens[mark].deprel = "case"
            document.tokens[mark].upos = "ADP"
            document.tokens[phrase].deprel = "obl"
        }
    }
}

extension TreeRepairs {
    /// "chose his deputy, Femke Janssen, as acting leader": the parser read "acting" as a verb
    /// with "leader" its object, in a clause opened by "as". A participle that modifies titles
    /// ("acting", "outgoing", "incoming") right after "as" and right before its "object" modifies
    /// that noun, and the "as" phrase is the noun's.
    static func titleModifierTakenForAVerbAfterAs(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for word in range.dropFirst() where titleParticiples.contains(document.tokens[word].form.lowercased())
            && document.tokens[word].upos == "VERB" && word + 1 < range.upperBound {
            let noun = word + 1
            let marker = word - 1
            guard document.tokens[marker].form.lowercased() == "as", Int(document.tokens[marker].head) == word,
                  Int(document.tokens[noun].head) == word, document.tokens[noun].deprel == "obj", document.tokens[noun].upos == "NOUN",
                  !range.contains(where: { Int(document.tokens[$0].head) == word && document.tokens[$0].deprel.hasPrefix("nsubj") })
            else { continue }
            document.tokens[noun].head = document.tokens[word].head
            document.tokens[noun].deprel = "obl"
            for child in range where Int(document.tokens[child].head) == word && child != noun && child != marker {
                document.tokens[child].head = Int32(noun)
            }
            document.tokens[marker].head = Int32(noun)
            document.tokens[marker].deprel = "case"
            document.tokens[marker].upos = "ADP"
            document.tokens[word].head = Int32(noun)
            document.tokens[word].deprel = "amod"
            document.tokens[word].upos = "ADJ"
            document.tokens[word].xpos = "JJ"
        }
    }

    /// Participles that stand before a title as its modifier ("acting leader", "outgoing mayor").
    static let titleParticiples: Set<String> = ["acting", "outgoing", "incoming", "presiding", "reigning", "serving", "founding"]
}
