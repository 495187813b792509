/// Appends little-endian values to a byte buffer.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ string: String) {
        let utf8 = Array(string.utf8)
        write(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func write(raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// Pads with zero bytes up to a multiple of `alignment`.
    mutating func align(to alignment: Int) {
        while bytes.count % alignment != 0 { bytes.append(0) }
    }
}

/// Reads little-endian values from a byte buffer, throwing instead of reading past its end.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    private(set) var position: Int
    let end: Int

    init(_ bytes: UnsafeRawBufferPointer, from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.position = start
        self.end = end ?? bytes.count
    }

    var remaining: Int { end - position }

    mutating func read<T: FixedWidthInteger>(_ type: T.Type, _ what: @autoclosure () -> String) throws -> T {
        guard remaining >= MemoryLayout<T>.size else { throw ModelFileError.truncated(what()) }
        let value = bytes.loadUnaligned(fromByteOffset: position, as: T.self)
        position += MemoryLayout<T>.size
        return T(littleEndian: value)
    }

    mutating func readString(_ what: @autoclosure () -> String) throws -> String {
        let length = Int(try read(UInt32.self, what()))
        guard remaining >= length else { throw ModelFileError.truncated(what()) }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)])
        position += length
        guard let string = String(validating: slice, as: UTF8.self) else {
            throw ModelFileError.malformed("\(what()) is not UTF-8")
        }
        return string
    }
}

/// A fast 64-bit checksum: FNV-1a over 8-byte little-endian words (then the tail bytes),
/// finished with an avalanche. Detects truncation and corruption, not tampering.
enum Checksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h = FeatureHasher.offsetBasis ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            h = FeatureHasher.mix(h, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        while i < bytes.count {
            h = FeatureHasher.mix(h, UInt64(bytes[i]))
            i += 1
        }
        return FeatureHasher.finish(h)
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }
}
