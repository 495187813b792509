/// The dependency tree of one sentence, read again at question time: the sentence fallback asks
/// it which mention is the subject or the object of the question's verb.
public struct DependencyTree: Sendable, Equatable {
    /// One word of the sentence, with its place in the tree.
    public struct Word: Sendable, Equatable {
        /// UTF-8 byte range of the word in the sentence's text.
        public var start: Int
        public var end: Int
        public var lemma: String
        /// Universal part-of-speech tag ("VERB") and Penn Treebank tag ("VBN").
        public var upos: String
        public var xpos: String
        /// Index of the head word in `words`, or nil for a root.
        public var head: Int?
        /// Universal Dependencies relation to the head ("nsubj:pass").
        public var relation: String

        public init(start: Int, end: Int, lemma: String, upos: String, xpos: String, head: Int?, relation: String) {
            self.start = start
            self.end = end
            self.lemma = lemma
            self.upos = upos
            self.xpos = xpos
            self.head = head
            self.relation = relation
        }
    }

    public let words: [Word]
    /// The indices of each word's dependents, in sentence order.
    public let dependents: [[Int]]

    public init(words: [Word]) {
        self.words = words
        var dependents = [[Int]](repeating: [], count: words.count)
        for (index, word) in words.enumerated() {
            if let head = word.head, words.indices.contains(head), head != index { dependents[head].append(index) }
        }
        self.dependents = dependents
    }
}

/// Parses a sentence's text into its dependency tree (the text pipeline, seen from the query
/// language, which does not import it).
public protocol SentenceParsing: Sendable {
    /// The tree of `sentence`, or nil when no parser is at hand.
    func tree(of sentence: String) -> DependencyTree?
}
