import Foundation

/// Why a model file could not be read.
public enum ModelFileError: Error, Equatable, CustomStringConvertible {
    case notAModelFile
    case unsupportedVersion(UInt32)
    case truncated(String)
    case checksumMismatch(String)
    case missingSection(String)
    case malformed(String)
    case wrongKind(expected: String, found: String)

    public var description: String {
        switch self {
        case .notAModelFile: "not a factsh model file (bad magic number)"
        case .unsupportedVersion(let v): "unsupported model file version \(v) (this build reads \(ModelFile.formatVersion))"
        case .truncated(let what): "model file truncated while reading \(what)"
        case .checksumMismatch(let what): "model file corrupt: checksum mismatch in \(what)"
        case .missingSection(let name): "model file has no section \(name)"
        case .malformed(let what): "model file malformed: \(what)"
        case .wrongKind(let expected, let found): "expected a \(expected) model, found a \(found) model"
        }
    }
}

/// A versioned, checked, little-endian binary container for trained models.
///
/// Layout (all integers little-endian):
/// ```
/// 0   magic            8 bytes  89 'F' 'S' 'H' 'M' 0D 0A 1A
/// 8   format version   UInt32
/// 12  header length    UInt32   H
/// 16  header checksum  UInt64
/// 24  header           H bytes: kind; recipe (key, value) pairs; named string lists
///                      (labels, templates); section directory (name, offset, length, checksum)
/// …   sections         raw little-endian arrays, each starting on an 8-byte boundary
/// ```
/// Strings are a UInt32 byte count and UTF-8. Every section is checksummed, so a truncated or
/// corrupt file throws `ModelFileError` on load and never crashes. The whole file is read with
/// one memory-mapped `Data`.
public struct ModelFile: Sendable, Equatable {
    public static let magic: [UInt8] = [0x89, 0x46, 0x53, 0x48, 0x4D, 0x0D, 0x0A, 0x1A]
    public static let formatVersion: UInt32 = 1

    /// What the file holds ("tagger", "parser", "entities").
    public var kind: String
    /// How the model was made: treebank, version, seed, epochs, date, ...
    public var recipe: [String: String]
    /// Named string lists: label sets, feature template names, word lists.
    public var lists: [String: [String]]
    /// Named binary payloads.
    public var sections: [String: [UInt8]]

    public init(kind: String, recipe: [String: String] = [:], lists: [String: [String]] = [:], sections: [String: [UInt8]] = [:]) {
        self.kind = kind
        self.recipe = recipe
        self.lists = lists
        self.sections = sections
    }

    // MARK: - Typed sections

    /// Whether the file holds section `name` (optional parts of a model).
    public func hasSection(_ name: String) -> Bool { sections[name] != nil }

    /// Stores `values` as the little-endian section `name`.
    public mutating func setArray<T: FixedWidthInteger>(_ values: [T], for name: String) {
        var writer = BinaryWriter()
        for value in values { writer.write(value) }
        sections[name] = writer.bytes
    }

