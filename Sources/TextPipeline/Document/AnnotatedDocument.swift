import FactModel

/// One text as the pipeline stages see it: the text, its tokens, sentences and the annotations
/// each stage adds in turn (tags, lemmas, heads, labels, entities).
///
/// Stages annotate it in place; `Sentence` is a view into it by token range.
public struct AnnotatedDocument: Sendable {
    public var text: String
    public var tokens: [Token]
    /// Token ranges of the sentences, in order, covering every token.
    public var sentences: [Range<Int>]
    /// Entity and value mentions, in token order.
    public var spans: [EntitySpan]
    /// The document's entities, one per referent; `EntitySpan.entity` indexes this.
    public var entities: [Entity]

    public init(text: String, tokens: [Token] = [], sentences: [Range<Int>] = []) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.spans = []
        self.entities = []
    }

    /// The sentence holding token `index`. O(log sentences).
    public func sentenceIndex(ofToken index: Int) -> Int {
        var low = 0
        var high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].lowerBound <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// True when sentence `index` is the headline: the first sentence, when it ends without a
    /// sentence mark (the splitter ends it at the blank line after it). O(1).
    public func isHeadline(_ index: Int) -> Bool {
        guard index == 0, let last = sentences.first?.last else { return false }
        return ![".", "!", "?", "\"", "\u{201D}"].contains(tokens[last].form)
    }

    /// True when token `index` and the next are written with no space between them ("COVID" "-",
    /// "US" "$"). O(1).
    public func isJoinedToNext(_ index: Int) -> Bool {
        tokens[index].end == tokens[index + 1].start
    }

    /// True when token `index` is a hyphen written between two words with no space ("COVID-19",
    /// "Review-Journal"). O(1).
    public func isJoiningHyphen(_ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index].form == "-" && isJoinedToNext(index - 1) && isJoinedToNext(index)
    }

    /// True when token `index` stands alone in brackets: "(NAFOSTED)". O(1).
    public func isAloneInBrackets(_ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index - 1].form == "(" && tokens[index + 1].form == ")"
    }

    /// The document text of a token range, with the original spacing.
    public func text(ofTokens range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(tokens[first].start))
        let end = utf8.index(utf8.startIndex, offsetBy: Int(tokens[last].end))
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// UTF-8 byte range of sentence `index` in the text.
    public func byteRange(ofSentence index: Int) -> Range<Int> {
        let range = sentences[index]
        guard let first = range.first, let last = range.last else { return 0..<0 }
        return Int(tokens[first].start)..<Int(tokens[last].end)
    }

    /// The first word of `words` whose head lies outside them (a span's attachment to the rest
    /// of the tree); nil when every word hangs inside. O(words).
    public func firstWordHungOutside(_ words: Range<Int>) -> Int? {
        words.first { !words.contains(Int(tokens[$0].head)) }
    }

    /// The word heading `words`: the only one whose head lies outside them; nil when none or
    /// several do (the parser split the span). O(words).
    public func headWord(of words: Range<Int>) -> Int? {
        let outside = words.filter { !words.contains(Int(tokens[$0].head)) }
        return outside.count == 1 ? outside[0] : nil
    }

    /// Document-level indexes of the dependents of token `index`, in order. O(sentence length).
    public func children(of index: Int) -> [Int] {
        let sentence = sentences[sentenceIndex(ofToken: index)]
        return sentence.filter { tokens[$0].head == Int32(index) }
    }
}
