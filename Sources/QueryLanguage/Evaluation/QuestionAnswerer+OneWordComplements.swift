import FactModel

/// "who was found guilty of fraud": a verb with a one-word complement that news uses as one
/// relation ("find guilty"), asked with the word as its object, asks that relation, whose
/// paraphrases answer ("was convicted on two counts of fraud").
extension QuestionAnswerer {
    /// The question with its clause so folded (how it is planned, answered and explained).
    func foldingOneWordComplement(_ question: Question) -> Question {
        var folded = question
        switch question.form {
        case .clause(let atom): folded.form = .clause(foldingOneWordComplement(atom))
        case .yesNo(let atom): folded.form = .yesNo(foldingOneWordComplement(atom))
        default: break
        }
        return folded
    }

    /// The atom with such a complement folded into its verb as a particle; the atom itself when
    /// the verb and the word are no relation of the curated paraphrases, or one of the bare verb's
    /// own. O(groups).
    func foldingOneWordComplement(_ atom: Atom) -> Atom {
        guard case .verb(let verb, let particles, let range) = atom.relation, particles.isEmpty,
              case .phrase(let object)? = atom.object, object.words.count == 1,
              case let word = object.words[0].lowercased(), word.first?.isLetter == true,
              case let lemma = forms.verbLemma(verb), case let equivalents = Paraphrases.relationKeys(equivalentTo: lemma + " " + word),
              equivalents.count > 1,
              // "test positive" is one of "test"'s: the word then tells "positive" from "negative".
              !equivalents.contains(lemma) else { return atom }
        var folded = atom
        folded.relation = .verb(verb, particles: [word], range: range)
        folded.object = nil
        return folded
    }
}
