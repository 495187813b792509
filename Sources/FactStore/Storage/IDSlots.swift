/// An open-addressing hash set of `Int32` ids (linear probing, power-of-two capacity, at most half
/// full while growing; a table compacted after a bulk load may be up to three quarters full).
///
/// It stores only ids; the owner supplies each id's hash and decides equality, so one structure
/// serves the symbol table, the argument table and the entity table without storing keys twice.
struct IDSlots: Sendable, Equatable {
    static let empty: Int32 = -1
    /// The slots: an id, or `empty`.
    var slots: [Int32]
    /// How many ids are stored.
    var count: Int

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: IDSlots.empty, count: size)
        count = 0
    }

    init(slots: [Int32], count: Int) {
        self.slots = slots
        self.count = count
    }

    /// The stored id for which `matches` holds, probing from `hash`. O(1) expected.
    @inline(__always)
    func find(hash: UInt64, _ matches: (Int32) -> Bool) -> Int32? {
        slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let id = s[i]
                if id == IDSlots.empty { return nil }
                if matches(id) { return id }
                i = (i + 1) & mask
            }
        }
    }

    /// Finds the id for which `matches` holds, or stores `newID()` there. Returns the id and whether
    /// it was inserted. `hashOf` rehashes stored ids when the table grows. O(1) amortized.
    @inline(__always)
    mutating func findOrInsert(
        hash: UInt64, _ matches: (Int32) -> Bool, newID: () -> Int32, hashOf: (Int32) -> UInt64
    ) -> (id: Int32, inserted: Bool) {
        if (count + 1) * 2 > slots.count { grow(hashOf: hashOf) }
        let found: (Int32, Bool)? = slots.withUnsafeMutableBufferPointer { s in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let id = s[i]
                if id == IDSlots.empty {
                    let fresh = newID()
                    s[i] = fresh
                    return (fresh, true)
                }
                if matches(id) { return (id, false) }
                i = (i + 1) & mask
            }
        }
        if found!.1 { count += 1 }
        return (found!.0, found!.1)
    }

    /// Stores an id known to be absent. O(1) amortized.
    mutating func insertNew(_ id: Int32, hash: UInt64, hashOf: (Int32) -> UInt64) {
        if (count + 1) * 2 > slots.count { grow(hashOf: hashOf) }
        slots.withUnsafeMutableBufferPointer { s in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while s[i] != IDSlots.empty { i = (i + 1) & mask }
            s[i] = id
        }
        count += 1
    }

    /// Makes room for `total` ids without further growth.
    mutating func reserve(_ total: Int, hashOf: (Int32) -> UInt64) {
        var size = slots.count
        while total * 2 > size { size <<= 1 }
        if size != slots.count { rehash(size: size, hashOf: hashOf) }
    }

    /// Shrinks the table to the smallest power of two at most three quarters full, after a bulk
    /// load that reserved for more (a lookup then probes a little more, in half the memory; the
    /// next insertion grows it back). O(capacity).
    mutating func compact(hashOf: (Int32) -> UInt64) {
        var size = 16
        while count * 4 > size * 3 { size <<= 1 }
        if size < slots.count { rehash(size: size, hashOf: hashOf) }
    }

    private mutating func grow(hashOf: (Int32) -> UInt64) {
        rehash(size: slots.count * 2, hashOf: hashOf)
    }

    private mutating func rehash(size: Int, hashOf: (Int32) -> UInt64) {
        var fresh = [Int32](repeating: IDSlots.empty, count: size)
        let mask = size - 1
        fresh.withUnsafeMutableBufferPointer { s in
            for id in slots where id != IDSlots.empty {
                var i = Int(truncatingIfNeeded: hashOf(id)) & mask
                while s[i] != IDSlots.empty { i = (i + 1) & mask }
                s[i] = id
            }
        }
        slots = fresh
    }
}
