import FactModel

/// A past participle after "be" that the tagger read as an adjective: "Two guards were injured",
/// "None of the drivers was injured". As an adjective it gave (guards; be; injured), which no
/// question about injuring finds ("who was injured" asks for the passive of injure). When the word
/// is the participle of a verb the lexicon knows, and not one of the participles that name a state
/// of mind or a standing condition ("was surprised", "is based in"), the clause is a passive:
/// the copula becomes its auxiliary and the subject its passive subject.
enum ParticipleAdjectives {
    /// Re-reads each such adjective of `document` as a passive participle.
    static func apply(to document: inout AnnotatedDocument, lemmatizer: Lemmatizer) {
        for range in document.sentences where range.count > 2 {
            for h in range where document.tokens[h].upos == "ADJ" {
                let form = document.tokens[h].form.lowercased()
                guard form.hasSuffix("ed"), form.count > 4, !states.contains(form) else { continue }
                let dependents = range.filter { Int(document.tokens[$0].head) == h }
                guard let copula = dependents.first(where: { document.tokens[$0].deprel == "cop" }),
                      document.tokens[copula].lemma.lowercased() == "be",
                      dependents.allSatisfy({ passiveDependents.contains(document.tokens[$0].deprel) }),
                      !dependents.contains(where: { degreeWords.contains(document.tokens[$0].form.lowercased()) })
                else { continue }
                let verb = lemmatizer.lemma(of: form, xpos: "VBN")
                guard verb != form, lemmatizer.wordClasses(ofLemma: verb).contains(.verb) else { continue }
                document.tokens[h].upos = "VERB"
                document.tokens[h].xpos = "VBN"
                document.tokens[h].lemma = verb
                document.tokens[copula].deprel = "aux:pass"
                for d in dependents where document.tokens[d].deprel == "nsubj" { document.tokens[d].deprel = "nsubj:pass" }
            }
        }
    }

    /// What a passive participle may govern: its subject, auxiliaries, obliques and adverbs, a
    /// clause after it, conjuncts and punctuation (an object or a complement makes it no passive).
    static let passiveDependents: Set<String> = [
        "nsubj", "cop", "aux", "obl", "obl:tmod", "obl:npmod", "advmod", "advcl", "mark", "punct", "conj", "cc",
        "parataxis", "discourse",
    ]

    /// Adverbs of degree, which grade an adjective, not an act: "was very surprised".
    static let degreeWords: Set<String> = [
        "very", "so", "too", "more", "most", "less", "least", "extremely", "quite", "rather", "deeply", "highly",
        "fairly", "increasingly", "somewhat", "pretty", "really",
    ]

    /// Participles that name a state more than an act done to the subject.
    static let states: Set<String> = [
        "concerned", "interested", "worried", "pleased", "surprised", "disappointed", "tired", "excited", "satisfied",
        "prepared", "committed", "determined", "convinced", "involved", "based", "located", "related", "married",
        "qualified", "experienced", "used", "supposed", "aged", "delighted", "shocked", "frustrated", "relieved",
        "confused", "embarrassed", "scared", "frightened", "amazed", "annoyed", "bored", "devoted", "dedicated",
        "entitled", "limited", "skilled", "talented", "renowned", "noted", "armed", "detailed", "advanced",
        "sophisticated", "complicated", "crowded", "divided", "unopposed", "unchanged", "undecided", "united",
        "alleged", "inclined", "accustomed", "acquainted", "ashamed", "obsessed", "impressed", "upset", "engaged",
        "retired", "dressed", "seated",
    ]
}
