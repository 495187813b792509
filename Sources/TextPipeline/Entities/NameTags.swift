/// Reading and rewriting the name tagger's BIO tags on a document's tokens, for the rules that
/// retype or stretch its names.
extension AnnotatedDocument {
    /// The token ranges of the person names tagged in `sentence`: a "B-PER" and the "I-PER" tags
    /// after it. O(sentence).
    func personSpans(in sentence: Range<Int>) -> [Range<Int>] { nameSpans(of: "PER", in: sentence) }

    /// The token ranges of the names of `type` ("PER", "ORG", "LOC") tagged in `sentence`: a "B-"
    /// tag and the "I-" tags after it. O(sentence).
    func nameSpans(of type: String, in sentence: Range<Int>) -> [Range<Int>] {
        let (begin, inside) = ("B-" + type, "I-" + type)
        var spans: [Range<Int>] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            guard tokens[i].entityTag == begin else { i += 1; continue }
            var end = i + 1
            while end < sentence.upperBound, tokens[end].entityTag == inside { end += 1 }
            spans.append(i..<end)
            i = end
        }
        return spans
    }

    /// Tags `range` as one name of `type` ("PER", "ORG", "LOC"): "B-" on its first token, "I-" on
    /// the others. O(range).
    mutating func tagName(_ range: Range<Int>, as type: String) {
        guard let first = range.first else { return }
        tokens[first].entityTag = "B-" + type
        for i in range.dropFirst() { tokens[i].entityTag = "I-" + type }
    }
}
