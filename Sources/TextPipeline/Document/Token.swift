/// One UD syntactic word with its character offsets and the annotations later stages add.
public struct Token: Hashable, Sendable {
    /// UTF-8 byte range of the word in the document text.
    public var start: Int32
    public var end: Int32
    /// The word as written ("n't", "’s", "U.S.").
    public var form: String
    /// Whether whitespace follows the word in the text.
    public var spaceAfter: Bool
    /// Universal part-of-speech tag ("PROPN"); empty until tagged.
    public var upos: String
    /// Penn Treebank tag ("NNP"); empty until tagged.
    public var xpos: String
    public var lemma: String
    /// Document-level index of the syntactic head, or -1 for the sentence root (or before parsing).
    public var head: Int32
    /// Universal Dependencies relation to the head ("nsubj:pass"); empty until parsed.
    public var deprel: String
    /// BIO named-entity tag ("B-PER", "I-ORG", "O").
    public var entityTag: String

    public init(
        start: Int32, end: Int32, form: String, spaceAfter: Bool = true,
        upos: String = "", xpos: String = "", lemma: String = "",
        head: Int32 = -1, deprel: String = "", entityTag: String = "O"
    ) {
        self.start = start
        self.end = end
        self.form = form
        self.spaceAfter = spaceAfter
        self.upos = upos
        self.xpos = xpos
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
        self.entityTag = entityTag
    }
}
