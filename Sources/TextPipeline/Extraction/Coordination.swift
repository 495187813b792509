import FactModel

/// Coordination (extraction.md §4). Subject and object conjuncts are expanded where they are read
/// (`SentenceReader.conjuncts(of:)`): "X, Y and Z met" gives three facts. Verb conjuncts inherit
/// the subject (`subjects(of:)`). This file holds the harder case: a name joined with "as well as"
/// that a parser hangs under the predicate (or under a parenthetical inside it) instead of under
/// the subject; it is read as a further subject.
extension SentenceReader {
    /// True when the coordinator of conjunct `c` is "as well as" (`cc` as + `fixed` well, as).
    func isAsWellAs(_ c: Int) -> Bool {
        for cc in tree.dependents(c, ["cc"]) where tree.lemma(cc) == "as" {
            let fixed = tree.dependents(cc, ["fixed"]).map { tree.lemma($0) }
            if fixed.contains("well") { return true }
        }
        // Some parsers attach "well" and the second "as" to the conjunct itself.
        let before = tree.children[c].filter { $0 < c }.map { tree.lemma($0) }
        return before.contains("well") && before.filter { $0 == "as" }.count >= 1
    }

    /// A name conjunct under a predicate it cannot coordinate with: a proper noun joined to a
    /// verb, or joined with "as well as" to a common-noun predicate ("will be in attendance ... as
    /// well as Tom Manger").
    func isMisplacedSubject(_ c: Int, under h: Int) -> Bool {
        guard tree.deprel(c) == "conj", tree.isProperNoun(c) || tree.upos(c) == "PRON" else { return false }
        if tree.has(c, Self.subjectRelations) || tree.has(c, ["cop"]) { return false }
        if tree.isVerb(h) { return true }
        return isAsWellAs(c) && !tree.isProperNoun(h)
    }

    /// The further subjects of clause `h` read from misplaced name conjuncts, with their own
    /// conjuncts ("Tom Manger ... and Scott Thompson").
    func misplacedSubjectConjuncts(of h: Int) -> [Int] {
        var result: [Int] = []
        var candidates = tree.dependents(h, ["conj"]).filter { isMisplacedSubject($0, under: h) }
        // A parenthetical inside the clause may have captured the conjunct ("— it is considered a
        // sanctuary jurisdiction — as well as X").
        for p in tree.dependents(h, ["parataxis", "appos"]) {
            for w in tree.subtree(p) where tree.deprel(w) == "conj" && tree.isProperNoun(w) && isAsWellAs(w) {
                candidates.append(w)
            }
        }
        for c in candidates {
            result += conjuncts(of: c)
        }
        return Array(Set(result)).sorted()
    }
}

extension SentenceReader {
    /// True when an "as well as" starts at word `w` (written as three words).
    func startsAsWellAs(_ w: Int) -> Bool {
        w + 2 < tree.count && tree.form(w).lowercased() == "as" && tree.form(w + 1).lowercased() == "well"
            && tree.form(w + 2).lowercased() == "as"
    }

    /// Names joined to the subject of clause `h` with "as well as" that the parser attached
    /// somewhere else in the clause, read from the entity mentions rather than the tree: "X will
    /// be in attendance — a parenthetical — as well as A (Place) and B (Place)" gives A and B,
    /// wherever A and B hang. Only names of the subject's kind (a person subject, or a person
    /// noun such as "the head of ...", takes people) after the "as well as", inside the phrase the
    /// "as well as" is attached to, and only when that phrase is not already a conjunct of one of
    /// the clause's own arguments (those are read as ordinary coordination).
    func namesAfterAsWellAs(in h: Int, subject: Int) -> [DraftArgument] {
        let subjectWords = Set(tree.subtree(subject))
        let wanted = subjectEntityType(subject)
        guard let wanted else { return [] }
        var result: [DraftArgument] = []
        for w in tree.subtree(h) where startsAsWellAs(w) && !subjectWords.contains(w) {
            guard let phrase = tree.head(w), isInsideClause(phrase, of: h), !isOrdinaryConjunct(phrase, of: h) else { continue }
            var seen = Set<Int>()
            for t in tree.subtree(phrase).sorted() where t > w + 2 {
                guard let span = mentions.entitySpan(atToken: tree.documentIndex(t)),
                      case .entity(let type) = span.type, type == wanted,
                      seen.insert(span.tokens.lowerBound).inserted else { continue }
                let words = span.tokens.map { $0 - tree.range.lowerBound }.filter { tree.indices.contains($0) }
                guard !isInsideLongerName(words, wanted: wanted) else { continue }
                guard let head = words.min(by: { tree.depth($0) < tree.depth($1) }) else { continue }
                result.append(DraftArgument(words: words, head: head))
            }
        }
        return result
    }

    /// The entity type names joined to this subject must have: its mention's type, or person
    /// for a person noun ("head", "chief", "mayors"); nil when the subject is neither.
    func subjectEntityType(_ subject: Int) -> EntityType? {
        for w in tree.nameWords(subject) + [subject] {
            if let span = mentions.entitySpan(atToken: tree.documentIndex(w)), case .entity(let type) = span.type {
                return type == .group ? .person : type
            }
        }
        return words.isPersonNoun(tree.lemma(subject)) ? .person : nil
    }

    /// Whether word `w` belongs to clause `h` itself, or to a parenthetical (`parataxis`,
    /// `appos`) inside it, rather than to a subordinate clause with its own subject.
    func isInsideClause(_ w: Int, of h: Int) -> Bool {
        var current = w
        var steps = 0
        while current != h, steps < 40 {
            steps += 1
            guard let up = tree.head(current) else { return false }
            if up != h, isClauseHead(up), tree.has(up, Self.subjectRelations), tree.deprel(up) != "parataxis" { return false }
            current = up
        }
        return current == h
    }

    /// A word coordinated with one of the clause's own nominal arguments ("saw X as well as Y"):
    /// ordinary coordination reads it.
    func isOrdinaryConjunct(_ w: Int, of h: Int) -> Bool {
        guard tree.deprel(w) == "conj", let governor = tree.head(w) else { return false }
        var top = governor
        while tree.deprel(top) == "conj", let up = tree.head(top) { top = up }
        return tree.head(top) == h && top != h
    }

    /// True when argument `a` already stands for the name in `b` (same words or same head word).
    func covers(_ a: DraftArgument, _ b: DraftArgument) -> Bool {
        guard let head = b.head else { return false }
        if a.head == head { return true }
        if let ah = a.head, let span = mentions.entitySpan(atToken: tree.documentIndex(ah)),
           b.words.contains(where: { span.tokens.contains(tree.documentIndex($0)) }) { return true }
        return Set(b.words).isSubset(of: Set(a.words))
    }

    /// True when the mention `words` is followed, in the same run of proper nouns, by another
    /// mention of the wanted type: it is part of that one's title chain ("Major Chiefs Association
    /// President Police Chief Tom Manger" with "Chiefs" mistagged as a person).
    func isInsideLongerName(_ words: [Int], wanted: EntityType) -> Bool {
        guard var t = words.max() else { return false }
        t += 1
        while t < tree.count, tree.isProperNoun(t) {
            if let span = mentions.entitySpan(atToken: tree.documentIndex(t)), case .entity(let type) = span.type,
               type == wanted, !words.contains(span.tokens.lowerBound - tree.range.lowerBound) { return true }
            t += 1
        }
        return false
    }
}
