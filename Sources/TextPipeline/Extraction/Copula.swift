import FactModel

/// Copular clauses (extraction.md §6): UD makes the predicate the head, so "Los Angeles is a
/// sanctuary city" is headed by *city* with `cop` *is*, and "will be at the meeting" by *meeting*
/// with `case` *at*. The relation is the copula with its auxiliaries, negation and the
/// predicate's preposition ("will also be at"); the predicate is the object.
extension SentenceReader {
    func copulaFrame(_ h: Int) -> ClauseFrame? {
        guard let copula = tree.dependent(h, ["cop"]) else { return nil }
        var relation = [copula]
        var negated = false
        var modals: [Int] = []
        let start = subjectEnd(of: h)
        for c in tree.children[h] {
            switch tree.deprel(c) {
            case "aux", "aux:pass":
                relation.append(c)
                if Self.modalWords.contains(tree.form(c).lowercased()) { modals.append(c) }
            case "advmod":
                if isNegation(c) {
                    relation.append(c)
                    negated = true
                } else if let start, start < c, c < h, tree.isRelationAdverb(c, ofPredicate: h),
                          tree.children[c].isEmpty, tree.upos(c) == "ADV", !tree.xpos(c).hasPrefix("W"),
                          !words.isTimeAdverb(tree.lemma(c)) {
                    relation.append(c)
                }
            default:
                break
            }
        }
        var lemma = "be"
        let marker = tree.caseMarker(h)
        if let marker {
            relation += marker.words
            lemma += " " + marker.text
        }
        var frame = ClauseFrame(relationWords: relation, lemma: lemma, objects: [])
        frame.kind = .copula
        frame.negated = negated
        if !modals.isEmpty { frame.modality = tree.text(modals) }

        var obliques = tree.dependents(h, base: "obl")
        obliques += tree.dependents(h, ["advmod"]).filter { words.isTimeAdverb(tree.lemma($0)) }
        obliques.sort()
        var promoted: Int?
        if tree.upos(h) == "ADJ", marker == nil,
           let first = obliques.first(where: { o in
               o > h && !isTemporal(o) && tree.caseMarker(o).map { !ExtractionLexicon.sentenceMarkers.contains($0.text.lowercased()) } == true
           }),
           let firstMarker = tree.caseMarker(first) {
            // "is n't aware of the plan": the adjective and its preposition join the relation.
            frame.relationWords += [h] + firstMarker.words
            frame.lemma = "be " + tree.lemma(h) + " " + firstMarker.text
            frame.objects = conjuncts(of: first).map { tree.argumentSpan($0) }
            promoted = first
        } else {
            frame.objects = predicateConjuncts(of: h).map { tree.argumentSpan($0, isPredicate: true) }
        }
        for o in obliques where o != promoted {
            let time = isTemporal(o)
            let label = tree.caseMarker(o)?.text ?? (time ? "time" : "")
            for conjunct in conjuncts(of: o) {
                frame.qualifiers.append((marker: label, argument: tree.argumentSpan(conjunct), time: time))
            }
        }
        frame.relationWords = Array(Set(frame.relationWords)).sorted()
        return frame
    }

    /// Coordinated predicates share the copula: "is a doctor and a lawyer". A conjunct that has
    /// its own copula or subject is a clause of its own, and a person name with "as well as" is a
    /// further subject, not a predicate (see `misplacedSubjectConjuncts`).
    func predicateConjuncts(of h: Int) -> [Int] {
        var result = [h]
        for c in tree.dependents(h, ["conj"]) {
            if tree.has(c, ["cop"]) || tree.has(c, Self.subjectRelations) || tree.isVerb(c) { continue }
            if isMisplacedSubject(c, under: h) { continue }
            if tree.caseMarker(c) != nil && tree.caseMarker(h) == nil { continue }
            result.append(c)
        }
        return result
    }
}
