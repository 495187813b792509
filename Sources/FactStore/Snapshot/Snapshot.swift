import FactModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A binary image of a store, so that a corpus opens instantly the second time.
///
/// Layout (little-endian): a 32-byte header — magic `FACTSHSN`, format version (UInt32), header
/// size (UInt32), payload length (UInt64), payload checksum (UInt64) — then the payload: the key's
/// canonical text, then every array of the records and indexes as a section (tag, element size,
/// count, raw bytes padded to 8). Loading is a few bulk copies, no per-record decoding.
///
/// Written atomically (temporary file, then rename). A missing, truncated, corrupt, other-version
/// or stale (different key) snapshot is reported as one `Diagnostic` and the caller rebuilds.
public enum Snapshot {
    /// The format version; a snapshot of another version is not loaded (it is rebuilt).
    public static let formatVersion: UInt32 = 1
    static let magic: [UInt8] = Array("FACTSHSN".utf8)
    static let headerSize = 32

    /// The cache directory the shell keeps snapshots in: `$XDG_CACHE_HOME/factsh`, or
    /// `~/.cache/factsh` when XDG_CACHE_HOME is unset or empty.
    public static func cacheDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return "\(xdg)/factsh" }
        return "\(environment["HOME"] ?? ".")/.cache/factsh"
    }

    /// Where the snapshot for `key` lives in the cache directory: `<digest>.snapshot`.
    public static func cachePath(for key: SnapshotKey, environment: [String: String]) -> String {
        "\(cacheDirectory(environment: environment))/\(key.digest).snapshot"
    }

    /// Writes a snapshot of `store` for `key` to `path` atomically, creating the directory.
    /// - Throws: `Diagnostic` when it cannot be written.
    /// - Complexity: O(size of the store).
    public static func write(_ store: FactStore, key: SnapshotKey, to path: String) throws {
        let indexes = store.indexes
        var writer = SnapshotWriter(reserving: 64 + store.factCount * 80)
        for _ in 0..<headerSize { writer.append(UInt8(0)) }
        writer.array(Array(key.canonicalText.utf8), tag: 1)
        SnapshotLayout.encode(store.data, indexes, into: &writer)
        var bytes = writer.bytes
        let payloadLength = bytes.count - headerSize
        let checksum = bytes.withUnsafeBytes { Checksum.compute(UnsafeRawBufferPointer(rebasing: $0[headerSize...])) }
        var header = SnapshotWriter(reserving: headerSize)
        for byte in magic { header.append(byte) }
        header.append(formatVersion)
        header.append(UInt32(headerSize))
        header.append(UInt64(payloadLength))
        header.append(checksum)
        bytes.replaceSubrange(0..<headerSize, with: header.bytes)
        if let slash = path.lastIndex(of: "/") { try AtomicFile.makeDirectory(String(path[..<slash])) }
        try AtomicFile.write(bytes, to: path)
    }

    /// Loads the snapshot at `path` if it was written for `expectedKey`.
    /// - Throws: one `Diagnostic` (`store.snapshot-missing`, `-truncated`, `-corrupt`, `-version`,
    ///   `-stale`) saying why it cannot be used; the caller then rebuilds from the sources.
    /// - Complexity: O(size of the snapshot), in bulk copies.
    public static func load(from path: String, expectedKey: SnapshotKey) throws -> FactStore {
        let bytes: [UInt8]
        do { bytes = try FileBytes.read(path) } catch {
            throw problem("snapshot-missing", "no snapshot at '\(path)'", path, severity: .note)
        }
        return try bytes.withUnsafeBytes { buffer in
            guard buffer.count >= headerSize else { throw problem("snapshot-truncated", "snapshot is truncated (\(buffer.count) bytes)", path) }
            guard Array(buffer[0..<8]) == magic else { throw problem("snapshot-corrupt", "not a factsh snapshot (bad magic number)", path) }
            var header = SnapshotReader(buffer, at: 8)
            let version: UInt32 = try header.integer()
            let size: UInt32 = try header.integer()
            let payloadLength: UInt64 = try header.integer()
            let checksum: UInt64 = try header.integer()
            guard version == formatVersion else {
                throw problem("snapshot-version", "snapshot has format version \(version), this factsh writes \(formatVersion)", path)
            }
            guard Int(size) == headerSize, UInt64(buffer.count - headerSize) >= payloadLength else {
                throw problem("snapshot-truncated", "snapshot is truncated (\(buffer.count) of \(Int(payloadLength) + headerSize) bytes)", path)
            }
            guard UInt64(buffer.count - headerSize) == payloadLength else {
                throw problem("snapshot-corrupt", "snapshot has \(buffer.count - headerSize - Int(payloadLength)) bytes of trailing garbage", path)
            }
            guard Checksum.compute(UnsafeRawBufferPointer(rebasing: buffer[headerSize...])) == checksum else {
                throw problem("snapshot-corrupt", "snapshot checksum does not match (the file is damaged)", path)
            }
            var reader = SnapshotReader(buffer, at: headerSize)
            do {
                let keyText = String(decoding: try reader.array(UInt8.self, tag: 1), as: UTF8.self)
                guard keyText == expectedKey.canonicalText else {
                    throw problem("snapshot-stale", "snapshot was built from other sources or another pipeline version", path)
                }
                let (data, indexes) = try SnapshotLayout.decode(&reader)
                return FactStore(data: data, indexes: indexes)
            } catch let corrupt as SnapshotReader.Corrupt {
                throw problem("snapshot-corrupt", "snapshot is corrupt (\(corrupt.what))", path)
            }
        }
    }

    static func problem(_ id: String, _ message: String, _ path: String, severity: Severity = .warning) -> Diagnostic {
        Diagnostic(id: "store.\(id)", severity: severity, message: message, file: path)
    }
}
