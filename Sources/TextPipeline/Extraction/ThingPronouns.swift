/// "A third agreement, on linking the grids, was signed by Laos, Cambodia and Vietnam. Thailand
/// did not sign it.": "it" stands for the thing the previous sentence is about, its main clause's
/// subject, when that is a singular common noun that is no name, person or title. The subject is
/// the likelier antecedent than a name later in its sentence (Laos); the entities stage leaves
/// such an "it" unlinked (`Coreference.resolvePronoun`), and this gives the fact the phrase's text,
/// so a question about "the grid agreement" finds what Thailand did not sign.
///
/// Only an "it" that nothing in its own sentence could be meant by: no singular noun subject or
/// object before it but its own clause's subject, and not an expletive ("it was unclear
/// whether ...", "it is expected to ...": a subject "it" whose verb has a clause of its own).
enum ThingPronouns {
    /// What the phrase of a thing antecedent is, as a supplied argument.
    typealias Antecedent = (text: String, head: String)

    /// The phrase a later sentence's "it" may stand for: the main-clause subject of `tree` when
    /// it is a thing. O(words).
    static func antecedent(in tree: SentenceTree, mentions: MentionIndex) -> Antecedent? {
        guard let subject = thingSubject(ofSentence: tree.range, in: tree.document),
              mentions.entitySpan(atToken: subject) == nil, mentions.valueSpan(atToken: subject) == nil else { return nil }
        // The whole phrase but its relative clauses and appositions: what tells the thing apart
        // ("A third agreement, on linking the grids") is what a question names it by.
        let head = subject - tree.range.lowerBound
        var words = tree.trimmed(tree.subtree(head) { ["acl:relcl", "appos", "parataxis"].contains(tree.deprel($0)) }.sorted(), head: head)
        if words.count > 15 { words = tree.argumentSpan(head).words }
        guard !words.isEmpty else { return nil }
        return (tree.text(words), tree.document.tokens[subject].lemma)
    }

    /// The document index of the main-clause subject of the sentence of token range `range` when
    /// it is shaped like a thing: a singular common noun, not coordinated, no person or title
    /// ("agreement", "law"). The entities stage asks it before any span is final, so names are
    /// told apart by their tags alone. O(words).
    static func thingSubject(ofSentence range: Range<Int>, in document: AnnotatedDocument) -> Int? {
        let tokens = document.tokens
        guard let root = range.first(where: { tokens[$0].head < 0 && tokens[$0].deprel == "root" }),
              let subject = range.first(where: { Int(tokens[$0].head) == root && ["nsubj", "nsubj:pass"].contains(tokens[$0].deprel) }),
              tokens[subject].upos == "NOUN", tokens[subject].xpos == "NN",
              !ExtractionLexicon.isPersonNoun(tokens[subject].lemma.lowercased()),
              !range.contains(where: { Int(tokens[$0].head) == subject && tokens[$0].deprel == "conj" }) else { return nil }
        return subject
    }

    /// Replaces each "it" subject or object of the sentence's drafts that stands for `antecedent`.
    static func resolve(_ drafts: inout [DraftFact], tree: SentenceTree, mentions: MentionIndex, antecedent: Antecedent?) {
        guard let antecedent else { return }
        let supplied = DraftArgument(text: antecedent.text, head: antecedent.head)
        for index in drafts.indices {
            if standsForAntecedent(drafts[index].subject, tree: tree, mentions: mentions) {
                drafts[index].subject = supplied
            }
            if let object = drafts[index].object, standsForAntecedent(object, tree: tree, mentions: mentions) {
                drafts[index].object = supplied
            }
        }
    }

    /// Whether `argument` is a lone "it", not linked to an entity, that nothing earlier in its
    /// sentence could be meant by.
    static func standsForAntecedent(_ argument: DraftArgument, tree: SentenceTree, mentions: MentionIndex) -> Bool {
        guard argument.suppliedText == nil, argument.words.count == 1, let pronoun = argument.head,
              argument.words[0] == pronoun, tree.upos(pronoun) == "PRON", tree.form(pronoun).lowercased() == "it",
              mentions.entitySpan(atToken: tree.documentIndex(pronoun)) == nil,
              let verb = tree.head(pronoun) else { return false }
        switch tree.deprel(pronoun) {
        case "obj":
            break
        case "nsubj", "nsubj:pass":
            // "It was unclear whether ...", "it is expected to ...": an expletive.
            guard tree.upos(verb) == "VERB", tree.dependents(verb, ["ccomp", "csubj", "xcomp"]).isEmpty else { return false }
        default:
            return false
        }
        let ownSubject = tree.dependents(verb, ["nsubj", "nsubj:pass"]).first
        return !(0..<pronoun).contains { w in
            w != ownSubject && ["nsubj", "nsubj:pass", "obj"].contains(tree.deprel(w))
                && ["NOUN", "PROPN"].contains(tree.upos(w)) && !tree.xpos(w).hasSuffix("S")
        }
    }
}
