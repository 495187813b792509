/// What the training data says about known words: each word's ambiguity class (the set of tags
/// it took) and, for frequent words that nearly always take one tag, that tag.
///
/// Keyed by `WordShape.lower` (the lowercased normalised form's hash). Stored in the tagger's
/// model file as two parallel sections, so loading never hashes a string.
struct TaggerLexicon: Sendable {
    /// Packed entry: ambiguity-class id in the low 16 bits; the fixed tag + 1 in the high 16 bits (0 = none).
    private let table: FeatureTable
    let keys: [UInt64]
    let values: [UInt32]

    init(keys: [UInt64], values: [UInt32]) {
        self.keys = keys
        self.values = values
        var table = FeatureTable(capacityBits: max(10, Int.bitWidth - (keys.count * 2).leadingZeroBitCount))
        // Word hashes are raw FNV-1a, whose low bits are weak: spread them before they index the table.
        for (key, value) in zip(keys, values) {
            _ = table.findOrInsert(FeatureHasher.finish(key), value: Int32(bitPattern: value))
        }
        self.table = table
    }

    /// The ambiguity class (0 for unknown words) and the fixed tag of a word. O(1) expected.
    @inline(__always)
    func lookup(_ lower: UInt64) -> (ambiguity: UInt64, fixedTag: Int?) {
        guard let packed = table.find(FeatureHasher.finish(lower)) else { return (0, nil) }
        let value = UInt32(bitPattern: packed)
        let fixed = Int(value >> 16)
        return (UInt64(value & 0xFFFF), fixed == 0 ? nil : fixed - 1)
    }

    var count: Int { keys.count }

    /// Thresholds that decide which words enter the lexicon.
    struct Thresholds: Sendable {
        /// Words seen fewer times get no ambiguity class (they look unknown, as at test time).
        var ambiguityMinimumCount = 4
        /// A tag joins a word's ambiguity class when it has at least this share of the word's uses.
        var ambiguityMinimumShare = 0.0
        /// Words seen at least this often...
        var fixedMinimumCount = 20
        /// ...with one tag at least this share of the time get that tag without scoring.
        var fixedMinimumShare = 0.97
    }

    /// Builds the lexicon from (word hash, tag) occurrences, deterministically.
    static func build(occurrences: [(word: UInt64, tag: Int)], thresholds: Thresholds) -> TaggerLexicon {
        var counts: [UInt64: [Int: Int]] = [:]
        for (word, tag) in occurrences { counts[word, default: [:]][tag, default: 0] += 1 }
        var classIds: [[Int]: UInt32] = [:]
        var entries: [(UInt64, UInt32)] = []
        for word in counts.keys.sorted() {
            let tags = counts[word]!
            let total = tags.values.reduce(0, +)
            guard total >= thresholds.ambiguityMinimumCount else { continue }
            let set = tags.filter { Double($0.value) >= thresholds.ambiguityMinimumShare * Double(total) }.keys.sorted()
            // Class ids in first-seen order of sorted words: deterministic.
            let id: UInt32
            if let known = classIds[set] { id = known } else {
                id = UInt32(classIds.count + 1)
                classIds[set] = id
            }
            var packed = min(id, 0xFFFF)
            let (bestTag, bestCount) = tags.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!
            if total >= thresholds.fixedMinimumCount && Double(bestCount) >= thresholds.fixedMinimumShare * Double(total) {
                packed |= UInt32(bestTag + 1) << 16
            }
            entries.append((word, packed))
        }
        return TaggerLexicon(keys: entries.map(\.0), values: entries.map(\.1))
    }
}
