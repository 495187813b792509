import FactModel

/// Control and relative clauses (extraction.md §7). An `xcomp` without its own subject merges into
/// its governor's relation ("threatened to pull"); its subject is the governor's object if any,
/// else the governor's subject (`SentenceReader.subjects(of:)`). A relative clause's antecedent
/// takes the relative pronoun's role; participles (`acl`) take the noun they modify as subject.
extension SentenceReader {
    /// The verbs of an infinitival chain starting at `h`: "is set to dole out" -> [set, dole].
    /// The chain stops at a verb with an object (`iobj` too: "asked Beck to join", as a parser may label
    /// it) or clausal complement, or an `xcomp` with its own subject.
    func xcompChain(from h: Int) -> [Int] {
        var chain = [h]
        var current = h
        while controllingObject(of: current) == nil, !tree.has(current, ["ccomp"]),
              let x = tree.dependents(current, ["xcomp"]).first(where: { tree.isVerb($0) && !tree.has($0, Self.subjectRelations) }),
              chain.count < 5 {
            chain.append(x)
            current = x
        }
        return chain
    }

    /// The object that does what verb `v`'s infinitive says ("asked Beck to join": Beck), labelled
    /// `obj`, or `iobj` as a parser may; nil when `v` has none.
    func controllingObject(of v: Int) -> Int? {
        tree.dependent(v, ["obj"]) ?? tree.dependent(v, ["iobj"])
    }

    /// The antecedent of a relative clause headed by `h`: the noun it modifies.
    func antecedent(ofRelative h: Int) -> Int? {
        if tree.baseRelation(h) == "acl" { return tree.head(h) }
        // A parser may hang the relative clause as an apposition of the name
        // ("Warholm, who is 23 years old, won ..." with "old" as `appos`).
        if tree.deprel(h) == "appos", let noun = tree.head(h), tree.isProperNoun(noun) || words.isPersonNoun(tree.lemma(noun)) { return noun }
        return nil
    }

    /// The argument an antecedent stands for: a copular predicate stands for its subject ("an
    /// Australian footballer who plays" -> the footballer's subject) and an appositive for the
    /// noun it describes.
    func antecedentArgument(_ antecedent: Int, clause: Int, asSubject: Bool, depth: Int) -> DraftArgument {
        if asSubject, tree.has(antecedent, ["cop"]), let subject = subjects(of: antecedent, depth: depth + 1).first {
            return subject.argument
        }
        if asSubject, tree.deprel(antecedent) == "appos", let anchor = appositiveAnchor(antecedent) {
            return anchor == tree.head(antecedent) ? tree.argumentSpan(anchor) : DraftArgument(words: tree.nameWords(anchor), head: anchor)
        }
        var span = tree.argumentSpan(antecedent)
        // The clause itself is not part of the noun it modifies: "the survey cited in the article".
        let clauseWords = Set(tree.subtree(clause))
        span.words = tree.trimmed(span.words.filter { !clauseWords.contains($0) }, head: antecedent)
        return span
    }

    func isRelativePronoun(_ w: Int) -> Bool {
        let x = tree.xpos(w)
        if x == "WDT" || x == "WP" || x == "WP$" { return true }
        return tree.lemma(w) == "that" && tree.upos(w) == "PRON"
    }
    /// A relative clause with its own subject and no object reads its antecedent as the object:
    /// "the book he wrote".
    func antecedentIsObject(of v: Int) -> Bool {
        guard tree.deprel(v) == "acl:relcl" else { return false }
        guard let subject = tree.dependent(v, Self.subjectRelations), !isRelativePronoun(subject) else { return false }
        if tree.has(v, ["ccomp", "xcomp", "obj", "aux:pass", "nsubj:pass"]) { return false }
        // "the city where he lives", "the day when": the relative word is an adverbial.
        if tree.children[v].contains(where: { isRelativePronoun($0) || tree.xpos($0) == "WRB" }) { return false }
        if tree.dependents(v, base: "obl").contains(where: { isRelativePronoun($0) }) { return false }
        // "the same day Palestinians protest": a time noun is the clause's time, not its object.
        if let antecedent = tree.head(v), words.isTimeNoun(tree.lemma(antecedent)) { return false }
        return false == tree.has(v, ["cop"])
    }
}
