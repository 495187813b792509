import FactModel

/// Auxiliaries a verb conjunct shares with the verb it coordinates with (extraction.md §4).
/// "The senator has resigned and left the party" says the senator *has left* it; "the mayor will
/// travel to Washington and meet the president" that he *will meet* him; "the suspect was
/// arrested and charged with murder" that he *was charged*, a passive. Without the shared
/// auxiliaries the second fact loses its tense and modality, and a shared passive turns the
/// patient into the doer.
extension SentenceReader {
    /// The auxiliaries of `v`'s governor that also govern `v`, in sentence order; empty unless
    /// `v` is a verb conjunct with no auxiliary or subject of its own whose form continues the
    /// governor's chain: a past participle after "have" or a passive "be", a base form after a
    /// modal, a gerund after a progressive "be" (not a passive "be" before a participle with a
    /// direct object). "did not attend and stayed" shares nothing
    /// ("stayed" is finite), and "do" is never shared (its negation would not carry over).
    func sharedAuxiliaries(of v: Int) -> [Int] {
        guard tree.deprel(v) == "conj", tree.isVerb(v), let governor = tree.head(v), tree.isVerb(governor),
              !tree.has(v, ["aux", "aux:pass", "cop"]), !tree.has(v, Self.subjectRelations) else { return [] }
        // A listed conjunct ends its list with a coordinator ("arrested, charged and jailed"); a
        // participle after a comma with none is a clause of its own ("..., followed by a tour").
        let coordinated = tree.dependents(governor, ["conj"]).contains { $0 >= v && tree.has($0, ["cc"]) }
        guard coordinated else { return [] }
        let auxiliaries = tree.dependents(governor, ["aux", "aux:pass"]).sorted()
        guard let last = auxiliaries.last, !auxiliaries.contains(where: { tree.lemma($0) == "do" }) else { return [] }
        let governorForm = tree.xpos(governor), form = tree.xpos(v)
        let lastLemma = tree.lemma(last)
        let continues: Bool
        switch form {
        case "VBN", "VBD":
            // A tagger often reads the second participle as a past tense ("has resigned and left").
            // A conjunct with a direct object is active, whatever the governor's voice: "was
            // born in Chicago and studied law" says he studied it.
            let passiveWithObject = tree.deprel(last) == "aux:pass" && tree.has(v, ["obj"])
            continues = governorForm == "VBN" && (lastLemma == "have" || lastLemma == "be") && !passiveWithObject
        case "VB":
            continues = governorForm == "VB" && Self.modalWords.contains(tree.form(last).lowercased())
        case "VBG":
            continues = governorForm == "VBG" && lastLemma == "be" && tree.deprel(last) == "aux"
        default:
            continues = false
        }
        return continues ? auxiliaries : []
    }

    /// True when `v` shares its governor's passive auxiliary: "was arrested and charged".
    func sharesPassive(_ v: Int) -> Bool {
        sharedAuxiliaries(of: v).contains { tree.deprel($0) == "aux:pass" }
    }
}
