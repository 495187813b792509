import FactModel

/// A place name in apposition to a name says where the name is, not what it is: "Tampa,
/// Florida", "Frankenberry, Laughlin & Constable, Milwaukee" give (Tampa; be in; Florida) and
/// (Frankenberry, Laughlin & Constable; be in; Milwaukee), a copula like "Tampa is in Florida",
/// instead of the appositive (Tampa; be; Florida), which would answer "what is Tampa" with a state.
extension SentenceReader {
    /// True when appositive `a` of `anchor` is a bare place name locating a name that is not a
    /// person's ("Hillsborough, North Carolina"; not "Ana Ruiz, Denver" nor "the capital, Denver").
    func isContainingPlace(_ a: Int, of anchor: Int) -> Bool {
        guard tree.isProperNoun(a), tree.isProperNoun(anchor), a > anchor, nounClass(anchor) != .person else { return false }
        guard nounClass(a) == .place || tree.isPlaceName(a) else { return false }
        // A determiner or modifier makes it a description ("the state of Florida", "a city").
        return !tree.children[a].contains { ["det", "amod", "nummod", "nmod:poss", "det:poss"].contains(tree.deprel($0)) }
    }

    /// The (name; be in; place) fact of a containing-place appositive.
    func containingPlaceDraft(_ a: Int, of anchor: Int) -> DraftFact {
        let subject = anchor == tree.head(a) ? tree.argumentSpan(anchor) : DraftArgument(words: tree.nameWords(anchor), head: anchor)
        var draft = DraftFact(subject: subject, relationWords: [], lemma: "be in", object: tree.argumentSpan(a), kind: .copula, anchor: a)
        draft.insertedRelation = "be in"
        draft.role = .nominal
        return draft
    }
}
