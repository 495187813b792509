/// Strings of many symbols, for the rows of one answer.
///
/// Two things make an answer row cheap. `warm` reads the symbols' offsets and first bytes in
/// separate passes over a batch before any string is made, so their cache misses overlap
/// instead of queueing one behind the other (each string's offsets, then its bytes, then an
/// allocation). And a text that recurs between rows (the entity asked about, a frequent
/// relation) becomes one `String` shared by every row, through a small direct-mapped cache: a
/// symbol that collides with another just evicts it and is decoded again, so the cache needs
/// no hashing or probing.
struct SymbolStrings {
    private let symbols: SymbolTable
    private var cache: [(key: Int32, string: String)]
    private let shift: UInt64

    /// Strings of `symbols`, with a cache for about `expected` distinct symbols (16 to 4096
    /// entries; none below `cachedFrom`: filling and freeing 16 entries costs more than decoding
    /// a few strings twice).
    init(expected: Int, symbols: SymbolTable) {
        self.symbols = symbols
        var bits = 4
        while bits < 12 && (1 << bits) < expected { bits += 1 }
        let size = expected < Self.cachedFrom ? 0 : 1 << bits
        cache = Array(repeating: (SymbolTable.none, ""), count: size)
        shift = UInt64(64 - bits)
    }

    /// The fewest expected symbols worth a cache (a batch of three rows or fewer has none).
    static let cachedFrom = 8

    /// Brings the offsets, then the first bytes, of every symbol of `ids` into the cache. O(n).
    func warm(_ ids: UnsafeBufferPointer<Int32>) {
        let n = ids.count
        if n == 0 { return }
        symbols.offsets.withUnsafeBufferPointer { offsets in
            symbols.bytes.withUnsafeBufferPointer { blob in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { start in
                    for k in 0..<n { start[k] = ids[k] < 0 ? -1 : offsets[Int(ids[k])] }
                    var touched: UInt8 = 0
                    for k in 0..<n where start[k] >= 0 && Int(start[k]) < blob.count { touched |= blob[Int(start[k])] }
                    if touched == 0xFF { start[0] = 0 }  // keeps the loads
                }
            }
        }
    }

    /// The string of a symbol (nil for `SymbolTable.none`), shared with earlier rows when cached.
    /// O(1), or O(length) when decoded.
    @inline(__always)
    mutating func string(_ id: Int32) -> String? {
        if id < 0 { return nil }
        if cache.isEmpty { return symbols.string(id) }
        let slot = Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        if cache[slot].key == id { return cache[slot].string }
        let text = symbols.string(id)
        cache[slot] = (id, text)
        return text
    }

    /// The string of a symbol, not cached (for texts known to be distinct). O(length).
    @inline(__always)
    func make(_ id: Int32) -> String { symbols.string(id) }
}
