import FactModel

/// A subject pronoun in a later clause of the sentence that stands for the subject of a clause it
/// hangs under: "The division held its lines until May, when it broke out of the beachhead"
/// gives (The division; broke out of; the beachhead), "Cole hired a guide, and he found the
/// pass" (Cole; found; the pass). The antecedent must agree with the pronoun: he/she a person
/// (a person name or noun), it a singular thing, they a plural or coordinated subject; the
/// first clause that has a subject of its own before the pronoun decides (a noun for a woman
/// disagrees with "he", for a man with "she"), and a disagreeing one
/// leaves the pronoun as it is (the entities stage still links it across sentences), as does an
/// agreeing object between the two ("repaired the pump before it failed"), or a say-verb's
/// speaker ("..., he adds"). When no clause the pronoun's clause hangs under has a subject before
/// it ("Although the villages were close to the mills, they were separated from them"), the
/// sentence's first clause subject before the pronoun stands for it if it agrees; a proper noun
/// of no known class counts as a person for "he" and "she".
extension SentenceReader {
    /// The antecedent argument of subject pronoun `pronoun` of clause `h`, or nil.
    func pronounAntecedent(_ pronoun: Int, clause h: Int) -> DraftArgument? {
        let form = tree.form(pronoun).lowercased()
        guard ["he", "she", "it", "they"].contains(form), tree.upos(pronoun) == "PRON" else { return nil }
        // "..., he adds": a speaker is not the subject of what he reports.
        guard !ExtractionLexicon.sayVerbs.contains(tree.lemma(h)) else { return nil }
        switch governingAntecedent(pronoun, form: form, clause: h) {
        case .found(let antecedent): return antecedent
        case .ruledOut: return nil
        case .noGoverningSubject: return sentenceSubjectAntecedent(pronoun, form: form)
        }
    }

    /// What the clauses a pronoun's clause hangs under say about its antecedent.
    enum GoverningAntecedent {
        case found(DraftArgument)
        /// The first governing subject disagrees, or an agreeing object stands between them.
        case ruledOut
        case noGoverningSubject
    }

    /// The antecedent among the subjects of the clauses that `h` hangs under: the first one with
    /// a subject of its own before the pronoun decides.
    func governingAntecedent(_ pronoun: Int, form: String, clause h: Int) -> GoverningAntecedent {
        var current = h
        var steps = 0
        while let up = tree.head(current), steps < 6 {
            steps += 1
            current = up
            guard isClauseHead(up), let subject = preferredSubject(of: up), subject < pronoun,
                  !tree.dominates(subject, pronoun) else { continue }
            // "Ada left early, since then she has worked alone, and she ...": the same pronoun
            // before stands for the same antecedent.
            if tree.upos(subject) == "PRON", tree.form(subject).lowercased() == form {
                return pronounAntecedent(subject, clause: up).map { .found($0) } ?? .ruledOut
            }
            guard tree.upos(subject) != "PRON", !isRelativePronoun(subject), agrees(form, with: subject) else { return .ruledOut }
            let span = tree.argumentSpan(subject, keepConjuncts: form == "they")
            // "The crew repaired the pump before it failed": an object that agrees stands
            // between them, and the pronoun may be that one's.
            let after = (span.words.max() ?? subject) + 1
            if after < pronoun, (after..<pronoun).contains(where: { isArgumentHead($0) && agrees(form, with: $0) }) { return .ruledOut }
            return .found(span)
        }
        return .noGoverningSubject
    }

    /// When no governing clause has a subject before the pronoun ("Although the villages were
    /// close to the mills, they were separated from them": the pronoun's clause governs the
    /// antecedent's), the sentence's first clause subject before the pronoun, if it agrees.
    func sentenceSubjectAntecedent(_ pronoun: Int, form: String) -> DraftArgument? {
        let first = tree.indices.lazy.filter { self.isClauseHead($0) }.compactMap { self.preferredSubject(of: $0) }
            .filter { $0 < pronoun && !self.tree.dominates($0, pronoun) }.min()
        guard let subject = first, tree.upos(subject) != "PRON", !isRelativePronoun(subject),
              agrees(form, with: subject) else { return nil }
        return tree.argumentSpan(subject, keepConjuncts: form == "they")
    }

    /// A noun heading an object: the one rival a subject has for a later pronoun (a subject is
    /// the likelier antecedent than a noun in an adverbial).
    func isArgumentHead(_ w: Int) -> Bool {
        tree.isNominal(w) && tree.upos(w) != "PRON" && ["obj", "iobj"].contains(tree.deprel(w))
    }

    /// Whether noun `subject` can be what pronoun `form` refers to.
    func agrees(_ form: String, with subject: Int) -> Bool {
        let plural = tree.xpos(subject).hasSuffix("S") || tree.has(subject, ["conj"])
        let person = tree.isPersonName(subject) || nounClass(subject) == .person || words.isPersonNoun(tree.lemma(subject))
        // "His daughter said that he died": a noun for a woman is no "he", for a man no "she".
        let lemma = tree.lemma(subject).lowercased()
        switch form {
        case "he" where ExtractionLexicon.femaleNouns.contains(lemma), "she" where ExtractionLexicon.maleNouns.contains(lemma):
            return false
        case "he", "she": return (person || isUnclassedName(subject)) && !plural
        case "it": return !person && !plural && tree.isNominal(subject)
        default: return plural
        }
    }

    /// A proper noun that is no known place, organization or event: for "he" and "she" most often
    /// a person the entity stage did not recognize ("Springsteen mentioned he would ..."); "it"
    /// may still stand for it ("Japan's FTC says it is investigating").
    func isUnclassedName(_ w: Int) -> Bool {
        tree.isProperNoun(w) && nounClass(w) == .unknown && !tree.isPlaceName(w)
            && !tree.token(w).entityTag.hasSuffix("ORG")
    }
}
