/// Repairs to possessives the parser hangs the wrong way round.
extension TreeRepairs {
    /// "have been awarded this year's Hallgren Prize": the parser makes the possessor ("year",
    /// with its "'s") the head and hangs the name it owns on it as an apposition, so the prize is
    /// not the object. A noun whose "'s" is followed straight away by a name in apposition to it
    /// is that name's possessor: the name takes the noun's place, and the noun's dependents after
    /// the name go with it.
    static func possessorTakenForTheHead(_ range: Range<Int>, _ document: inout AnnotatedDocument) {
        func head(_ i: Int) -> Int { Int(document.tokens[i].head) }
        for marker in range where document.tokens[marker].deprel == "case" && ["'s", "\u{2019}s"].contains(document.tokens[marker].form) {
            let owner = head(marker)
            let owned = marker + 1
            guard range.contains(owner), owner < marker, range.contains(owned), head(owned) == owner,
                  document.tokens[owned].deprel == "appos", document.tokens[owned].upos == "PROPN" else { continue }
            let parent = document.tokens[owner].head
            document.tokens[owned].head = parent
            document.tokens[owned].deprel = document.tokens[owner].deprel
            document.tokens[owner].head = Int32(owned)
            document.tokens[owner].deprel = "nmod:poss"
            for later in range where later > owned && head(later) == owner { document.tokens[later].head = Int32(owned) }
        }
    }
}
