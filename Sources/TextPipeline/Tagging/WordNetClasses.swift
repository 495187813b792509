/// Open-class evidence from WordNet for words the training data did not teach: which parts of
/// speech a word (or the stem an inflectional suffix leaves) has in WordNet, and whether it names
/// an instance (a person or place).
///
/// Keyed by 32 bits of the (finished) byte-wise FNV-1a hash of the lowercased word: with about
/// 90,000 words a stray match for an unknown word has odds near 1 in 50,000. The table ships
/// inside the tagger model file (Open English WordNet 2025, CC BY 4.0).
struct WordNetClasses: Sendable {
    enum Bit {
        static let noun: UInt16 = 1
        static let verb: UInt16 = 2
        static let adjective: UInt16 = 4
        static let adverb: UInt16 = 8
        /// An irregular inflected form (went, children, better) of the parts of speech in bits 0–3, shifted by 4.
        static let irregularShift: UInt16 = 4
        /// The name of an instance (Maryland, Obama).
        static let name: UInt16 = 256
    }

    private let table: FeatureTable
    let keys: [UInt32]
    let values: [UInt16]

    init(keys: [UInt32], values: [UInt16]) {
        self.keys = keys
        self.values = values
        var table = FeatureTable(capacityBits: max(10, Int.bitWidth - (keys.count * 2).leadingZeroBitCount))
        for (key, value) in zip(keys, values) { _ = table.findOrInsert(FeatureHasher.finish(UInt64(key)), value: Int32(value)) }
        self.table = table
    }

    /// The stored key of a word hash.
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: FeatureHasher.finish(hash)) }

    static let empty = WordNetClasses(keys: [], values: [])

    var isEmpty: Bool { keys.isEmpty }

    @inline(__always)
    func mask(_ hash: UInt64) -> UInt64 {
        guard let value = table.find(FeatureHasher.finish(UInt64(Self.key(hash)))) else { return 0 }
        return UInt64(value)
    }

    /// The evidence for the lowercased word in `scratch`: its own classes (bits 0–8), then the
    /// classes of the stems left by removing -s/-es/-ies (bits 12–15), -ed (16–19), -ing (20–23),
    /// -er/-est (24–27) and -ly (28–31).
    func evidence(_ scratch: WordScratch) -> UInt64 {
        let b = scratch.bytes
        let n = b.count
        var value = mask(scratch.hashBytes(0..<n))
        guard n >= 4 else { return value }
        let e = UInt8(ascii: "e"), y = UInt8(ascii: "y")
        func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard n > count + 1 else { return false }
            return suffix.withUTF8Buffer { s in
                for k in 0..<count where b[n - count + k] != s[k] { return false }
                return true
            }
        }
        func stem(_ drop: Int, _ extra: UInt8? = nil) -> UInt64 { mask(scratch.hashBytes(0..<(n - drop), appending: extra)) }
        func undoubled(_ drop: Int) -> UInt64 {
            // stopped → stop, running → run
            guard n - drop >= 3, b[n - drop - 1] == b[n - drop - 2] else { return 0 }
            return stem(drop + 1)
        }
        var plural: UInt64 = 0, past: UInt64 = 0, gerund: UInt64 = 0, comparative: UInt64 = 0, adverb: UInt64 = 0
        if ends("s") && !ends("ss") {
            plural |= stem(1)
            if ends("es") { plural |= stem(2) }
            if ends("ies") { plural |= stem(3, y) }
        }
        if ends("ed") {
            past |= stem(2) | stem(1) | undoubled(2)
            if ends("ied") { past |= stem(3, y) }
        }
        if ends("ing") { gerund |= stem(3) | stem(3, e) | undoubled(3) }
        if ends("er") { comparative |= stem(2) | stem(1) | undoubled(2) }
        if ends("est") { comparative |= stem(3) | stem(2) | undoubled(3) }
        if ends("ier") { comparative |= stem(3, y) }
        if ends("ly") {
            adverb |= stem(2)
            if ends("ily") { adverb |= stem(3, y) }
        }
        value |= (plural & 15) << 12 | (past & 15) << 16 | (gerund & 15) << 20 | (comparative & 15) << 24 | (adverb & 15) << 28
        return value
    }

    /// Builds the table from OEWN's `lemmas.tsv`, `exceptions.tsv` and `instances.tsv` rows
    /// (single words only). Deterministic.
    static func build(lemmas: [(String, String)], exceptions: [(String, String)], instances: [String]) -> WordNetClasses {
        func bit(_ pos: String) -> UInt16 {
            switch pos {
            case "n": Bit.noun
            case "v": Bit.verb
            case "a", "s": Bit.adjective
            case "r": Bit.adverb
            default: 0
            }
        }
        var masks: [UInt32: UInt16] = [:]
        func add(_ word: String, _ value: UInt16) {
            guard !word.isEmpty, !word.contains(" "), !word.contains("_") else { return }
            masks[key(FeatureHasher.hash(word.lowercased())), default: 0] |= value
        }
        for (lemma, pos) in lemmas { add(lemma, bit(pos)) }
        for (form, pos) in exceptions { add(form, bit(pos) << Bit.irregularShift) }
        for name in instances { add(name, Bit.name) }
        let keys = masks.keys.sorted()
        return WordNetClasses(keys: keys, values: keys.map { masks[$0]! })
    }
}

extension WordNetClasses {
    /// Whether WordNet lists the lowercased `word` as a verb.
    func isVerb(_ word: String) -> Bool { classes(ofWord: word) & UInt64(Bit.verb) != 0 }

    /// Whether WordNet lists the lowercased `word` as a noun.
    func isNoun(_ word: String) -> Bool { classes(ofWord: word) & UInt64(Bit.noun) != 0 }

    /// The class bits of the lowercased `word` itself (no stems).
    private func classes(ofWord word: String) -> UInt64 {
        var h = FeatureHasher.offsetBasis
        for byte in word.utf8 { h = (h ^ UInt64(byte)) &* FeatureHasher.prime }
        return mask(h)
    }
}
