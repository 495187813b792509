import FactModel

/// A noun with a subject-less infinitive says what it is for: "plans to add two models next
/// year", "the decision to withdraw tram services" give (plans; be to add; two models; time: next
/// year) and (the decision; be to withdraw; tram services), as CaRB gold reads them ("are to
/// add", "was to withdraw"). The doer is left unsaid (the noun is not the doer), which is why the
/// clause gave no fact before. A ranked noun ("the only ship to conduct attacks", "the first
/// woman to win") and a person noun ("a nurse to help") are left alone: the infinitive there
/// says what the noun did or does, not what it is.
extension SentenceReader {
    /// The words that rank a noun ("the first/only/last ... to").
    static let rankingWords: Set<String> = ["first", "second", "third", "last", "only", "next", "latest", "sole"]

    /// One fact per infinitive hung on a noun, led by "be to".
    mutating func readNounInfinitives() {
        for h in tree.indices where tree.deprel(h) == "acl" && isSubjectlessInfinitive(h) {
            guard let noun = tree.head(h), noun < h, tree.upos(noun) == "NOUN",
                  !words.isPersonNoun(tree.lemma(noun)), !isRanked(noun),
                  // A doer found elsewhere ("were reported by local media to have visited", the
                  // infinitive hung on the agent) makes it an ordinary clause, read as such.
                  subjects(of: h).isEmpty, var frame = verbFrame(h) else { continue }
            let to = tree.dependents(h, ["mark"]).filter { tree.lemma($0) == "to" }
            frame.relationWords = (to + frame.relationWords).sorted()
            frame.insertedRelation = "be"
            // The noun is not the doer: "efforts to secure the scene" must not answer "who
            // secured the scene" with "efforts", so the lemma keeps "be to".
            frame.lemma = "be to " + frame.lemma
            let subject = antecedentArgument(noun, clause: h, asSubject: false, depth: 0)
            guard subject.words.contains(where: { !tree.isPunctuation($0) }) else { continue }
            readFrame(frame, of: h, subjects: [(argument: subject, source: .antecedent)])
        }
    }

    /// True for a noun ranked by an ordinal or superlative ("the only Axis ship", "the first woman").
    func isRanked(_ noun: Int) -> Bool {
        tree.children[noun].contains { c in
            Self.rankingWords.contains(tree.lemma(c).lowercased()) || tree.xpos(c) == "JJS"
        }
    }
}
