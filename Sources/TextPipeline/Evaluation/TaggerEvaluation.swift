import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tagging and lemma accuracy over gold-tokenized CoNLL-U sentences, with throughput.
public struct TaggerEvaluation: Sendable {
    public var tokens = 0
    public var uposCorrect = 0
    public var xposCorrect = 0
    public var lemmaCorrect = 0
    /// Words the tagger's lexicon does not know (no ambiguity class), and how many of them got the right UPOS.
    public var unknownTokens = 0
    public var unknownUposCorrect = 0
    /// XPOS errors counted by "gold -> predicted".
    public var xposConfusions: [String: Int] = [:]
    /// XPOS errors counted by "word gold -> predicted", to see which words a confusion comes from.
    public var wordErrors: [String: Int] = [:]
    /// CPU seconds of the tagging thread spent tagging and lemmatizing (not reading the file).
    /// CPU time, not wall time, so that a busy shared machine does not understate the speed.
    public var seconds = 0.0
    /// Wall-clock seconds for the same work.
    public var wallSeconds = 0.0

    public var upos: Double { percent(uposCorrect) }
    public var xpos: Double { percent(xposCorrect) }
    public var lemma: Double { percent(lemmaCorrect) }
    public var unknownUpos: Double { unknownTokens == 0 ? 0 : 100 * Double(unknownUposCorrect) / Double(unknownTokens) }
    public var tokensPerSecond: Int { seconds > 0 ? Int(Double(tokens) / seconds) : 0 }

    private func percent(_ count: Int) -> Double { tokens == 0 ? 0 : 100 * Double(count) / Double(tokens) }

    /// Tags and lemmatizes `sentences` (their gold words, one document) and compares with the gold
    /// UPOS, XPOS and LEMMA columns.
    public static func run(_ sentences: [CoNLLUSentence], tagger: PartOfSpeechTagger, lemmatizer: Lemmatizer) -> TaggerEvaluation {
        var document = document(of: sentences)
        let wallStart = Date()
        let cpuStart = threadCPUSeconds()
        tagger.tag(&document)
        lemmatizer.lemmatize(&document)
        var result = TaggerEvaluation()
        result.seconds = threadCPUSeconds() - cpuStart
        result.wallSeconds = Date().timeIntervalSince(wallStart)
        var scratch = WordScratch()
        var index = 0
        for sentence in sentences {
            for word in sentence.words {
                let token = document.tokens[index]
                index += 1
                result.tokens += 1
                if token.upos == word.upos { result.uposCorrect += 1 }
                if token.xpos == word.xpos { result.xposCorrect += 1 } else {
                    result.xposConfusions["\(word.xpos) -> \(token.xpos)", default: 0] += 1
                    result.wordErrors["\(word.form) \(word.xpos) -> \(token.xpos)", default: 0] += 1
                }
                if token.lemma == word.lemma { result.lemmaCorrect += 1 }
                if tagger.lexicon.lookup(WordShape(word.form, scratch: &scratch).lower).ambiguity == 0 {
                    result.unknownTokens += 1
                    if token.upos == word.upos { result.unknownUposCorrect += 1 }
                }
            }
        }
        return result
    }

    /// CPU time consumed by the calling thread, in seconds.
    public static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// The gold words of `sentences` as one document with its sentence ranges (offsets are those
    /// of the words joined with their gold spacing).
    public static func document(of sentences: [CoNLLUSentence]) -> AnnotatedDocument {
        var text = ""
        var tokens: [Token] = []
        var ranges: [Range<Int>] = []
        for sentence in sentences {
            let first = tokens.count
            for word in sentence.words {
                let start = Int32(text.utf8.count)
                text += word.form
                tokens.append(Token(start: start, end: Int32(text.utf8.count), form: word.form, spaceAfter: word.spaceAfter))
                if word.spaceAfter { text += " " }
            }
            ranges.append(first..<tokens.count)
            text += "\n"
        }
        return AnnotatedDocument(text: text, tokens: tokens, sentences: ranges)
    }

    /// The line `factsh eval tagger` ends with.
    public var summaryLine: String {
        String(format: "upos=%.2f xpos=%.2f lemma=%.2f tokens_per_s=%d", upos, xpos, lemma, tokensPerSecond)
    }
}
