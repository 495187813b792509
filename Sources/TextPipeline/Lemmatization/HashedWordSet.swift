import Foundation

/// A set of words with a 4-bit tag each (the WordNet parts of speech), stored as an
/// open-addressing table of 64-bit FNV-1a hashes so it loads with one read and no parsing.
///
/// File layout (little-endian): magic "FWS1", UInt32 word count, UInt32 slot count (a power of
/// two), then one UInt64 per slot: the word's hash with its low 4 bits replaced by the tag, or 0
/// for an empty slot. Two words share an entry only if their 60-bit hashes collide (about one
/// chance in 10^13 for 75,000 words). Lookup: O(1) expected, a few probes.
struct HashedWordSet: Sendable {
    private let slots: [UInt64]
    private let mask: Int
    let count: Int

    static let magic: UInt32 = 0x3153_5746  // "FWS1"

    enum FormatError: Error { case badHeader }

    /// Reads a table written by `encode`.
    init(data: Data) throws {
        guard data.count >= 12 else { throw FormatError.badHeader }
        let header = data.withUnsafeBytes { raw in
            (raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self), raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self),
             raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        }
        let slotCount = Int(UInt32(littleEndian: header.2))
        guard UInt32(littleEndian: header.0) == Self.magic, slotCount > 0, slotCount & (slotCount - 1) == 0,
              data.count == 12 + 8 * slotCount else { throw FormatError.badHeader }
        count = Int(UInt32(littleEndian: header.1))
        mask = slotCount - 1
        slots = data.withUnsafeBytes { raw in
            (0..<slotCount).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 12 + 8 * $0, as: UInt64.self)) }
        }
    }

    /// The tag of `word`, or nil when the set lacks it.
    @inline(__always) func tag(of word: String) -> UInt8? {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash >> 4) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & ~0xF == hash & ~0xF { return UInt8(entry & 0xF) }
            slot = (slot + 1) & mask
        }
    }

    /// The file bytes of a set holding `words` (word, tag ≠ 0), at load factor at most 0.6.
    static func encode(_ words: [(String, UInt8)]) -> Data {
        var slotCount = 1
        while Double(words.count) > 0.6 * Double(slotCount) { slotCount <<= 1 }
        var slots = [UInt64](repeating: 0, count: slotCount)
        for (word, tag) in words.sorted(by: { $0.0 < $1.0 }) {
            let hash = Self.hash(word)
            var slot = Int(truncatingIfNeeded: hash >> 4) & (slotCount - 1)
            while slots[slot] != 0, slots[slot] & ~0xF != hash & ~0xF { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = (hash & ~0xF) | UInt64(tag & 0xF) | (slots[slot] & 0xF)
        }
        var data = Data()
        for value in [magic, UInt32(words.count), UInt32(slotCount)] { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        for slot in slots { withUnsafeBytes(of: slot.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    /// 64-bit FNV-1a of the word's UTF-8 bytes, never 0 in its upper 60 bits.
    @inline(__always) static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash & ~0xF == 0 ? 0x10 : hash
    }
}
