/// What a binding rests on: one fact (or title) per atom it matched, in order. Patterns have
/// one or two atoms as a rule, so the first two are kept inline and extending a binding
/// allocates nothing; further ones go to a list.
struct SupportList: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    private var first: Support?
    private var second: Support?
    private var more: [Support] = []

    init(arrayLiteral elements: Support...) {
        for element in elements { append(element) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { first == nil ? 0 : second == nil ? 1 : 2 + more.count }

    subscript(position: Int) -> Support {
        switch position {
        case 0: return first!
        case 1: return second!
        default: return more[position - 2]
        }
    }

    mutating func append(_ support: Support) {
        if first == nil { first = support } else if second == nil { second = support } else { more.append(support) }
    }

    mutating func append<Others: Sequence>(contentsOf others: Others) where Others.Element == Support {
        for support in others { append(support) }
    }

    static func += (list: inout SupportList, others: SupportList) {
        list.append(contentsOf: others)
    }

    /// This list with `support` added at the end.
    func appending(_ support: Support) -> SupportList {
        var copy = self
        copy.append(support)
        return copy
    }
}
