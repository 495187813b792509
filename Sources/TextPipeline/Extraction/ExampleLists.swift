import FactModel

/// Examples listed after "such as", "including" or "like" say what a noun covers: "some world
/// symbols, such as the Star of David and the zodiac" gives (some world symbols; be such as; the
/// Star of David) and (some world symbols; be such as; the zodiac), one copula per item, as CaRB
/// gold writes them ("are such as", "is including", "are like"). The items stay in the phrase of
/// the clause they sit in; only the appositive facts a misparsed list would give between its
/// items ("Chinatown, Little Italy" as (Chinatown; be; Little Italy)) are left out.
extension SentenceReader {
    /// The markers that introduce examples of the noun they hang on.
    static let exampleMarkers: Set<String> = ["such as", "including", "like"]
    /// The words those markers are made of.
    static let exampleMarkerWords: Set<String> = ["such", "as", "including", "include", "like"]

    /// The example marker of `item` when it is the first example listed for a noun ("such as"
    /// in "symbols, such as the Star of David"); nil otherwise. An apposition with such a marker
    /// is the same list, misparsed ("the region, such as Yusuf Ali Kenadid, ...").
    func exampleMarker(_ item: Int) -> String? {
        // The words of the markers first: reading the case marker's text is the costly part, and
        // nearly every nominal has another marker or none.
        guard tree.children[item].contains(where: { tree.deprel($0) == "case" && Self.exampleMarkerWords.contains(tree.lemma($0).lowercased()) }),
              ["nmod", "appos"].contains(tree.baseRelation(item)), let owner = tree.head(item), tree.isNominal(owner),
              tree.isNominal(item), let marker = tree.caseMarker(item),
              Self.exampleMarkers.contains(marker.text) else { return nil }
        return marker.text
    }

    /// The items of the example list that `first` opens: it, its conjuncts, and the items a
    /// misparse hung on it as appositions (with their conjuncts), in sentence order.
    func exampleItems(startingAt first: Int) -> [Int] {
        var items = [first]
        var index = 0
        while index < items.count {
            let item = items[index]
            for child in tree.children[item] where ["conj", "appos"].contains(tree.deprel(child)) && tree.isNominal(child) {
                items.append(child)
            }
            index += 1
        }
        return items.sorted()
    }

    /// True when `w` is an item of an example list: a misparsed list's apposition between two of
    /// its items says nothing about either.
    func isExampleItem(_ w: Int) -> Bool {
        var current = w
        while true {
            if exampleMarker(current) != nil { return true }
            guard ["conj", "appos"].contains(tree.deprel(current)), let up = tree.head(current) else { return false }
            current = up
        }
    }

    /// One (noun; be such as; item) copula per listed example.
    mutating func readExampleLists() {
        for first in tree.indices {
            guard let marker = exampleMarker(first), let owner = tree.head(first) else { continue }
            let listed = Set(tree.subtree(first))
            let ownerWords = tree.argumentSpan(owner).words.filter { !listed.contains($0) }
            let subject = DraftArgument(words: tree.trimmed(ownerWords, head: owner), head: owner)
            guard subject.words.contains(where: { !tree.isPunctuation($0) }) else { continue }
            for item in exampleItems(startingAt: first) {
                let example = tree.argumentSpan(item)
                guard example.words.contains(where: { !tree.isPunctuation($0) }) else { continue }
                var draft = DraftFact(
                    subject: subject, relationWords: [], lemma: "be " + marker, object: example, kind: .copula, anchor: item)
                draft.insertedRelation = "be " + marker
                draft.role = .nominal
                drafts.append(draft)
            }
        }
    }
}
