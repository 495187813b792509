/// Repairs to relative clauses the greedy parser attaches to the wrong word.
extension TreeRepairs {
    /// "He was met by Abu Mahdi al-Muhandis, who was also killed in the airstrike" parsed with the
    /// "who" clause as a `parataxis` (or `conj`, `advcl`, `ccomp`) of the main verb: a clause
    /// opened by a relative pronoun right after a comma modifies the noun before that comma
    /// (`acl:relcl`), so its "who" stands for that noun (past an age between commas, "David
    /// Kessler, 51, who has led ..."). So does a "who" clause the parser made a relative clause of
    /// a verb ("opposed by X and Y, who said ..."); a "which" there may stand for the whole clause.
    static func relativeClauseTakenForParataxis(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for pronoun in range where ["WP", "WDT"].contains(document.tokens[pronoun].xpos) {
            let comma = pronoun - 1
            var before = pronoun - 2
            // "David Kessler, 51, who has led ...": an age between commas stands between them.
            if before - 2 >= range.lowerBound, document.tokens[before].upos == "NUM", document.tokens[before - 1].form == ",",
               ["NOUN", "PROPN"].contains(document.tokens[before - 2].upos) {
                before -= 2
            }
            guard before >= range.lowerBound, document.tokens[comma].form == ",",
                  ["NOUN", "PROPN"].contains(document.tokens[before].upos) else { continue }
            let clause = head(pronoun)
            guard range.contains(clause) else { continue }
            let onAVerb = document.tokens[pronoun].xpos == "WP" && document.tokens[clause].deprel == "acl:relcl" && range.contains(head(clause))
                && ["VERB", "AUX"].contains(document.tokens[head(clause)].upos)
            guard clause > pronoun, ["parataxis", "conj", "advcl", "ccomp"].contains(document.tokens[clause].deprel) || onAVerb,
                  document.tokens[pronoun].deprel.hasPrefix("nsubj") || document.tokens[pronoun].deprel == "obj" else { continue }
            // The noun phrase's head: up through the parts of a name or compound.
            var noun = before
            while ["flat", "compound", "fixed"].contains(document.tokens[noun].deprel), range.contains(head(noun)) { noun = head(noun) }
            guard !isInside(noun, subtreeOf: clause, range, document) else { continue }
            document.tokens[clause].head = Int32(noun)
            document.tokens[clause].deprel = "acl:relcl"
        }
    }
}

extension TreeRepairs {
    /// "Rafael Monteiro, the guitarist whose songs helped bring bossa nova to a new generation,
    /// died on Saturday": after a long appositive with a relative clause, the parser made the
    /// main verb a conjunct of the relative clause's verb and left the name as the root. A
    /// sentence whose root is a name or noun, with a finite verb that has no subject of its own
    /// hung as a conjunct, right after a comma, of a verb inside a relative clause of the root's
    /// appositive, is that verb's sentence: the verb becomes the root and the name its subject.
    static func mainVerbTakenForARelativeConjunct(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        guard let root = range.first(where: { document.tokens[$0].head < 0 }), ["PROPN", "NOUN"].contains(document.tokens[root].upos),
              !range.contains(where: { head($0) == root && document.tokens[$0].deprel == "cop" }) else { return }
        for verb in range where document.tokens[verb].deprel == "conj" && document.tokens[verb].upos == "VERB"
            && ["VBD", "VBZ", "VBP"].contains(document.tokens[verb].xpos) {
            let relative = head(verb)
            guard range.contains(relative), document.tokens[relative].deprel == "acl:relcl", verb - 1 > relative,
                  document.tokens[verb - 1].form == "," || (range.contains(where: { head($0) == verb && document.tokens[$0].form == "," })),
                  !range.contains(where: { head($0) == verb && document.tokens[$0].deprel.hasPrefix("nsubj") }),
                  !range.contains(where: { head($0) == verb && document.tokens[$0].deprel == "cc" }) else { continue }
            // The relative clause hangs on the root's appositive (or on the root itself).
            let holder = head(relative)
            guard range.contains(holder), holder == root || (document.tokens[holder].deprel == "appos" && head(holder) == root)
                    || (document.tokens[holder].deprel == "conj" && range.contains(head(holder)) && document.tokens[head(holder)].deprel == "appos"
                        && head(head(holder)) == root) else { continue }
            makeRoot(verb, demoting: root, as: "nsubj", range, &document)
            return
        }
    }
}

