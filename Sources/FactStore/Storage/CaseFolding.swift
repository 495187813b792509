/// Case-insensitive comparison and hashing of UTF-8 strings, for lookups that match "Garcetti",
/// "garcetti" and "GARCETTI" alike. ASCII is folded byte by byte; other text through `lowercased()`.
enum CaseFolding {
    /// The case-folded hash of some UTF-8 bytes. O(length).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if isASCII(bytes) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(bytes.count, 1)) { folded in
                for i in 0..<bytes.count { folded[i] = lower(bytes[i]) }
                return ByteHash.hash(UnsafeRawPointer(folded.baseAddress!), bytes.count)
            }
        }
        return ByteHash.hash(String(decoding: bytes, as: UTF8.self).lowercased())
    }

    /// Whether two UTF-8 strings are equal ignoring case. O(length).
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if isASCII(a) && isASCII(b) {
            guard a.count == b.count else { return false }
            for i in 0..<a.count where lower(a[i]) != lower(b[i]) { return false }
            return true
        }
        return String(decoding: a, as: UTF8.self).lowercased() == String(decoding: b, as: UTF8.self).lowercased()
    }

    /// The case-folded form of a string.
    static func fold(_ string: String) -> String { string.lowercased() }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte &- 65 < 26 ? byte | 0x20 : byte
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 { return false }
        return true
    }
}

/// Groups symbols into case-insensitive classes: each class is named by its first symbol (its
/// representative), so an index keyed by class answers "garcetti" with "Garcetti"'s entries.
///
/// Built with the indexes from symbols already interned; `find` looks up any string, interned or not.
struct FoldedKeys: Sendable {
    private(set) var slots = IDSlots()

    init() {}
    init(slots: IDSlots) { self.slots = slots }

    /// The class representative of `symbol`, adding a class if it starts one. O(length) expected.
    mutating func classOf(_ symbol: Int32, in symbols: SymbolTable) -> Int32 {
        symbols.withBytes(symbol) { bytes in
            let hash = CaseFolding.hash(bytes)
            return slots.findOrInsert(
                hash: hash,
                { rep in symbols.withBytes(rep) { CaseFolding.equal($0, bytes) } },
                newID: { symbol },
                hashOf: { rep in symbols.withBytes(rep) { CaseFolding.hash($0) } }
            ).id
        }
    }

    /// The class representative of a string's case-insensitive class, if any symbol is in it. O(length) expected.
    func find(_ string: String, in symbols: SymbolTable) -> Int32? {
        var copy = string
        return copy.withUTF8 { bytes in
            slots.find(hash: CaseFolding.hash(bytes)) { rep in symbols.withBytes(rep) { CaseFolding.equal($0, bytes) } }
        }
    }
}