    /// Reads section `name` as an array of `T`.
    public func array<T: FixedWidthInteger>(_ type: T.Type, _ name: String) throws -> [T] {
        guard let bytes = sections[name] else { throw ModelFileError.missingSection(name) }
        let size = MemoryLayout<T>.size
        guard bytes.count % size == 0 else { throw ModelFileError.malformed("section \(name) length \(bytes.count) is not a multiple of \(size)") }
        let count = bytes.count / size
        #if _endian(little)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            }
            initialized = count
        }
        #else
        return bytes.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                for i in 0..<count {
                    buffer[i] = T(littleEndian: raw.loadUnaligned(fromByteOffset: i * size, as: T.self))
                }
                initialized = count
            }
        }
        #endif
    }

    /// The string list `name`, or an error naming it.
    public func list(_ name: String) throws -> [String] {
        guard let list = lists[name] else { throw ModelFileError.missingSection(name) }
        return list
    }

    // MARK: - Encoding

    /// The file's bytes. Deterministic: entries are written in name order.
    public func encoded() -> [UInt8] {
        let names = sections.keys.sorted()
        // The directory's size does not depend on the offsets, so lay the header out twice.
        func header(offsets: [Int]) -> [UInt8] {
            var w = BinaryWriter()
            w.write(kind)
            w.write(UInt32(recipe.count))
            for key in recipe.keys.sorted() {
                w.write(key)
                w.write(recipe[key]!)
            }
            w.write(UInt32(lists.count))
            for name in lists.keys.sorted() {
                let list = lists[name]!
                w.write(name)
                w.write(UInt32(list.count))
                for item in list { w.write(item) }
            }
            w.write(UInt32(names.count))
            for (name, offset) in zip(names, offsets) {
                let bytes = sections[name]!
                w.write(name)
                w.write(UInt64(offset))
                w.write(UInt64(bytes.count))
                w.write(Checksum.of(bytes))
            }
            return w.bytes
        }
        func layout(headerLength: Int) -> [Int] {
            var offsets: [Int] = []
            var position = 24 + headerLength
            for name in names {
                position = (position + 7) / 8 * 8
                offsets.append(position)
                position += sections[name]!.count
            }
            return offsets
        }
        let draft = header(offsets: [Int](repeating: 0, count: names.count))
        let finalHeader = header(offsets: layout(headerLength: draft.count))
        var w = BinaryWriter()
        w.write(raw: Self.magic)
        w.write(Self.formatVersion)
        w.write(UInt32(finalHeader.count))
        w.write(Checksum.of(finalHeader))
        w.write(raw: finalHeader)
        for name in names {
            w.align(to: 8)
            w.write(raw: sections[name]!)
        }
        return w.bytes
    }

    /// Writes the file atomically.
    public func write(to url: URL) throws {
        try Data(encoded()).write(to: url, options: .atomic)
    }

    // MARK: - Decoding

    /// Reads and checks a model file (memory-mapped).
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url, options: .alwaysMapped)
        try self.init(data: data)
    }

    /// Parses and checks a model file's bytes.
    public init(data: Data) throws {
        self = try data.withUnsafeBytes { try ModelFile.decode($0) }
    }

    /// Parses and checks a model file's bytes.
    public init(bytes: [UInt8]) throws {
        self = try bytes.withUnsafeBytes { try ModelFile.decode($0) }
    }

    private static func decode(_ raw: UnsafeRawBufferPointer) throws -> ModelFile {
        guard raw.count >= 8, zip(raw.prefix(8), magic).allSatisfy({ $0 == $1 }) else {
            throw ModelFileError.notAModelFile
        }
        var preamble = BinaryReader(raw, from: 8)
        let version = try preamble.read(UInt32.self, "format version")
        guard version == formatVersion else { throw ModelFileError.unsupportedVersion(version) }
        let headerLength = Int(try preamble.read(UInt32.self, "header length"))
        let headerChecksum = try preamble.read(UInt64.self, "header checksum")
        guard raw.count - 24 >= headerLength else { throw ModelFileError.truncated("header") }
        let headerBytes = UnsafeRawBufferPointer(rebasing: raw[24..<(24 + headerLength)])
        guard Checksum.of(headerBytes) == headerChecksum else { throw ModelFileError.checksumMismatch("header") }

        var r = BinaryReader(raw, from: 24, to: 24 + headerLength)
        let kind = try r.readString("kind")
        var recipe: [String: String] = [:]
        let recipeCount = try r.read(UInt32.self, "recipe count")
        for _ in 0..<recipeCount {
            let key = try r.readString("recipe key")
            recipe[key] = try r.readString("recipe value")
        }
        var lists: [String: [String]] = [:]
        let listCount = try r.read(UInt32.self, "list count")
        for _ in 0..<listCount {
            let name = try r.readString("list name")
            let count = Int(try r.read(UInt32.self, "list \(name) length"))
            guard count <= r.remaining / 4 else { throw ModelFileError.truncated("list \(name)") }
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try r.readString("list \(name)")) }
            lists[name] = items
        }
        var sections: [String: [UInt8]] = [:]
        var covered: [(start: Int, end: Int)] = [(0, 24 + headerLength)]
        let sectionCount = try r.read(UInt32.self, "section count")
        for _ in 0..<sectionCount {
            let name = try r.readString("section name")
            let offset = try r.read(UInt64.self, "section \(name) offset")
            let length = try r.read(UInt64.self, "section \(name) length")
            let checksum = try r.read(UInt64.self, "section \(name) checksum")
            guard offset <= UInt64(raw.count), length <= UInt64(raw.count) - offset else {
                throw ModelFileError.truncated("section \(name)")
            }
            let bytes = UnsafeRawBufferPointer(rebasing: raw[Int(offset)..<Int(offset + length)])
            guard Checksum.of(bytes) == checksum else { throw ModelFileError.checksumMismatch("section \(name)") }
            sections[name] = [UInt8](bytes)
            covered.append((Int(offset), Int(offset + length)))
        }
        // Every byte outside the header and sections is alignment padding and must be zero.
        covered.sort { $0.start < $1.start }
        var position = 0
        for span in covered {
            guard span.start >= position else { throw ModelFileError.malformed("overlapping sections") }
            guard raw[position..<span.start].allSatisfy({ $0 == 0 }), span.start - position < 8 else {
                throw ModelFileError.malformed("bytes between sections")
            }
            position = span.end
        }
        guard position == raw.count else { throw ModelFileError.malformed("trailing bytes") }
        return ModelFile(kind: kind, recipe: recipe, lists: lists, sections: sections)
    }
}

extension PerceptronModel {
    /// Stores the model as sections `<prefix>.meta`, `<prefix>.slots` and `<prefix>.rows`.
    public func write(to file: inout ModelFile, prefix: String) {
        file.setArray([UInt32(classCount), scale.bitPattern, UInt32(featureCount)], for: prefix + ".meta")
        file.setArray(slots, for: prefix + ".slots")
        file.setArray(rowData, for: prefix + ".rows")
    }

    /// Reads a model stored by `write(to:prefix:)`, checking every offset and class index so a
    /// damaged file throws instead of crashing later. O(size).
    public init(from file: ModelFile, prefix: String) throws {
        let meta = try file.array(UInt32.self, prefix + ".meta")
        guard meta.count == 3 else { throw ModelFileError.malformed("\(prefix).meta") }
        let classCount = Int(meta[0])
        let scale = Float(bitPattern: meta[1])
        let slots = try file.array(UInt64.self, prefix + ".slots")
        let rowData = try file.array(UInt32.self, prefix + ".rows")
        guard classCount > 0, classCount <= 1 << 16, scale.isFinite, scale > 0,
              slots.contains(0)  // lookups end at an empty slot
        else { throw ModelFileError.malformed("\(prefix) table") }
        try rowData.withUnsafeBufferPointer { rows in
            for slot in slots where slot != 0 {
                let offset = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
                guard offset < rows.count, Int(rows[offset]) <= rows.count - offset - 1 else {
                    throw ModelFileError.malformed("\(prefix) row offset")
                }
                for j in (offset + 1)..<(offset + 1 + Int(rows[offset])) where Int(rows[j] >> 16) >= classCount {
                    throw ModelFileError.malformed("\(prefix) class index")
                }
            }
        }
        self.init(classCount: classCount, scale: scale, slots: slots, rowData: rowData, featureCount: Int(meta[2]))
    }
}
