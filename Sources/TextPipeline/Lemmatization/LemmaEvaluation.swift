/// Lemma accuracy against a treebank's LEMMA column, given its gold XPOS tags.
public enum LemmaEvaluation {
    /// Correct and total words of `corpus` (words whose gold lemma is "_" are skipped).
    public static func accuracy(of lemmatizer: Lemmatizer, on corpus: [CoNLLUSentence]) -> (correct: Int, total: Int) {
        var correct = 0, total = 0
        for sentence in corpus {
            for word in sentence.words where word.lemma != "_" {
                total += 1
                if lemmatizer.lemma(of: word.form, xpos: word.xpos) == word.lemma { correct += 1 }
            }
        }
        return (correct, total)
    }

    /// The missed words, "form XPOS gold → predicted", for tuning on dev data.
    public static func errors(of lemmatizer: Lemmatizer, on corpus: [CoNLLUSentence]) -> [String] {
        corpus.flatMap { sentence in
            sentence.words.compactMap { word in
                let predicted = lemmatizer.lemma(of: word.form, xpos: word.xpos)
                return predicted == word.lemma || word.lemma == "_" ? nil : "\(word.form) \(word.xpos) \(word.lemma) → \(predicted)"
            }
        }
    }
}
