import FactModel

extension SentenceFallback {
    /// How far (in bytes) after the preposition its object may start: past a determiner or a
    /// possessive ("to his native city").
    static let prepositionObjectReach = 12
    /// How far (in bytes) after the verb the stranded preposition may stand ("rounded his number to").
    static let prepositionAfterVerbReach = 40

    /// The preposition a question strands, whose object it asks ("what did the poll round his
    /// number to" -> "to", "what was X charged with" -> "with"); nil otherwise.
    static func strandedPreposition(_ question: Question) -> String? {
        guard case .clause(let atom) = question.form else { return nil }
        return atom.qualifiers.first { $0.term.variableName == Question.answerVariable }?.marker
    }

    /// The byte starts of the mentions a sentence gives as the object of the stranded
    /// preposition: those starting right after that preposition where it follows the question's
    /// verb ("rounded his number to zero percent, even in his native New York City" -> "zero
    /// percent", not "New York City" nor the "less than one percent" said before). O(words + mentions).
    static func strandedObjects(preposition: String, verbOffsets: [Int], words: [(word: String, offset: Int)],
                                mentions: [Mention], sentenceStart: Int) -> Set<Int> {
        let markers = preposition.split(separator: " ").map(String.init)
        guard let last = markers.last, !verbOffsets.isEmpty else { return [] }
        var objectStarts: [Int] = []
        for (index, word) in words.enumerated() where word.word == last {
            let first = index - (markers.count - 1)
            guard first >= 0, zip(words[first...index], markers).allSatisfy({ $0.word == $1 }) else { continue }
            let start = words[first].offset
            guard verbOffsets.contains(where: { $0 < start && start - $0 <= prepositionAfterVerbReach }) else { continue }
            objectStarts.append(word.offset + word.word.utf8.count)
        }
        var found = Set<Int>()
        for mention in mentions {
            let start = Int(mention.provenance.start) - sentenceStart
            if objectStarts.contains(where: { start >= $0 && start - $0 <= prepositionObjectReach }) { found.insert(start) }
        }
        return found
    }
}
