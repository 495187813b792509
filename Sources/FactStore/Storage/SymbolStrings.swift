/// Strings of many symbols at once, for the rows of one answer.
///
/// Two things make an answer row cheap. The symbols' offsets and bytes are read in separate
/// passes over the whole batch before any string is made, so their cache misses overlap instead
/// of queueing one behind the other (each string's offsets, then bytes, then an allocation).
/// And a text that recurs between rows (the entity asked about, a frequent relation) becomes one
/// `String` shared by every row, through a small direct-mapped cache: a symbol that collides
/// with another just evicts it and is decoded again, so the cache needs no hashing or probing.
enum SymbolStrings {
    /// The strings of `ids` (nil for `SymbolTable.none`), in order. O(n + length of the distinct texts).
    static func strings(_ ids: UnsafeBufferPointer<Int32>, in symbols: SymbolTable) -> [String?] {
        let n = ids.count
        if n == 0 { return [] }
        var bits = 4
        while bits < 12 && (1 << bits) < n { bits += 1 }
        let shift = UInt64(64 - bits)
        return symbols.bytes.withUnsafeBufferPointer { blob in
            symbols.offsets.withUnsafeBufferPointer { offsets in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * n) { span in
                    // Pass 1: where each text lies (one independent load per symbol).
                    for k in 0..<n {
                        let id = Int(ids[k])
                        if id >= 0 {
                            span[2 * k] = offsets[id]
                            span[2 * k + 1] = offsets[id + 1]
                        }
                    }
                    // Pass 2: touch each text's first byte, so the bytes are in cache when read.
                    var touched: UInt8 = 0
                    for k in 0..<n where ids[k] >= 0 && span[2 * k + 1] > span[2 * k] {
                        touched |= blob[Int(span[2 * k])]
                    }
                    _ = touched
                    // Pass 3: the strings, each distinct symbol decoded once.
                    var keys = [Int32](repeating: SymbolTable.none, count: 1 << bits)
                    var cached = [String](repeating: "", count: 1 << bits)
                    var out = [String?]()
                    out.reserveCapacity(n)
                    for k in 0..<n {
                        let id = ids[k]
                        if id < 0 { out.append(nil); continue }
                        let slot = Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
                        if keys[slot] == id { out.append(cached[slot]); continue }
                        let text = String(decoding: UnsafeBufferPointer(rebasing: blob[Int(span[2 * k])..<Int(span[2 * k + 1])]), as: UTF8.self)
                        keys[slot] = id
                        cached[slot] = text
                        out.append(text)
                    }
                    return out
                }
            }
        }
    }
}
