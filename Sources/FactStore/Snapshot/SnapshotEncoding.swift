import FactModel

/// Appends snapshot sections to a byte buffer: each section is a small header (tag, element size,
/// count) and the raw bytes of an array of fixed-width values, padded to 8 bytes, so that loading
/// is one memcpy per array.
struct SnapshotWriter {
    private(set) var bytes: [UInt8]

    init(reserving capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends an array of plain fixed-width values (integers, floats, records of them).
    mutating func array<T: BitwiseCopyable>(_ values: [T], tag: UInt32) {
        header(tag: tag, elementSize: MemoryLayout<T>.stride, count: values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        pad()
    }

    mutating func bools(_ values: [Bool], tag: UInt32) {
        array(values.map { $0 ? UInt8(1) : 0 }, tag: tag)
    }

    /// Appends strings as one UTF-8 blob and their end offsets.
    mutating func strings(_ values: [String], tag: UInt32) {
        var blob = [UInt8]()
        var ends = [Int64]()
        for value in values {
            blob.append(contentsOf: value.utf8)
            ends.append(Int64(blob.count))
        }
        array(blob, tag: tag)
        array(ends, tag: tag)
    }

    mutating func slots(_ table: IDSlots, tag: UInt32) {
        array(table.slots, tag: tag)
        array([Int64(table.count)], tag: tag)
    }

    mutating func postings(_ postings: Postings, tag: UInt32) {
        array(postings.offsets, tag: tag)
        array(postings.items, tag: tag)
    }

    private mutating func header(tag: UInt32, elementSize: Int, count: Int) {
        append(tag)
        append(UInt32(elementSize))
        append(UInt64(count))
    }

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func pad() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }
}

/// Reads sections in the order they were written, checking each one's tag, element size and
/// bounds; any mismatch is a corrupt snapshot.
struct SnapshotReader {
    let bytes: UnsafeRawBufferPointer
    private(set) var position: Int

    init(_ bytes: UnsafeRawBufferPointer, at position: Int) {
        self.bytes = bytes
        self.position = position
    }

    struct Corrupt: Error { var what: String }

    mutating func array<T: BitwiseCopyable>(_ type: T.Type = T.self, tag: UInt32) throws -> [T] {
        let sectionTag: UInt32 = try integer()
        let elementSize: UInt32 = try integer()
        let count: UInt64 = try integer()
        guard sectionTag == tag else { throw Corrupt(what: "section \(tag) expected, found \(sectionTag)") }
        guard Int(elementSize) == MemoryLayout<T>.stride else { throw Corrupt(what: "section \(tag) has elements of \(elementSize) bytes") }
        guard count <= UInt64(bytes.count), Int(count) * Int(elementSize) <= bytes.count - position else {
            throw Corrupt(what: "section \(tag) runs past the end")
        }
        let byteCount = Int(count) * Int(elementSize)
        let source = bytes.baseAddress! + position
        let values = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            if byteCount > 0 { UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: source, byteCount: byteCount) }
            initialized = Int(count)
        }
        position += byteCount
        position = (position + 7) & ~7
        return values
    }

    mutating func bools(tag: UInt32) throws -> [Bool] {
        try array(UInt8.self, tag: tag).map { $0 != 0 }
    }

    mutating func strings(tag: UInt32) throws -> [String] {
        let blob = try array(UInt8.self, tag: tag)
        let ends = try array(Int64.self, tag: tag)
        var start = 0
        return try blob.withUnsafeBufferPointer { buffer in
            try ends.map { end in
                guard end >= start, Int(end) <= buffer.count else { throw Corrupt(what: "string offsets out of order") }
                defer { start = Int(end) }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<Int(end)]), as: UTF8.self)
            }
        }
    }

    mutating func slots(tag: UInt32) throws -> IDSlots {
        let slots = try array(Int32.self, tag: tag)
        let count = try array(Int64.self, tag: tag)
        guard count.count == 1, slots.count.nonzeroBitCount == 1, Int(count[0]) * 4 <= slots.count * 3 else {  // see IDSlots.compact
            throw Corrupt(what: "hash table \(tag) is malformed")
        }
        return IDSlots(slots: slots, count: Int(count[0]))
    }

    mutating func postings(tag: UInt32) throws -> Postings {
        let offsets = try array(Int32.self, tag: tag)
        let items = try array(Int32.self, tag: tag)
        guard let first = offsets.first, first == 0, Int(offsets.last!) == items.count else {
            throw Corrupt(what: "index \(tag) is malformed")
        }
        return Postings(offsets: offsets, items: items)
    }

    mutating func integer<T: FixedWidthInteger>() throws -> T {
        guard position + MemoryLayout<T>.size <= bytes.count else { throw Corrupt(what: "unexpected end") }
        let value = bytes.loadUnaligned(fromByteOffset: position, as: T.self)
        position += MemoryLayout<T>.size
        return T(littleEndian: value)
    }
}

/// A compact byte encoding for the few Swift-typed structures (typed values, entity
/// contributions) that are not flat arrays.
struct ByteEncoder {
    var bytes = [UInt8]()

    mutating func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }
    mutating func optionalString(_ value: String?) {
        if let value { int(1); string(value) } else { int(0) }
    }
    mutating func provenance(_ p: Provenance) {
        int(Int(p.document)); int(Int(p.sentence)); int(Int(p.start)); int(Int(p.end))
    }
}

struct ByteDecoder {
    let bytes: [UInt8]
    var position = 0

    mutating func int() throws -> Int {
        guard position + 8 <= bytes.count else { throw SnapshotReader.Corrupt(what: "structured section ends early") }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: Int64.self) }
        position += 8
        return Int(Int64(littleEndian: value))
    }

    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - position else { throw SnapshotReader.Corrupt(what: "structured section has a bad count") }
        return n
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { position += n }
        return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try int() == 1 ? try string() : nil
    }

    mutating func int32() throws -> Int32 {
        let n = try int()
        guard let value = Int32(exactly: n) else { throw SnapshotReader.Corrupt(what: "structured section has a bad id") }
        return value
    }

    mutating func provenance() throws -> Provenance {
        Provenance(document: try int32(), sentence: try int32(), start: try int32(), end: try int32())
    }
}
