#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Attachment scores of the parser on a treebank, counted as the CoNLL 2018 shared task does:
/// every word including punctuation; LAS compares universal relations (subtypes dropped).
public struct ParserEvaluation: Sendable {
    public private(set) var words = 0
    public private(set) var correctHeads = 0
    /// Correct head and universal relation ("nsubj" for "nsubj:pass").
    public private(set) var correctLabeled = 0
    /// Correct head and full relation, subtype included.
    public private(set) var correctLabeledFull = 0
    /// CPU seconds of the calling thread spent tagging, lemmatizing and parsing (not reading or
    /// scoring); CPU time, so that other processes on a busy machine do not skew the rate.
    public private(set) var seconds = 0.0
    /// Words whose gold relation is not `punct`, and how many of them have the right head. Treebanks
    /// differ most in where punctuation attaches (after a fronted adverbial, EWT hangs the comma
    /// on the adverbial, PUD on the main verb), so this separates the two kinds of error.
    public private(set) var wordsWithoutPunct = 0
    public private(set) var correctHeadsWithoutPunct = 0
    /// Per gold relation: (words, correct head and full relation).
    public private(set) var byRelation: [String: (words: Int, correct: Int)] = [:]
    /// The sentences as parsed: predicted tags, lemmas, heads and relations (for error analysis).
    public private(set) var predicted: [CoNLLUSentence] = []

    public var uas: Double { percent(correctHeads) }
    public var las: Double { percent(correctLabeled) }
    public var lasFull: Double { percent(correctLabeledFull) }
    public var uasWithoutPunct: Double {
        wordsWithoutPunct == 0 ? 0 : 100 * Double(correctHeadsWithoutPunct) / Double(wordsWithoutPunct)
    }
    public var tokensPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }

    private func percent(_ count: Int) -> Double { words == 0 ? 0 : 100 * Double(count) / Double(words) }

    /// Parses `sentences` from their gold tokenization. With a tagger the tags (and lemmas) are
    /// predicted first; without one the gold tags are used.
    public static func run(
        _ sentences: [CoNLLUSentence], parser: DependencyParser,
        tagger: PartOfSpeechTagger?, lemmatizer: Lemmatizer?
    ) -> ParserEvaluation {
        var document = goldTokenized(sentences, keepTags: tagger == nil)
        let start = threadCPUSeconds()
        tagger?.tag(&document)
        if tagger != nil { lemmatizer?.lemmatize(&document) }
        parser.parse(&document)
        var result = ParserEvaluation()
        result.seconds = threadCPUSeconds() - start
        for (sentence, range) in zip(sentences, document.sentences) {
            var parsed = sentence
            for (offset, (word, index)) in zip(sentence.words, range).enumerated() {
                let token = document.tokens[index]
                parsed.words[offset].upos = token.upos
                parsed.words[offset].xpos = token.xpos
                parsed.words[offset].lemma = token.lemma
                parsed.words[offset].head = token.head < 0 ? 0 : Int(token.head) - range.lowerBound + 1
                parsed.words[offset].deprel = token.deprel
                let goldHead = word.head == 0 ? -1 : range.lowerBound + word.head - 1
                let headRight = Int(token.head) == goldHead
                let fullRight = headRight && token.deprel == word.deprel
                result.words += 1
                if headRight { result.correctHeads += 1 }
                if word.deprel != "punct" {
                    result.wordsWithoutPunct += 1
                    if headRight { result.correctHeadsWithoutPunct += 1 }
                }
                if headRight && universal(token.deprel) == universal(word.deprel) { result.correctLabeled += 1 }
                if fullRight { result.correctLabeledFull += 1 }
                result.byRelation[word.deprel, default: (0, 0)].words += 1
                if fullRight { result.byRelation[word.deprel, default: (0, 0)].correct += 1 }
            }
            result.predicted.append(parsed)
        }
        return result
    }

    /// CPU time consumed so far by the calling thread.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// The universal part of a relation ("acl" for "acl:relcl").
    static func universal(_ relation: String) -> Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? Substring(relation)
    }

    /// One document holding the treebank's words, one sentence each, with gold tags when asked.
    static func goldTokenized(_ sentences: [CoNLLUSentence], keepTags: Bool) -> AnnotatedDocument {
        var text = ""
        var tokens: [Token] = []
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            let first = tokens.count
            for word in sentence.words {
                let start = text.utf8.count
                text += word.form
                var token = Token(start: Int32(start), end: Int32(text.utf8.count), form: word.form, spaceAfter: word.spaceAfter)
                if keepTags {
                    token.upos = word.upos
                    token.xpos = word.xpos
                    token.lemma = word.lemma
                }
                tokens.append(token)
                text += word.spaceAfter ? " " : ""
            }
            text += "\n"
            ranges.append(first..<tokens.count)
        }
        return AnnotatedDocument(text: text, tokens: tokens, sentences: ranges)
    }
}
