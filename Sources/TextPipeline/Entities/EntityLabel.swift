import FactModel

/// The BIO labels of the name tagger: O, then B- and I- for person, organization and place.
public enum EntityLabel {
    /// Class index -> IOB2 tag, in model order.
    public static let tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
    public static let outside = 0

    /// The class index of an IOB2 tag; OTH and the stray B-O/I-O of UNER count as O.
    public static func index(of tag: String) -> Int {
        tags.firstIndex(of: tag) ?? outside
    }

    /// True when label `index` begins a name.
    static func isBegin(_ index: Int) -> Bool { index % 2 == 1 }
    /// True when label `index` continues a name.
    static func isInside(_ index: Int) -> Bool { index > 0 && index % 2 == 0 }
    /// The type number (1 PER, 2 ORG, 3 LOC) of a non-O label.
    static func type(of index: Int) -> Int { (index + 1) / 2 }

    /// An I- label may only follow a B- or I- label of the same type.
    static func allowed(_ index: Int, after previous: Int) -> Bool {
        !isInside(index) || (previous != outside && type(of: previous) == type(of: index))
    }

    /// The entity type of a name type number.
    static func entityType(_ type: Int) -> EntityType {
        switch type {
        case 1: .person
        case 2: .organization
        default: .place
        }
    }

    /// Typed spans of a BIO tag sequence, CoNLL style: an I- without its B- starts a span.
    public static func spans(_ tags: [String]) -> [(range: Range<Int>, type: String)] {
        var spans: [(Range<Int>, String)] = []
        var start = -1
        var type = ""
        func close(_ end: Int) {
            if start >= 0 { spans.append((start..<end, type)) }
            start = -1
        }
        // The type after "B-" or "I-"; made only for such tags (the rules call this for every
        // sentence several times, and most tags are "O").
        func kind(_ tag: String) -> String { String(tag.dropFirst(2)) }
        for (i, tag) in tags.enumerated() {
            // "O", most tags, is told by comparing the small string's bits; the first byte
            // decides the rest before `hasPrefix`, a runtime call (this function's `hasPrefix`
            // calls were 2 % of the entity stage's instructions).
            if tag == "O" { close(i); continue }
            let first = tag.utf8.first
            if first == UInt8(ascii: "B") && tag.hasPrefix("B-") {
                close(i); start = i; type = kind(tag)
            } else if first == UInt8(ascii: "I") && tag.hasPrefix("I-") {
                let kind = kind(tag)
                if start < 0 || kind != type { close(i); start = i; type = kind }
            } else {
                close(i)
            }
        }
        close(tags.count)
        return spans
    }
}
