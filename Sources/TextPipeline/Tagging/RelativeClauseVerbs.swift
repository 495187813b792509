/// A relative clause's verb the tagger read as a noun: "holding signs which read "silenced""
/// tagged "read" NN, so "which read" became a noun phrase and the clause's fact was lost. Right
/// after a relative pronoun ("which", "that", "who") that follows its noun (or the comma after
/// it), a noun form that is a verb in WordNet, followed by no noun or verb (a quote, a
/// determiner, a name, a number, a preposition or a pronoun: the start of the verb's object or
/// oblique), is the clause's verb: retagged VBZ if it ends in "-s" with a verb stem, else VBD.
enum RelativeClauseVerbs {
    static let pronouns: Set<String> = ["which", "that", "who"]
    static let antecedents: Set<String> = ["NOUN", "PROPN"]
    static let objectStarts: Set<String> = ["PUNCT", "DET", "NUM", "PROPN", "ADP", "PRON"]

    /// The index and new tag of each word to retag. `isVerb` says whether a lowercased word is a
    /// verb in WordNet. O(n).
    static func verbs(forms: [String], xpos: [String], upos: [String], isVerb: (String) -> Bool) -> [(index: Int, tag: String)] {
        var found: [(index: Int, tag: String)] = []
        for i in forms.indices.dropFirst(2).dropLast() where xpos[i] == "NN" || xpos[i] == "NNS" {
            guard pronouns.contains(forms[i - 1].lowercased()), xpos[i - 1].hasPrefix("W"),
                  antecedents.contains(upos[i - 2]) || (forms[i - 2] == "," && i >= 3 && antecedents.contains(upos[i - 3])),
                  objectStarts.contains(upos[i + 1]) else { continue }
            let form = forms[i]
            guard form.first?.isLowercase == true else { continue }
            if form.hasSuffix("s"), MorphyRules.sStems(of: form).contains(where: isVerb) {
                found.append((i, "VBZ"))
            } else if isVerb(form) {
                found.append((i, "VBD"))
            }
        }
        return found
    }
}

extension PartOfSpeechTagger {
    /// Retags the relative clause verbs of `range` read as nouns (see `RelativeClauseVerbs`).
    func retagRelativeClauseVerbs(_ document: inout AnnotatedDocument, range: Range<Int>) {
        let tokens = document.tokens[range]
        // Nearly every sentence has no noun right after a relative pronoun.
        guard tokens.indices.dropFirst().contains(where: { tokens[$0 - 1].xpos.hasPrefix("W") && tokens[$0].xpos.hasPrefix("NN") }) else { return }
        let found = RelativeClauseVerbs.verbs(
            forms: tokens.map(\.form), xpos: tokens.map(\.xpos), upos: tokens.map(\.upos), isVerb: { wordNet.isVerb($0) })
        for (i, tag) in found {
            document.tokens[range.lowerBound + i].xpos = tag
            document.tokens[range.lowerBound + i].upos = "VERB"
        }
    }
}
