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

    /// Makes room for `count` classes without growing (each growth rehashes every class's text).
    mutating func reserve(_ count: Int, in symbols: SymbolTable) {
        slots.reserve(count) { rep in symbols.withBytes(rep) { CaseFolding.hash($0) } }
    }

    /// The case-folded hash of a symbol's text (what `classOf(_:hash:in:)` takes). O(length).
    static func hash(_ symbol: Int32, in symbols: SymbolTable) -> UInt64 {
        symbols.withBytes(symbol) { CaseFolding.hash($0) }
    }

    /// Reads the home slots of these hashes and the first bytes of the classes found there, one
    /// pass each, so that classifying a batch of symbols overlaps its cache misses. A hint only.
    func warm(_ hashes: UnsafeBufferPointer<UInt64>, in symbols: SymbolTable) {
        slots.slots.withUnsafeBufferPointer { s in
            symbols.offsets.withUnsafeBufferPointer { offsets in
                symbols.bytes.withUnsafeBufferPointer { blob in
                    let mask = s.count - 1
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: hashes.count) { found in
                        for k in 0..<hashes.count { found[k] = s[Int(truncatingIfNeeded: hashes[k]) & mask] }
                        for k in 0..<hashes.count where found[k] >= 0 { found[k] = offsets[Int(found[k])] }
                        var touched: UInt8 = 0
                        for k in 0..<hashes.count where found[k] >= 0 && Int(found[k]) < blob.count { touched |= blob[Int(found[k])] }
                        if touched == 0xFF, hashes.count > 0 { found[0] = 0 }  // keeps the loads
                    }
                }
            }
        }
    }

    /// The class representative of `symbol`, adding a class if it starts one. O(length) expected.
    mutating func classOf(_ symbol: Int32, in symbols: SymbolTable) -> Int32 {
        classOf(symbol, hash: FoldedKeys.hash(symbol, in: symbols), in: symbols)
    }

    /// `classOf(_:in:)` with the symbol's case-folded hash already computed.
    mutating func classOf(_ symbol: Int32, hash: UInt64, in symbols: SymbolTable) -> Int32 {
        symbols.withBytes(symbol) { bytes in
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
