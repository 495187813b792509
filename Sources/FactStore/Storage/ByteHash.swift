/// A fast, deterministic 64-bit hash of byte strings (eight bytes per step, multiply-xorshift mixing).
///
/// Deterministic across runs and machines on purpose: hash tables are saved in snapshots as they are.
enum ByteHash {
    /// Hash of `count` bytes at `base`. O(count).
    @inline(__always)
    static func hash(_ base: UnsafeRawPointer, _ count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(truncatingIfNeeded: count) &* 0xA076_1D64_78BD_642F)
        var i = 0
        while i + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        if i < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                word |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
                shift += 8
                i += 1
            }
            h = (h ^ word) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 29
        }
        return finish(h)
    }

    /// Hash of a string's UTF-8 bytes (same value as `hash(_:_:)` on them).
    static func hash(_ string: String) -> UInt64 {
        var copy = string
        return copy.withUTF8 { hash($0.rawBase, $0.count) }
    }

    /// Combines four integers into one hash (for tuples of ids; pass 0 for unused slots).
    @inline(__always)
    static func combine(_ a: Int32, _ b: Int32, _ c: Int32 = 0, _ d: Int32 = 0) -> UInt64 {
        var h: UInt64 = 0x2545_F491_4F6C_DD1D
        h = (h ^ UInt64(UInt32(bitPattern: a))) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 31
        h = (h ^ UInt64(UInt32(bitPattern: b))) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 31
        h = (h ^ UInt64(UInt32(bitPattern: c))) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 31
        h = (h ^ UInt64(UInt32(bitPattern: d))) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 31
        return finish(h)
    }

    @inline(__always)
    static func finish(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The start as a raw pointer; a non-null dummy for an empty buffer (never dereferenced then).
    @inline(__always)
    var rawBase: UnsafeRawPointer {
        baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(bitPattern: 1)!
    }
}
