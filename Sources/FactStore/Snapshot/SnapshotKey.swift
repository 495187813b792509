import FactModel

/// What a snapshot was built from: each source file's path and a hash of its bytes, plus the
/// version of the pipeline and models that extracted it. A snapshot is used only when its key
/// equals the key of the sources as they are now, so an edited article or a new model version
/// can never be answered from a stale snapshot.
public struct SnapshotKey: Hashable, Sendable {
    /// One source: its path as given and the hash of its content.
    public struct Source: Hashable, Sendable {
        public var path: String
        public var contentHash: UInt64
        public init(path: String, contentHash: UInt64) {
            self.path = path
            self.contentHash = contentHash
        }
    }

    public var sources: [Source]
    /// The pipeline and model version string the caller passes (e.g. "factsh 0.3 tagger-7 parser-4").
    public var pipelineVersion: String

    public init(sources: [Source], pipelineVersion: String) {
        self.sources = sources
        self.pipelineVersion = pipelineVersion
    }

    /// The key of files as they are on disk now (reads and hashes each one).
    /// - Throws: `Diagnostic` when a file cannot be read.
    public init(files paths: [String], pipelineVersion: String) throws {
        self.sources = try paths.map { path in
            let bytes = try FileBytes.read(path)
            return Source(path: path, contentHash: bytes.withUnsafeBytes { SnapshotKey.contentHash(of: $0) })
        }
        self.pipelineVersion = pipelineVersion
    }

    /// A 64-bit hash of some bytes (the content hash of a source).
    public static func contentHash(of bytes: UnsafeRawBufferPointer) -> UInt64 {
        Checksum.compute(bytes)
    }

    /// The key as one canonical text: the version, then `path TAB hash` per source.
    var canonicalText: String {
        var text = "factsh-snapshot-key 1\n\(pipelineVersion)\n"
        for source in sources { text += "\(source.path)\t\(String(source.contentHash, radix: 16))\n" }
        return text
    }

    /// A 128-bit digest of the key in hex: the snapshot's file name in the cache.
    public var digest: String {
        var text = canonicalText
        let (a, b) = text.withUTF8 { buffer in
            (Checksum.compute(UnsafeRawBufferPointer(buffer)), Checksum.compute(UnsafeRawBufferPointer(buffer), seed: 0x5851_F42D_4C95_7F2D))
        }
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(a) + hex(b)
    }
}

/// A fast 64-bit checksum of bytes: four independent multiply-xorshift lanes over 8-byte words.
enum Checksum {
    static func compute(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return ByteHash.finish(seed) }
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (seed, seed ^ 0x1234_5678, seed &+ 0xABCD_EF01, seed ^ 0x0F0F_0F0F_0F0F)
        let prime: UInt64 = 0xFF51_AFD7_ED55_8CCD
        var i = 0
        while i + 32 <= count {
            lanes.0 = ((lanes.0 ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* prime).rotateLeft31
            lanes.1 = ((lanes.1 ^ base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) &* prime).rotateLeft31
            lanes.2 = ((lanes.2 ^ base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)) &* prime).rotateLeft31
            lanes.3 = ((lanes.3 ^ base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)) &* prime).rotateLeft31
            i += 32
        }
        var h = lanes.0 ^ lanes.1.rotateLeft31 ^ (lanes.2 &* 3) ^ (lanes.3 &* 5) ^ UInt64(count)
        h = ByteHash.finish(h) ^ ByteHash.hash(base + i, count - i)
        return ByteHash.finish(h)
    }
}

extension UInt64 {
    @inline(__always) var rotateLeft31: UInt64 { (self << 31) | (self >> 33) }
}
