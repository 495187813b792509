import FactModel

extension SentenceFallback {
    /// How far (in bytes) after "by" or "of" the doer's name may start: past a determiner and a
    /// stacked description ("by the men's rights group National Coalition for Men").
    static let agentReach = 48
    /// How far (in bytes) the next name of a list may start after the previous one ends:
    /// ", and " or " of Florida, ".
    static let listGap = 24

    /// Where a sentence names who did what the question asks about, as a noun or a passive: the
    /// byte ranges right after "by" following one of the question's words ("a lawsuit by the
    /// men's rights group X", "criticism by the Greek foreign minister and UNESCO", "was
    /// requested by X"), or after "of" following the noun of the question's verb ("the request of
    /// Prime Minister Boris Johnson"), up to the next comma. A name starting there answers "who requested ..." rather
    /// than the subject of the sentence's own verb ("Queen Elizabeth II will comply with the
    /// request of ..."). O(words).
    static func nominalAgentSpans(_ text: String, words: [(word: String, offset: Int)], isQuestionWord: (String) -> Bool,
                                  isVerbNoun: (String) -> Bool) -> (by: [Range<Int>], of: [Range<Int>]) {
        var by: [Range<Int>] = []
        var of: [Range<Int>] = []
        let bytes = Array(text.utf8)
        let stops: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ".")]
        for index in words.indices.dropLast() {
            let next = words[index + 1]
            guard next.word == "by" || next.word == "of" else { continue }
            let word = words[index].word
            // The doer's name starts before the clause goes on (", Judge Mia Cole ruled").
            var end = min(bytes.count, next.offset + 2 + agentReach)
            if let stop = bytes[next.offset..<end].firstIndex(where: stops.contains) { end = stop }
            let span = next.offset..<end
            if next.word == "by", isQuestionWord(word) { by.append(span) }
            if next.word == "of", isVerbNoun(word) { of.append(span) }
        }
        return (by, of)
    }

    /// The mentions of a sentence that name the doer of the asked act (see `nominalAgentSpans`):
    /// people and organizations after "by", people after "of". Their byte starts in the sentence.
    func nominalAgents(in mentions: [Mention], text: String, sentenceStart: Int, words: [(word: String, offset: Int)],
                       questionForms: Set<String>, verbForms: Set<String>) -> Set<Int> {
        let lemmaOf = { (word: String) in [word, self.forms.lexicon.lemma(of: word, as: .verb), self.forms.nounLemma(word)] }
        let spans = Self.nominalAgentSpans(
            text, words: words, isQuestionWord: { lemmaOf($0).contains(where: questionForms.contains) },
            isVerbNoun: { word in
                // The verb's noun, not the verb itself: "the request of", never "consists of".
                self.forms.nounLemma(word) == word && self.forms.lexicon.lemma(of: word, as: .verb) == word
                    && verbForms.contains(word) && !["consist", "think", "speak", "hear", "dream"].contains(word)
            })
        var agents = Set<Int>()
        // A list of doers runs on from the first ("by Senators Marco Rubio of Florida, Mike Lee
        // of Utah, and David Perdue"): a name after an agent's with only list words between is one too.
        var lastEnd: Int?
        for mention in mentions.sorted(by: { $0.provenance.start < $1.provenance.start }) {
            let start = Int(mention.provenance.start) - sentenceStart
            let inBy = spans.by.contains { $0.contains(start) }
            let listed = lastEnd.map { start > $0 && start - $0 <= Self.listGap && Self.joinsAList(text, from: $0, to: start, mentions: mentions, sentenceStart: sentenceStart) } ?? false
            switch mention.type {
            case .entity(.person):
                guard inBy || listed || spans.of.contains(where: { $0.contains(start) }) else { continue }
            case .entity(.organization), .entity(.group):
                guard inBy || listed else { continue }
            default:
                continue
            }
            agents.insert(start)
            lastEnd = Int(mention.provenance.end) - sentenceStart
        }
        return agents
    }

    /// True when the bytes between two names hold only list words ("," "and" "or" "as well as")
    /// and "of" with a named place ("Marco Rubio of Florida, Mike Lee"), not a title ("..., U.S.
    /// District Judge Gray Miller"). O(gap).
    static func joinsAList(_ text: String, from end: Int, to start: Int, mentions: [Mention], sentenceStart: Int) -> Bool {
        let bytes = Array(text.utf8)
        guard end >= 0, start <= bytes.count, end < start else { return false }
        var gap = Array(bytes[end..<start])
        // Blank out the names inside the gap ("Florida").
        for mention in mentions {
            let from = Int(mention.provenance.start) - sentenceStart - end
            let to = Int(mention.provenance.end) - sentenceStart - end
            guard from >= 0, to <= gap.count, from < to else { continue }
            for index in from..<to { gap[index] = UInt8(ascii: " ") }
        }
        let words = String(decoding: gap, as: UTF8.self).split { $0 == " " || $0 == "," }
        return words.allSatisfy { ["and", "or", "of", "as", "well"].contains($0.lowercased()) }
    }
}
