/// Repairs to subjects the parser took for part of a time phrase before them.
extension TreeRepairs {
    /// "On Friday the legislature of Taiwan, the Legislative Yuan, voted 66 to 27": with no comma
    /// after the fronted time, the parser hung the subject on "Friday" as its appositive and left
    /// the verb without a subject. An appositive that follows an oblique before a subjectless verb
    /// with no comma between them is that verb's subject.
    static func subjectTakenForAnAppositiveOfAFrontedTime(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for verb in range where ["VERB", "AUX"].contains(document.tokens[verb].upos) {
            guard !hasSubject(verb, range, document) else { continue }
            for time in range where time < verb && head(time) == verb && document.tokens[time].deprel.hasPrefix("obl") {
                guard let appositive = range.first(where: {
                    $0 > time && $0 < verb && head($0) == time && document.tokens[$0].deprel == "appos"
                        && ["NOUN", "PROPN"].contains(document.tokens[$0].upos)
                }) else { continue }
                let start = range.first { isInside($0, subtreeOf: appositive, range, document) } ?? appositive
                guard start > range.lowerBound, ![",", "-", "(", ":"].contains(document.tokens[start - 1].form) else { continue }
                document.tokens[appositive].head = Int32(verb)
                document.tokens[appositive].deprel = "nsubj"
                break
            }
        }
    }

    /// "In April 2014, Zane, along with a friend, announced a plan", "Although in Flanders, the
    /// Flemish Region assigned its powers": after a comma, the parser hung the subject on the
    /// fronted oblique (as its `nmod` or `appos`) and left the verb without one. A name or
    /// determined noun hung that way, with no preposition of its own, between the oblique and a
    /// verb that has no subject, is the verb's subject.
    static func subjectTakenForAModifierOfAFrontedOblique(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for verb in range where document.tokens[verb].upos == "VERB" {
            guard ["root", "conj", "ccomp", "advcl", "parataxis"].contains(document.tokens[verb].deprel),
                  !hasSubject(verb, range, document) else { continue }
            for oblique in range where oblique < verb && head(oblique) == verb && document.tokens[oblique].deprel.hasPrefix("obl") {
                guard let subject = range.first(where: { c in
                    c > oblique && c < verb && head(c) == oblique && ["nmod", "appos"].contains(document.tokens[c].deprel)
                        && ["NOUN", "PROPN"].contains(document.tokens[c].upos)
                        && !range.contains(where: { head($0) == c && document.tokens[$0].deprel == "case" && $0 < c })
                        && (document.tokens[c].upos == "PROPN" || range.contains(where: { head($0) == c && document.tokens[$0].deprel == "det" }))
                }) else { continue }
                let start = range.first { isInside($0, subtreeOf: subject, range, document) && document.tokens[$0].upos != "PUNCT" } ?? subject
                guard start > range.lowerBound, document.tokens[start - 1].form == "," else { continue }
                document.tokens[subject].head = Int32(verb)
                document.tokens[subject].deprel = "nsubj"
                break
            }
        }
    }

    /// True when `verb` has a subject (an expletive "there" or "it" counts) in the sentence.
    private static func hasSubject(_ verb: Int, _ range: Range<Int>, _ document: AnnotatedDocument) -> Bool {
        range.contains { Int(document.tokens[$0].head) == verb && subjectRelationsWithExpletives.contains(document.tokens[$0].deprel) }
    }

    private static let subjectRelationsWithExpletives: Set<String> = ["nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"]
}
