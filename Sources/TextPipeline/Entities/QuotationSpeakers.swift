/// The speakers of a document's quotations, so that a first-person pronoun inside one stands for
/// its speaker: in “I will be naming a new adviser next week,” wrote Trump, "I" is Trump.
///
/// A quotation runs from an opening mark to its closing mark, over sentences if need be; a
/// paragraph break ends one left open (news reopens a quotation that goes on in the next
/// paragraph). Its speaker is the subject of a say-verb outside any quotation in a sentence the
/// quotation overlaps, the nearest one first ("..., Garcetti said", "Garcetti said: “...”"); an
/// inverted "..., wrote Trump" gives the name the parser takes for an object. A quotation with no
/// say-verb of its own that opens a sentence right after a quotation with a speaker is that
/// speaker's too (“...,” Pompeo said. “There were many times that I disagreed.”).
enum QuotationSpeakers {
    /// First-person singular pronouns, lower case.
    static let firstPersonPronouns: Set<String> = ["i", "me", "my", "myself", "mine"]

    /// Verbs that introduce a quotation: the say-verbs and "speak" ("speaking via Twitter: “...”").
    static let speechVerbs: Set<String> = ExtractionLexicon.sayVerbs.union(["speak"])

    /// Each first-person pronoun inside a quotation with a speaker, with the token of that speaker
    /// (the head of the say-verb's subject). O(tokens).
    static func firstPersonSpeakers(in document: AnnotatedDocument) -> [(pronoun: Int, speaker: Int)] {
        let quotations = quotations(in: document)
        guard !quotations.isEmpty else { return [] }
        var quoted = [Bool](repeating: false, count: document.tokens.count)
        for quotation in quotations { for i in quotation.lowerBound - 1..<min(quotation.upperBound + 1, quoted.count) { quoted[i] = true } }
        var result: [(pronoun: Int, speaker: Int)] = []
        var previous: (speaker: Int, closedInSentence: Int)?
        for quotation in quotations {
            let first = document.sentenceIndex(ofToken: quotation.lowerBound - 1)
            let last = document.sentenceIndex(ofToken: max(quotation.lowerBound, quotation.upperBound - 1))
            var speaker = nearestSpeaker(of: quotation, sentences: first...last, quoted: quoted, document: document)
            if speaker == nil, let previous, previous.closedInSentence >= first - 1,
               document.sentences[first].lowerBound == quotation.lowerBound - 1 {
                speaker = previous.speaker
            }
            guard let speaker else { previous = nil; continue }
            previous = (speaker, last)
            for i in quotation where firstPersonPronouns.contains(document.tokens[i].form.lowercased()) && document.tokens[i].upos == "PRON" {
                result.append((i, speaker))
            }
        }
        return result
    }

    /// The token ranges between a document's quotation marks, marks excluded. O(tokens).
    static func quotations(in document: AnnotatedDocument) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        let text = document.text.utf8
        for (i, token) in document.tokens.enumerated() {
            if let start = open, i > 0, startsParagraph(token, after: document.tokens[i - 1], in: text) {
                if i - 1 > start { ranges.append(start + 1..<i) }
                open = nil
            }
            switch token.form {
            case "\u{201C}", "``":
                open = i
            case "\u{201D}", "''":
                if let start = open, i > start + 1 { ranges.append(start + 1..<i) }
                open = nil
            case "\"":
                if let start = open {
                    if i > start + 1 { ranges.append(start + 1..<i) }
                    open = nil
                } else {
                    open = i
                }
            default: break
            }
        }
        if let start = open, start + 1 < document.tokens.count { ranges.append(start + 1..<document.tokens.count) }
        return ranges
    }

    /// True when a line break stands between two tokens.
    private static func startsParagraph(_ token: Token, after previous: Token, in text: String.UTF8View) -> Bool {
        guard token.start > previous.end else { return false }
        let from = text.index(text.startIndex, offsetBy: Int(previous.end))
        let to = text.index(text.startIndex, offsetBy: Int(token.start))
        return text[from..<to].contains(UInt8(ascii: "\n"))
    }

    /// The subject of the say-verb nearest to `quotation` in `sentences`, outside every quotation.
    private static func nearestSpeaker(of quotation: Range<Int>, sentences: ClosedRange<Int>, quoted: [Bool],
                                       document: AnnotatedDocument) -> Int? {
        var best: (distance: Int, speaker: Int)?
        for s in sentences {
            for v in document.sentences[s] where !quoted[v] && document.tokens[v].upos == "VERB"
                && speechVerbs.contains(document.tokens[v].lemma.lowercased()) {
                guard let speaker = subject(of: v, document: document) else { continue }
                let distance = v < quotation.lowerBound ? quotation.lowerBound - v : max(0, v - quotation.upperBound)
                if best == nil || distance < best!.distance { best = (distance, speaker) }
            }
        }
        return best?.speaker
    }

    /// The subject of say-verb `v`: its nsubj; the name right after it that the parser took for
    /// an object when the verb follows the quotation (", wrote Trump"); or, for a participle
    /// without one, the subject of the clause it modifies ("Bolton gave his account, speaking via
    /// Twitter: “...”").
    private static func subject(of v: Int, document: AnnotatedDocument) -> Int? {
        let children = document.children(of: v)
        if let subject = children.first(where: { document.tokens[$0].deprel == "nsubj" }) { return subject }
        let head = Int(document.tokens[v].head)
        if ["advcl", "conj", "xcomp"].contains(document.tokens[v].deprel), head >= 0,
           let subject = document.children(of: head).first(where: { document.tokens[$0].deprel == "nsubj" }) {
            return subject
        }
        guard v > 0, ["punct"].contains(document.tokens[v - 1].deprel) || document.tokens[v - 1].upos == "PUNCT",
              let object = children.first(where: { $0 > v && document.tokens[$0].deprel == "obj" }),
              document.tokens[object].upos == "PROPN" else { return nil }
        return object
    }
}