extension TreeRepairs {
    /// "\"Let's keep fighting\", wrote Elizabeth Warren on Twitter": after a quotation, a say-verb
    /// with the speaker after it is the sentence's main verb, which the parser hung on the quoted
    /// clause as a `parataxis` (or `ccomp`, `conj`) and whose speaker it took for the object. A say-verb right after a
    /// closing quotation mark (and a comma), with no subject and a name right after it as its
    /// object, takes the name as its subject; when the quoted clause is the root, the say-verb
    /// becomes the root and the quoted clause its complement.
    static func speakerAfterAQuotationTakenForTheObject(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        let closing: Set<String> = ["\"", "''", "\u{201D}"]
        for verb in range.dropFirst(2) where document.tokens[verb].upos == "VERB"
            && ExtractionLexicon.sayVerbs.contains(document.tokens[verb].lemma.lowercased()) {
            let quoteEnd = document.tokens[verb - 1].form == "," ? verb - 2 : verb - 1
            guard quoteEnd >= range.lowerBound, closing.contains(document.tokens[quoteEnd].form), verb + 1 < range.upperBound,
                  document.tokens[verb + 1].upos == "PROPN", head(verb + 1) == verb, document.tokens[verb + 1].deprel == "obj",
                  !range.contains(where: { head($0) == verb && document.tokens[$0].deprel.hasPrefix("nsubj") }) else { continue }
            document.tokens[verb + 1].deprel = "nsubj"
            let quoted = head(verb)
            guard range.contains(quoted), document.tokens[quoted].head < 0, quoted < verb,
                  ["parataxis", "conj", "ccomp"].contains(document.tokens[verb].deprel) else { continue }
            makeRoot(verb, demoting: quoted, as: "ccomp", range, &document)
        }
    }
}

extension TreeRepairs {
    /// "Every child we miss is a child who could infect a whole classroom," said Dr. Henrik
    /// Mølgaard: a quotation opened in an earlier sentence ends in this one, before a say-verb
    /// and its speaker. With no opening mark before the closing one, everything up to it is
    /// quoted: a subject the parser found there is the quotation (the say-verb's complement),
    /// and the name after the verb is the speaker.
    static func speakerAfterAContinuedQuotation(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        let closing: Set<String> = ["\"", "''", "\u{201D}"]
        let opening: Set<String> = ["\"", "``", "\u{201C}"]
        for verb in range.dropFirst(2) where document.tokens[verb].upos == "VERB"
            && ExtractionLexicon.sayVerbs.contains(document.tokens[verb].lemma.lowercased()) {
            let quoteEnd = document.tokens[verb - 1].form == "," ? verb - 2 : verb - 1
            guard quoteEnd > range.lowerBound, closing.contains(document.tokens[quoteEnd].form),
                  !(range.lowerBound..<quoteEnd).contains(where: { opening.contains(document.tokens[$0].form) }),
                  let speaker = (verb + 1..<range.upperBound).first(where: { head($0) == verb && document.tokens[$0].upos == "PROPN" }),
                  ["nsubj", "obj"].contains(document.tokens[speaker].deprel),
                  let quoted = range.first(where: { $0 < quoteEnd && head($0) == verb && document.tokens[$0].deprel.hasPrefix("nsubj") })
            else { continue }
            document.tokens[quoted].deprel = "ccomp"
            document.tokens[speaker].deprel = "nsubj"
        }
    }
}

extension TreeRepairs {
    /// Makes `word` the sentence's root and hangs the old root `root` on it as `relation`; the old
    /// root's punctuation after `word` (the sentence's final mark) goes with the new root.
    static func makeRoot(_ word: Int, demoting root: Int, as relation: String, _ range: Range<Int>, _ document: inout AnnotatedDocument) {
        for child in range where Int(document.tokens[child].head) == root && child > word && document.tokens[child].deprel == "punct" {
            document.tokens[child].head = Int32(word)
        }
        document.tokens[word].head = -1
        document.tokens[word].deprel = "root"
        document.tokens[root].head = Int32(word)
        document.tokens[root].deprel = relation
    }
}

extension TreeRepairs {
    /// "Sahyadri Vaccines, a rival manufacturer based in Pune, which has agreed to deliver 1.2
    /// million doses": the parser hung the relative clause on the nearest noun, the place the
    /// participle names, but a place agrees to nothing. A relative clause opened by "which" or
    /// "who" after a comma, hung on a place inside a participle phrase ("based in", "located
    /// in"), whose verb asks for someone who acts (`actingVerbs`), modifies the noun the
    /// participle describes.
    static func relativeClauseHungOnAPlaceOfAParticiple(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for clause in range where document.tokens[clause].deprel == "acl:relcl" && document.tokens[clause].upos == "VERB"
            && actingVerbs.contains(document.tokens[clause].lemma.lowercased()) {
            let place = head(clause)
            guard range.contains(place), isName(place, of: .place, document), document.tokens[place].deprel == "obl",
                  let pronoun = range.first(where: { head($0) == clause && document.tokens[$0].deprel.hasPrefix("nsubj") }),
                  ["which", "who"].contains(document.tokens[pronoun].form.lowercased()), pronoun > range.lowerBound,
                  document.tokens[pronoun - 1].form == ","
            else { continue }
            let participle = head(place)
            guard range.contains(participle), document.tokens[participle].deprel == "acl", document.tokens[participle].xpos == "VBN" else { continue }
            let noun = head(participle)
            guard range.contains(noun), ["NOUN", "PROPN"].contains(document.tokens[noun].upos) else { continue }
            document.tokens[clause].head = Int32(noun)
        }
    }

    /// Verbs of a relative clause whose subject acts: no place agrees, announces or delivers.
    static let actingVerbs: Set<String> = [
        "agree", "decide", "refuse", "promise", "plan", "announce", "say", "deny", "deliver", "supply", "sign",
        "hire", "employ", "make", "produce", "manufacture", "sell", "buy", "offer", "pay", "build", "operate", "run",
    ]
}
