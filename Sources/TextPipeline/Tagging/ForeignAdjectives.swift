/// Latin phrases English uses as adjectives, which the tagger reads as a foreign word and a
/// preposition: "the de facto Saudi ruler" tagged "de/FW facto/IN", so the parser hung the noun
/// phrase on the preposition and the sentence's copula was lost. Both words become adjectives
/// (JJ), as "the acting ruler" would be tagged.
enum ForeignAdjectives {
    /// The phrases, as (first word, second word), lower-cased.
    static let phrases: Set<[String]> = [["de", "facto"], ["de", "jure"], ["bona", "fide"], ["ad", "hoc"]]
}

extension PartOfSpeechTagger {
    /// Retags the Latin adjective phrases of `range` (see `ForeignAdjectives`). O(n).
    func retagForeignAdjectives(_ document: inout AnnotatedDocument, range: Range<Int>) {
        for i in range.dropLast() where document.tokens[i].xpos == "FW" {
            let pair = [document.tokens[i].form.lowercased(), document.tokens[i + 1].form.lowercased()]
            guard ForeignAdjectives.phrases.contains(pair) else { continue }
            for word in [i, i + 1] {
                document.tokens[word].xpos = "JJ"
                document.tokens[word].upos = "ADJ"
            }
        }
    }
}
