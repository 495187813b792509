/// Identifies a document within one store.
public typealias DocumentID = Int32

/// A source article: its text and where it came from. Offsets are UTF-8 byte offsets into `text`.
public struct Document: Sendable, Hashable {
    public var id: DocumentID
    /// The path it was loaded from, as the user gave it.
    public var path: String
    /// The headline: the first non-empty line of the text.
    public var title: String
    public var text: String
    /// The publication date as `YYYY-MM-DD` when known (from the file name or the text).
    public var date: String?
    /// UTF-8 offset at which each line starts; `lineStarts[0] == 0`.
    public var lineStarts: [Int]
    /// The sentences, as UTF-8 byte ranges of `text`, in order.
    public var sentences: [Range<Int>]

    public init(
        id: DocumentID, path: String, title: String, text: String,
        date: String? = nil, sentences: [Range<Int>] = []
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.text = text
        self.date = date
        self.sentences = sentences
        self.lineStarts = Document.lineStarts(of: text)
    }

    /// Offsets at which each line of `text` starts. O(n).
    public static func lineStarts(of text: String) -> [Int] {
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        return starts
    }

    /// The 1-based line holding a UTF-8 offset. O(log lines).
    public func line(atOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The text of a UTF-8 byte range (clamped to the text).
    public func slice(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = max(0, min(range.lowerBound, utf8.count))
        let upper = max(lower, min(range.upperBound, utf8.count))
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// The text of sentence `index`.
    public func sentenceText(_ index: Int) -> String {
        guard sentences.indices.contains(index) else { return "" }
        return slice(sentences[index])
    }

    /// The UTF-8 offset in `text` where sentence `index` starts; nil for no such sentence. O(1).
    public func startOfSentence(_ index: Int) -> Int? {
        sentences.indices.contains(index) ? sentences[index].lowerBound : nil
    }
}
