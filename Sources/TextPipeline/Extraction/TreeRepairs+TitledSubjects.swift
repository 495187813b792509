/// Repairs to a subject written as a long title and the holder's name in apposition ("Finland's
/// Minister of Transport and Communications, Harri Vesterinen, resigned on Wednesday"), which the
/// greedy parser read as a list and a reduced relative: the title became the root, the name a
/// conjunct of the title's last noun, and the verb a relative clause, so no fact had a subject.
extension TreeRepairs {
    /// A person's name after a comma, hung as a `conj` of a noun after that noun's list already
    /// ended with its "and" ("Transport and Communications, Harri Vesterinen"), is no further list
    /// item: it is the apposition of the nominal the list is part of (the title's head).
    static func nameAfterAClosedListTakenForAConjunct(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for name in range where document.tokens[name].deprel == "conj" && isName(name, of: .person, document) {
            let anchor = head(name)
            guard range.contains(anchor), anchor < name, name - 1 > anchor, document.tokens[name - 1].form == ",",
                  !range.contains(where: { head($0) == name && document.tokens[$0].deprel == "cc" }),
                  // An earlier conjunct of the same noun carries the list's "and" or "or".
                  range.contains(where: { $0 < name && head($0) == anchor && document.tokens[$0].deprel == "conj"
                      && hasCoordinator($0, range, document) })
            else { continue }
            // Up from the list's noun through the modifiers it hangs in ("of Transport") to the title.
            var top = anchor
            while range.contains(head(top)), ["nmod", "conj", "compound", "flat"].contains(document.tokens[top].deprel) { top = head(top) }
            guard ["NOUN", "PROPN"].contains(document.tokens[top].upos), top != anchor else { continue }
            document.tokens[name].head = Int32(top)
            document.tokens[name].deprel = "appos"
        }
    }

    /// The sentence's verb in the past, hung as a reduced relative clause inside the subject of a
    /// nominal root that has no verb, copula or subject of its own, right after the comma that
    /// closes the subject ("Minister ..., Harri Vesterinen, resigned on Wednesday", "The city's
    /// police chief, Charlie Beck, resigned"): a relative clause would have its own "who" or
    /// "which", and a reduced one would leave the sentence without a main verb. The verb becomes
    /// the root and the nominal its subject. Headlines, whose bare participles are passives
    /// ("Salmela named successor"), are left alone.
    static func mainVerbTakenForAReducedRelative(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        // Without a comma, only a verb with an object of its own hung on the root itself: "Mayor
        // Ortiz named Ingrid Hallstrom ... as Berger's successor" (a participle naming its noun,
        // "a man named Smith", leaves the sentence with no verb only in a fragment).
        func hasObject(_ v: Int) -> Bool { children(v).contains { ["obj", "xcomp"].contains(document.tokens[$0].deprel) && $0 > v } }
        guard !(document.sentences.first == range && document.isHeadline(0)),
              let root = range.first(where: { document.tokens[$0].head < 0 }),
              ["NOUN", "PROPN"].contains(document.tokens[root].upos),
              !children(root).contains(where: { ["cop", "nsubj", "nsubj:pass", "aux", "aux:pass"].contains(document.tokens[$0].deprel) }),
              let verb = range.first(where: { $0 > root && ["acl", "acl:relcl"].contains(document.tokens[$0].deprel)
                  && document.tokens[$0].upos == "VERB" && ["VBD", "VBN"].contains(document.tokens[$0].xpos)
                  && (document.tokens[$0 - 1].form == "," || (head($0) == root && hasObject($0))) }),
              !children(verb).contains(where: { ["nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cop"].contains(document.tokens[$0].deprel) })
        else { return }
        // The subject ends right before the verb (or its comma): nothing of the verb's phrase
        // comes before it, and every word there is the root's (its modifiers and apposition).
        let subjectEnd = document.tokens[verb - 1].form == "," ? verb - 1 : verb
        guard !range.contains(where: { $0 < subjectEnd && $0 >= range.lowerBound && isInside($0, subtreeOf: verb, range, document) }),
              (root + 1..<verb).allSatisfy({ ["NOUN", "PROPN", "ADJ", "DET", "PUNCT", "ADP", "CCONJ", "PART", "NUM"].contains(document.tokens[$0].upos) })
        else { return }
        makeRoot(verb, demoting: root, as: "nsubj", range, &document)
        document.tokens[verb].xpos = "VBD"
    }

    /// A title opening the sentence and set off by a comma before the holder's name ("Anvaya's
    /// chief executive, Dr. Meera Venkataraman, 56, said no patient was harmed"), hung as a
    /// fronted complement of the verb, as the words of a quotation before "X said" are: it has no
    /// verb, subject or quotation mark of its own, so it is the subject, and the name after it its
    /// apposition.
    static func titleTakenForAFrontedComplement(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func children(_ i: Int) -> [Int] { range.filter { head($0) == i } }
        for title in range where document.tokens[title].deprel == "ccomp" && ["NOUN", "ADJ", "PROPN"].contains(document.tokens[title].upos) {
            let verb = head(title)
            guard range.contains(verb), title < verb, document.tokens[verb].upos == "VERB",
                  let name = children(verb).first(where: { document.tokens[$0].deprel == "nsubj" && $0 > title && $0 < verb }),
                  document.tokens[name].upos == "PROPN",
                  !children(title).contains(where: { ["nsubj", "nsubj:pass", "cop", "aux", "aux:pass", "mark", "expl"].contains(document.tokens[$0].deprel) })
            else { continue }
            let titleWords = range.filter { isInside($0, subtreeOf: title, range, document) }
            // A title is a noun phrase: no finite verb ("Coins found in the galley show that ...,
            // Aksoy said" is what was said), no long clause.
            guard titleWords.count <= 10,
                  !titleWords.contains(where: { ["VBD", "VBZ", "VBP", "MD"].contains(document.tokens[$0].xpos) }) else { continue }
            let nameStart = range.filter { isInside($0, subtreeOf: name, range, document) }.min() ?? name
            guard let titleEnd = titleWords.max(), titleWords.min() == range.lowerBound,
                  titleEnd < nameStart, (titleEnd + 1..<nameStart).allSatisfy({ document.tokens[$0].form == "," }),
                  nameStart > titleEnd + 1 || document.tokens[titleEnd].form == ",",
                  !titleWords.contains(where: { ["``", "''"].contains(document.tokens[$0].xpos) || openingQuotes.contains(document.tokens[$0].form) })
            else { continue }
            document.tokens[title].deprel = "nsubj"
            if document.tokens[title].upos == "ADJ" {
                document.tokens[title].upos = "NOUN"
                document.tokens[title].xpos = "NN"
            }
            document.tokens[name].head = Int32(title)
            document.tokens[name].deprel = "appos"
            // The comma that opens the apposition is the apposition's, not the title's last word.
            for comma in titleEnd..<nameStart where document.tokens[comma].form == "," && head(comma) == title {
                document.tokens[comma].head = Int32(name)
            }
        }
    }

    private static func hasCoordinator(_ conjunct: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Bool {
        range.contains { Int(document.tokens[$0].head) == conjunct && document.tokens[$0].deprel == "cc" }
    }
}
