/// Where a fact, mention or entity came from: a document, a sentence in it, and a UTF-8 byte range.
public struct Provenance: Hashable, Sendable, Codable {
    public var document: DocumentID
    /// Index of the sentence in `Document.sentences`.
    public var sentence: Int32
    /// UTF-8 byte range in the document text of the words the fact was read from.
    public var start: Int32
    public var end: Int32

    public init(document: DocumentID, sentence: Int32, start: Int32, end: Int32) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
    }

    /// The sentence the provenance lies in.
    public var sentenceRef: SentenceRef { SentenceRef(document: document, sentence: sentence) }
}

/// Identifies a sentence in a store: its document and index.
public struct SentenceRef: Hashable, Sendable, Codable, Comparable {
    public var document: DocumentID
    public var sentence: Int32

    public init(document: DocumentID, sentence: Int32) {
        self.document = document
        self.sentence = sentence
    }

    public static func < (a: SentenceRef, b: SentenceRef) -> Bool {
        (a.document, a.sentence) < (b.document, b.sentence)
    }
}
