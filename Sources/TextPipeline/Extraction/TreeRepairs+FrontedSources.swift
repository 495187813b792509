/// Repairs to sentences that open by citing their source.
extension TreeRepairs {
    /// "According to the Wisconsin Elections Commission, as of yesterday morning, over 500,000
    /// ballots were not yet returned": the parser made the cited source the root and hung the
    /// sentence's verb on it as a parataxis, so no fact of the verb carries its source. The verb
    /// (with a subject of its own, after the source) becomes the root and the source its
    /// "according to" oblique; what the source held after a comma (the time, the final stop, other
    /// clauses) goes with the verb.
    static func verbHungOnAFrontedSource(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func deprel(_ i: Int) -> String { document.tokens[i].deprel }
        guard let root = range.first(where: { deprel($0) == "root" }), ["NOUN", "PROPN"].contains(document.tokens[root].upos),
              let according = range.first(where: { $0 < root && head($0) == root && deprel($0) == "case" }),
              document.tokens[according].form.lowercased() == "according",
              let verb = range.first(where: { $0 > root && head($0) == root && deprel($0) == "parataxis" && ["VERB", "AUX"].contains(document.tokens[$0].upos) }),
              range.contains(where: { head($0) == verb && deprel($0).hasPrefix("nsubj") })
        else { return }
        // The dependents of the source after the first comma that follows it are the clause's.
        guard let comma = range.first(where: { $0 > root && document.tokens[$0].form == "," && head($0) != according }) else { return }
        document.tokens[verb].head = -1
        document.tokens[verb].deprel = "root"
        for dependent in range where dependent > comma && dependent != verb && head(dependent) == root {
            document.tokens[dependent].head = Int32(verb)
            if deprel(dependent) == "nmod" { document.tokens[dependent].deprel = "obl" }
        }
        document.tokens[root].head = Int32(verb)
        document.tokens[root].deprel = "obl"
        if document.tokens[comma].deprel == "punct", head(comma) == root { document.tokens[comma].head = Int32(verb) }
    }

    /// "According to the BBC, a spokesman for 10 Downing Street expressed disappointment": the
    /// parser made the cited source the verb's subject, its "according to" kept as a case mark,
    /// and the real subject an apposition of it. The apposition becomes the subject and the
    /// source the verb's "according to" oblique.
    static func subjectTakenFromAFrontedSource(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        func deprel(_ i: Int) -> String { document.tokens[i].deprel }
        guard let source = range.first(where: { deprel($0) == "nsubj" && head($0) > $0 }),
              let according = range.first(where: { $0 < source && head($0) == source && deprel($0) == "case" }),
              document.tokens[according].form.lowercased() == "according",
              let subject = range.first(where: { $0 > source && $0 < head(source) && head($0) == source && deprel($0) == "appos" })
        else { return }
        let verb = head(source)
        document.tokens[subject].head = Int32(verb)
        document.tokens[subject].deprel = "nsubj"
        document.tokens[source].deprel = "obl"
        // The comma that closed the source now stands between it and the subject, on the verb.
        for comma in range where comma > source && comma < subject && head(comma) == subject && document.tokens[comma].form == "," {
            document.tokens[comma].head = Int32(verb)
        }
    }
}
