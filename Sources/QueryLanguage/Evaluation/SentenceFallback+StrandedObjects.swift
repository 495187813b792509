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

    /// True when only a list's joints ("," "and" "or") stand between the end of one mention and
    /// the start of the next.
    private static func continuesAList(from end: Int, to start: Int, words: [(word: String, offset: Int)]) -> Bool {
        guard start > end, start - end <= 6 else { return false }
        return words.allSatisfy { word in word.offset < end || word.offset >= start || word.word == "and" || word.word == "or" }
    }

    /// The byte starts of the mentions a sentence gives as the object of the stranded
    /// preposition: those starting right after that preposition where it follows the question's
    /// verb ("rounded his number to zero percent, even in his native New York City" -> "zero
    /// percent", not "New York City" nor the "less than one percent" said before). When the verb is
    /// not in the sentence, which tells the act with another verb or a noun ("on which network did
    /// he announce it": "spoke on MSNBC's morning show when he made the announcement"), the objects
    /// of that preposition anywhere in it; so too when the question puts the preposition first
    /// (its word order says nothing of the sentence's) and none follows the verb. O(words + mentions).
    static func strandedObjects(preposition: String, verbOffsets: [Int], words: [(word: String, offset: Int)],
                                mentions: [Mention], sentenceStart: Int, frontedInTheQuestion: Bool = false) -> Set<Int> {
        let markers = preposition.split(separator: " ").map(String.init)
        guard let last = markers.last else { return [] }
        var objectStarts: [Int] = []
        var anywhere: [Int] = []
        for (index, word) in words.enumerated() where word.word == last {
            let first = index - (markers.count - 1)
            guard first >= 0, zip(words[first...index], markers).allSatisfy({ $0.word == $1 }) else { continue }
            let start = words[first].offset
            anywhere.append(word.offset + word.word.utf8.count)
            guard verbOffsets.contains(where: { $0 < start && start - $0 <= prepositionAfterVerbReach }) else { continue }
            objectStarts.append(word.offset + word.word.utf8.count)
        }
        if verbOffsets.isEmpty || (frontedInTheQuestion && objectStarts.isEmpty) { objectStarts = anywhere }
        var found = Set<Int>()
        // In text order, so that a list's later items follow its first: "in Georgia, Michigan,
        // Pennsylvania, and Wisconsin" are all the preposition's objects.
        var listEnd: Int?
        for mention in mentions.sorted(by: { $0.provenance.start < $1.provenance.start }) {
            let start = Int(mention.provenance.start) - sentenceStart
            if objectStarts.contains(where: { start >= $0 && start - $0 <= prepositionObjectReach })
                || listEnd.map({ continuesAList(from: $0, to: start, words: words) }) == true {
                found.insert(start)
                listEnd = Int(mention.provenance.end) - sentenceStart
            } else {
                listEnd = nil
            }
        }
        return found
    }
}
