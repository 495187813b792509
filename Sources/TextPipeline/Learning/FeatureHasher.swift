/// Turns feature templates and their integer values into 64-bit feature keys.
///
/// A key is FNV-1a run over 64-bit words (the template id, then each value), finished with the
/// MurmurHash3 `fmix64` avalanche so that every input bit reaches the low bits that the model's
/// hash tables index with. Word-level values come from `hash(_:)` (byte-wise FNV-1a over UTF-8),
/// so no strings are built when features are extracted.
public enum FeatureHasher {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// One FNV-1a step over a whole 64-bit word.
    @inline(__always)
    public static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ value) &* prime
    }

    /// MurmurHash3's 64-bit finalizer: spreads every bit of `hash` over the whole word.
    @inline(__always)
    public static func finish(_ hash: UInt64) -> UInt64 {
        var h = hash
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The key of template `template` with no value (a bias or a flag feature).
    @inline(__always)
    public static func feature(_ template: UInt32) -> UInt64 {
        finish(mix(offsetBasis, UInt64(template)))
    }

    /// The key of template `template` with one value.
    @inline(__always)
    public static func feature(_ template: UInt32, _ a: UInt64) -> UInt64 {
        finish(mix(mix(offsetBasis, UInt64(template)), a))
    }

    /// The key of template `template` with two values.
    @inline(__always)
    public static func feature(_ template: UInt32, _ a: UInt64, _ b: UInt64) -> UInt64 {
        finish(mix(mix(mix(offsetBasis, UInt64(template)), a), b))
    }

    /// The key of template `template` with three values.
    @inline(__always)
    public static func feature(_ template: UInt32, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        finish(mix(mix(mix(mix(offsetBasis, UInt64(template)), a), b), c))
    }

    /// Byte-wise FNV-1a of a string's UTF-8 bytes: a stable value for a word.
    @inline(__always)
    public static func hash(_ string: String) -> UInt64 {
        var h = offsetBasis
        for byte in string.utf8 { h = (h ^ UInt64(byte)) &* prime }
        return h
    }

    /// `hash(string.lowercased())`, without making the lowercased string when `string` is ASCII
    /// (where lowercasing maps A-Z alone).
    @inline(__always)
    public static func hashLowercased(_ string: String) -> UInt64 {
        var h = offsetBasis
        for byte in string.utf8 {
            guard byte < 0x80 else { return hash(string.lowercased()) }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            h = (h ^ UInt64(lower)) &* prime
        }
        return h
    }

    /// Byte-wise FNV-1a of a sequence of bytes.
    @inline(__always)
    public static func hash<Bytes: Sequence>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var h = offsetBasis
        for byte in bytes { h = (h ^ UInt64(byte)) &* prime }
        return h
    }
}
