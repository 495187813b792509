/// Interned strings: every distinct string is stored once, as a slice of one UTF-8 blob, and named
/// by a dense `Int32` symbol.
///
/// The blob-plus-offsets layout keeps 200k names in a few megabytes and lets a snapshot save and
/// load the whole table as three arrays.
struct SymbolTable: Sendable, Equatable {
    /// No symbol (an absent optional string).
    static let none: Int32 = -1

    /// The UTF-8 bytes of every symbol, back to back.
    private(set) var bytes: [UInt8] = []
    /// Where each symbol starts in `bytes`; `offsets[count]` is the end of the last one.
    private(set) var offsets: [Int32] = [0]
    private(set) var slots = IDSlots()

    init() {}

    init(bytes: [UInt8], offsets: [Int32], slots: IDSlots) {
        self.bytes = bytes
        self.offsets = offsets
        self.slots = slots
    }

    /// The number of symbols.
    var count: Int { offsets.count - 1 }

    /// Prepares for about `symbols` more symbols totalling `byteCount` bytes.
    mutating func reserve(symbols: Int, byteCount: Int) {
        bytes.reserveCapacity(bytes.count + byteCount)
        offsets.reserveCapacity(offsets.count + symbols)
        let blob = bytes, offs = offsets
        slots.reserve(count + symbols) { SymbolTable.hashOf($0, blob, offs) }
    }

    /// The symbol for the bytes, adding it if new. O(length) expected.
    @inline(__always)
    mutating func intern(_ base: UnsafeRawPointer, _ length: Int) -> Int32 {
        intern(base, length, hash: ByteHash.hash(base, length))
    }

    /// The symbol for the bytes, whose `ByteHash` is `hash`, adding it if new. O(length) expected.
    @inline(__always)
    mutating func intern(_ base: UnsafeRawPointer, _ length: Int, hash: UInt64) -> Int32 {
        if let found = find(base, length, hash: hash) { return found }
        let id = Int32(count)
        bytes.append(contentsOf: UnsafeRawBufferPointer(start: base, count: length))
        offsets.append(Int32(bytes.count))
        let blob = bytes, offs = offsets
        slots.insertNew(id, hash: hash) { SymbolTable.hashOf($0, blob, offs) }
        return id
    }

    /// Brings into the cache what looking up strings with these hashes reads: each hash's home
    /// slot, the offsets of the symbol there and its first bytes. One pass per level, so that the
    /// cache misses of a whole batch overlap instead of queueing behind one another (bulk loading
    /// spends most of its time waiting on them). A hint only: nothing changes. O(n).
    func warm(_ hashes: UnsafeBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<Int32>) {
        let n = min(hashes.count, scratch.count)
        slots.slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            for k in 0..<n { scratch[k] = s[Int(truncatingIfNeeded: hashes[k]) & mask] }
        }
        offsets.withUnsafeBufferPointer { offs in
            for k in 0..<n { scratch[k] = scratch[k] < 0 ? -1 : offs[Int(scratch[k])] }
        }
        bytes.withUnsafeBufferPointer { blob in
            var touched: UInt8 = 0
            for k in 0..<n where scratch[k] >= 0 && Int(scratch[k]) < blob.count { touched |= blob[Int(scratch[k])] }
            scratch[0] = Int32(touched)  // keeps the loads
        }
    }

    /// The symbol for `string`, adding it if new. O(length) expected.
    mutating func intern(_ string: String) -> Int32 {
        var copy = string
        return copy.withUTF8 { buffer in
            intern(buffer.rawBase, buffer.count)
        }
    }

    /// The symbol for an optional string, or `none`.
    mutating func intern(_ string: String?) -> Int32 {
        guard let string else { return SymbolTable.none }
        return intern(string)
    }

    /// The symbol of `string` if it is interned. O(length) expected.
    func find(_ string: String) -> Int32? {
        var copy = string
        return copy.withUTF8 { buffer in
            let base = buffer.rawBase
            return find(base, buffer.count, hash: ByteHash.hash(base, buffer.count))
        }
    }

    @inline(__always)
    func find(_ base: UnsafeRawPointer, _ length: Int, hash: UInt64) -> Int32? {
        bytes.withUnsafeBufferPointer { blob in
            offsets.withUnsafeBufferPointer { offs in
                slots.find(hash: hash) { id in
                    let start = Int(offs[Int(id)])
                    let end = Int(offs[Int(id) + 1])
                    guard end - start == length else { return false }
                    return length == 0 || memcmp(blob.baseAddress! + start, base, length) == 0
                }
            }
        }
    }

    /// The string of a symbol. O(length).
    @inline(__always)
    func string(_ id: Int32) -> String {
        withBytes(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// The string of a symbol, or nil for `none`.
    @inline(__always)
    func optionalString(_ id: Int32) -> String? {
        id == SymbolTable.none ? nil : string(id)
    }

    /// Calls `body` with the UTF-8 bytes of a symbol. O(1) plus `body`.
    @inline(__always)
    func withBytes<R>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        return bytes.withUnsafeBufferPointer { blob in
            body(UnsafeBufferPointer(rebasing: blob[start..<end]))
        }
    }

    /// The length in bytes of a symbol.
    @inline(__always)
    func length(_ id: Int32) -> Int { Int(offsets[Int(id) + 1] - offsets[Int(id)]) }

    func hashOf(_ id: Int32) -> UInt64 { SymbolTable.hashOf(id, bytes, offsets) }

    static func hashOf(_ id: Int32, _ bytes: [UInt8], _ offsets: [Int32]) -> UInt64 {
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        return bytes.withUnsafeBytes { ByteHash.hash(($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!) + start, end - start) }
    }

    /// Byte-wise order of two symbols' strings (UTF-8 order equals code point order).
    func precedes(_ a: Int32, _ b: Int32) -> Bool {
        withBytes(a) { x in
            withBytes(b) { y in
                let n = min(x.count, y.count)
                let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                return c != 0 ? c < 0 : x.count < y.count
            }
        }
    }

    /// Releases spare capacity (after a bulk load).
    mutating func trim() {
        bytes = bytes.compacted()
        offsets = offsets.compacted()
        let blob = bytes, offs = offsets
        slots.compact { SymbolTable.hashOf($0, blob, offs) }
    }

    /// Checks that every symbol is findable by its own bytes and the table is consistent.
    func checkInvariants() {
        precondition(offsets.first == 0 && Int(offsets.last!) == bytes.count, "symbol offsets cover the blob")
        precondition(slots.count == count, "symbol slot count")
        for id in 0..<Int32(count) {
            precondition(offsets[Int(id)] <= offsets[Int(id) + 1], "symbol offsets ascend")
            let found = withBytes(id) { buffer in
                find(buffer.rawBase, buffer.count, hash: hashOf(id))
            }
            precondition(found == id, "symbol \(id) is interned once")
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Array {
    /// A copy with capacity equal to its count (arrays grown by appending keep up to 2x spare room).
    func compacted() -> [Element] {
        if capacity <= count + count / 64 + 16 { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            self.withUnsafeBufferPointer { source in
                _ = buffer.initialize(from: source)
            }
            initialized = count
        }
    }
}
