/// Measures the tokenizer and sentence splitter against a treebank, from raw text.
///
/// The raw text is rebuilt from the `# text` lines: sentences of a paragraph are joined by a
/// space, paragraphs (`# newpar`) and documents (`# newdoc`) by a blank line. Gold words get
/// byte spans by aligning their forms with that text; tokens and sentences count as correct
/// when their byte spans match exactly (the CoNLL 2018 shared task's alignment, simplified).
public struct SentenceEvaluation: Sendable {
    /// Precision, recall and F1 of one span kind.
    public struct Score: Sendable {
        public var gold = 0
        public var predicted = 0
        public var correct = 0
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// One rebuilt document: its raw text with the gold word and sentence spans.
    public struct GoldDocument: Sendable {
        public var text: String
        public var words: [Range<Int>]
        public var sentences: [Range<Int>]
        /// Gold words whose form could not be found in the text.
        public var unaligned: Int
    }

    public var tokens = Score()
    public var sentences = Score()
    /// Gold words that could not be aligned with the raw text (counted as missed).
    public var unalignedWords = 0
    public var documents = 0
    /// Up to `errorLimit` token and sentence errors, each as "gold | predicted" text.
    public var tokenErrors: [String] = []
    public var sentenceErrors: [String] = []

    public init() {}

    /// Evaluates `tokenizer` and `splitter` on `corpus`.
    public static func evaluate(
        _ corpus: [CoNLLUSentence], tokenizer: Tokenizer = Tokenizer(), splitter: SentenceSplitter = SentenceSplitter(),
        errorLimit: Int = 0
    ) -> SentenceEvaluation {
        var result = SentenceEvaluation()
        for gold in goldDocuments(corpus) {
            var document = AnnotatedDocument(text: gold.text, tokens: tokenizer.tokenize(gold.text))
            splitter.split(&document)
            let predictedWords = Set(document.tokens.map { Int($0.start)..<Int($0.end) })
            let predictedSentences = Set(document.sentences.indices.map { document.byteRange(ofSentence: $0) })
            result.tokens.add(gold: gold.words, predicted: predictedWords)
            result.sentences.add(gold: gold.sentences, predicted: predictedSentences)
            result.unalignedWords += gold.unaligned
            result.documents += 1
            if result.tokenErrors.count < errorLimit {
                result.tokenErrors += errors(gold: gold.words, predicted: predictedWords, text: gold.text)
            }
            if result.sentenceErrors.count < errorLimit {
                result.sentenceErrors += errors(gold: gold.sentences, predicted: predictedSentences, text: gold.text)
                result.sentenceErrors += errors(
                    gold: predictedSentences.sorted { $0.lowerBound < $1.lowerBound }, predicted: Set(gold.sentences),
                    text: gold.text
                ).map { "spurious " + $0 }
            }
        }
        return result
    }

    /// Gold spans missed, each shown as gold text "=>" the predicted spans overlapping it.
    static func errors(gold: [Range<Int>], predicted: Set<Range<Int>>, text: String) -> [String] {
        let bytes = Array(text.utf8)
        func show(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        let sortedPredicted = predicted.sorted { $0.lowerBound < $1.lowerBound }
        return gold.filter { !predicted.contains($0) }.map { span in
            let overlapping = sortedPredicted.filter { $0.overlaps(span) }.map { "[" + show($0) + "]" }
            return "[" + show(span) + "] => " + overlapping.joined(separator: " ")
        }
    }

    /// The raw documents of `corpus` with their gold spans.
    public static func goldDocuments(_ corpus: [CoNLLUSentence]) -> [GoldDocument] {
        var documents: [GoldDocument] = []
        var current = GoldDocument(text: "", words: [], sentences: [], unaligned: 0)
        for sentence in corpus {
            if sentence.startsDocument, !current.text.isEmpty {
                documents.append(current)
                current = GoldDocument(text: "", words: [], sentences: [], unaligned: 0)
            }
            if !current.text.isEmpty { current.text += sentence.startsParagraph ? "\n\n" : " " }
            let offset = current.text.utf8.count
            let sentenceText = sentence.text ?? sentence.words.map { $0.form + ($0.spaceAfter ? " " : "") }.joined()
            let trimmed = sentenceText.trimmingSpaces()
            current.text += trimmed
            let (spans, unaligned) = align(sentence.words.map(\.form), with: Array(trimmed.utf8))
            current.unaligned += unaligned
            let aligned = spans.compactMap { $0 }.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
            current.words += aligned
            if let first = aligned.first, let last = aligned.last {
                current.sentences.append(first.lowerBound..<last.upperBound)
            }
        }
        if !current.text.isEmpty { documents.append(current) }
        return documents
    }

    /// Byte spans of `forms` in `text`, in order; nil for a form not found where expected.
    static func align(_ forms: [String], with text: [UInt8]) -> (spans: [Range<Int>?], unaligned: Int) {
        var spans: [Range<Int>?] = []
        var unaligned = 0
        var position = 0
        for form in forms {
            let pattern = Array(form.utf8)
            while position < text.count, text[position] == 32 || text[position] == 9 { position += 1 }
            if matches(pattern, in: text, at: position) {
                spans.append(position..<position + pattern.count)
                position += pattern.count
                continue
            }
            // A form edited by the annotators: look a little further ahead.
            var found: Int?
            var probe = position + 1
            while probe < min(text.count, position + 16) {
                if matches(pattern, in: text, at: probe) { found = probe; break }
                probe += 1
            }
            if let found {
                spans.append(found..<found + pattern.count)
                position = found + pattern.count
            } else {
                spans.append(nil)
                unaligned += 1
            }
        }
        return (spans, unaligned)
    }

    private static func matches(_ pattern: [UInt8], in text: [UInt8], at position: Int) -> Bool {
        guard !pattern.isEmpty, position + pattern.count <= text.count else { return false }
        for k in 0..<pattern.count where text[position + k] != pattern[k] { return false }
        return true
    }
}

extension SentenceEvaluation.Score {
    mutating func add(gold: [Range<Int>], predicted: Set<Range<Int>>) {
        self.gold += gold.count
        self.predicted += predicted.count
        correct += gold.reduce(0) { $0 + (predicted.contains($1) ? 1 : 0) }
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
