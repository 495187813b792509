/// Assigns dense integer ids to strings (words, labels), first come first served.
///
/// Ids are stable for a given insertion order, so a vocabulary built from a file is reproducible.
public struct Interner: Sendable {
    private var ids: [String: Int32] = [:]
    /// The strings by id.
    public private(set) var strings: [String] = []

    public init() {}

    /// An interner holding `strings` with ids 0..<count in that order.
    public init(_ strings: [String]) {
        for string in strings { _ = intern(string) }
    }

    public var count: Int { strings.count }

    /// The id of `string`, adding it when new. O(1) expected.
    @discardableResult
    public mutating func intern(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        ids[string] = id
        strings.append(string)
        return id
    }

    /// The id of `string` if it was interned. O(1) expected.
    public func id(of string: String) -> Int32? { ids[string] }

    public subscript(id: Int32) -> String { strings[Int(id)] }
}
