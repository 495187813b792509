/// The per-word values the tagger's features combine, computed once per token from its form.
///
/// The form is normalised for features only (“ ” ″ `` '' → ", ‘ ’ ‚ → ', — – ― → --, … → ...)
/// and lowercased; the token keeps its original text. Every value is a 64-bit hash, so feature
/// extraction builds no strings.
struct WordShape: Sendable {
    /// Lowercased normalised form.
    var lower: UInt64 = 0
    /// Normalised form with its original case.
    var cased: UInt64 = 0
    /// Hashes of the first 1, 2, 3 characters (lowercased); the whole word when shorter.
    var prefix1: UInt64 = 0, prefix2: UInt64 = 0, prefix3: UInt64 = 0
    /// Hashes of the last 1...5 characters (lowercased); the whole word when shorter.
    var suffix1: UInt64 = 0, suffix2: UInt64 = 0, suffix3: UInt64 = 0, suffix4: UInt64 = 0, suffix5: UInt64 = 0
    /// Collapsed shape: X upper, x lower, d digit, other characters themselves, runs merged ("Xx", "d,d", "X.X.").
    var shape: UInt64 = 0
    /// Character-class summary bits, see `Flag`.
    var flags: UInt64 = 0
    /// Number of characters.
    var length: Int = 0

    enum Flag {
        static let initialUpper: UInt64 = 1
        static let allUpper: UInt64 = 2
        static let hasDigit: UInt64 = 4
        static let hasHyphen: UInt64 = 8
        static let hasLetter: UInt64 = 16
        static let allDigit: UInt64 = 32
        static let innerUpper: UInt64 = 64
        static let hasPeriod: UInt64 = 128
    }

    /// Stand-ins for the words before the sentence start and after its end.
    static let start: WordShape = sentinel(0x5354_4152_5400)
    static let end: WordShape = sentinel(0x454E_4400)

    private static func sentinel(_ seed: UInt64) -> WordShape {
        let h = FeatureHasher.finish(seed)
        var w = WordShape()
        w.lower = h; w.cased = h
        w.prefix1 = h; w.prefix2 = h; w.prefix3 = h
        w.suffix1 = h; w.suffix2 = h; w.suffix3 = h; w.suffix4 = h; w.suffix5 = h
        w.shape = h; w.flags = 1 << 20
        return w
    }

    /// Analyses `form`, using `scratch` as reusable byte storage (no allocation once warm).
    init(_ form: String, scratch: inout WordScratch) {
        scratch.reset()
        var flags: UInt64 = 0
        var allUpper = true, allDigit = true
        var shape = FeatureHasher.offsetBasis
        var lastShapeByte: UInt8 = 0
        var cased = FeatureHasher.offsetBasis
        var characters = 0
        // One character's class, for the shape and the flags; `other` is its shape byte when it
        // is no letter or digit (the first byte of its normal form).
        @inline(__always) func addCharacter(_ kind: CharacterKind, other: UInt8) {
            let shapeByte: UInt8
            switch kind {
            case .upper:
                shapeByte = UInt8(ascii: "X")
                flags |= characters == 0 ? Flag.initialUpper : Flag.innerUpper
                flags |= Flag.hasLetter
                allDigit = false
            case .lower:
                shapeByte = UInt8(ascii: "x")
                flags |= Flag.hasLetter
                allUpper = false; allDigit = false
            case .digit:
                shapeByte = UInt8(ascii: "d")
                flags |= Flag.hasDigit
                allUpper = false
            case .other:
                shapeByte = other
                if shapeByte == UInt8(ascii: "-") { flags |= Flag.hasHyphen }
                if shapeByte == UInt8(ascii: ".") { flags |= Flag.hasPeriod }
                allDigit = false
            }
            if shapeByte != lastShapeByte {
                shape = (shape ^ UInt64(shapeByte)) &* FeatureHasher.prime
                lastShapeByte = shapeByte
            }
            characters += 1
        }
        var form = form
        let ascii = form.withUTF8 { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            // An ASCII word (nearly all): each byte is a character and its own normal form, so
            // the bytes are read in place and their lowercase stored at once. Scalar by scalar,
            // through `normalize` and a store per byte, a word took twice the instructions.
            for byte in bytes {
                cased = (cased ^ UInt64(byte)) &* FeatureHasher.prime
                addCharacter(WordShape.kind(of: Unicode.Scalar(byte)), other: byte)
            }
            scratch.setCharacters(lowercasingASCII: bytes)
            return true
        }
        if !ascii {
            for scalar in form.unicodeScalars {
                let normalized = WordShape.normalize(scalar)
                for k in 0..<normalized.count {
                    cased = (cased ^ UInt64(normalized[k])) &* FeatureHasher.prime
                }
                let kind = WordShape.kind(of: scalar)
                addCharacter(kind, other: normalized[0])
                // Lowercased normalised characters, recorded with their boundaries for affixes.
                scratch.beginCharacter()
                if kind == .upper && !scalar.isASCII {
                    for lowered in scalar.properties.lowercaseMapping.utf8 { scratch.append(lowered) }
                } else {
                    for k in 0..<normalized.count {
                        let byte = normalized[k]
                        scratch.append((byte >= 65 && byte <= 90) ? byte | 0x20 : byte)
                    }
                }
            }
        }
        if characters > 0 && allUpper && flags & Flag.hasLetter != 0 { flags |= Flag.allUpper }
        if characters > 0 && allDigit { flags |= Flag.allDigit }
        self.cased = cased
        self.shape = shape
        self.flags = flags
        self.length = characters
        let n = scratch.characterCount
        self.lower = scratch.hash(characters: 0..<n)
        self.prefix1 = scratch.hash(characters: 0..<min(1, n))
        self.prefix2 = scratch.hash(characters: 0..<min(2, n))
        self.prefix3 = scratch.hash(characters: 0..<min(3, n))
        // Suffix hashes are salted so a one-letter suffix never equals a one-letter prefix.
        self.suffix1 = scratch.hash(characters: max(0, n - 1)..<n) ^ 0x5555
        self.suffix2 = scratch.hash(characters: max(0, n - 2)..<n) ^ 0x5555
        self.suffix3 = scratch.hash(characters: max(0, n - 3)..<n) ^ 0x5555
        self.suffix4 = scratch.hash(characters: max(0, n - 4)..<n) ^ 0x5555
        self.suffix5 = scratch.hash(characters: max(0, n - 5)..<n) ^ 0x5555
    }

    init() {}

    enum CharacterKind { case upper, lower, digit, other }

    @inline(__always)
    static func kind(of scalar: Unicode.Scalar) -> CharacterKind {
        let v = scalar.value
        if v < 128 {
            if v >= 65 && v <= 90 { return .upper }
            if v >= 97 && v <= 122 { return .lower }
            if v >= 48 && v <= 57 { return .digit }
            return .other
        }
        let properties = scalar.properties
        if properties.isUppercase { return .upper }
        if properties.isAlphabetic { return .lower }
        if properties.numericType != nil { return .digit }
        return .other
    }

    /// A scalar's feature form: typographic quotes, dashes and ellipses map to ASCII.
    @inline(__always)
    static func normalize(_ scalar: Unicode.Scalar) -> ScalarBytes {
        switch scalar.value {
        case 0..<128: return ScalarBytes(byte: UInt8(scalar.value))
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return ScalarBytes(byte: UInt8(ascii: "\""))
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return ScalarBytes(byte: UInt8(ascii: "'"))
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return ScalarBytes(repeating: UInt8(ascii: "-"), count: 2)
        case 0x2026: return ScalarBytes(repeating: UInt8(ascii: "."), count: 3)
        case 0x00A0: return ScalarBytes(byte: UInt8(ascii: " "))
        default: return ScalarBytes(scalar)
        }
    }
}

/// Up to four bytes: one scalar's UTF-8 or a short ASCII replacement, without allocation.
struct ScalarBytes {
    private var storage: UInt32 = 0
    private(set) var count: Int = 0

    init(byte: UInt8) {
        storage = UInt32(byte)
        count = 1
    }

    init(repeating byte: UInt8, count: Int) {
        for k in 0..<count { storage |= UInt32(byte) << (8 * k) }
        self.count = count
    }

    init(_ scalar: Unicode.Scalar) {
        for byte in UTF8.encode(scalar)! {
            storage |= UInt32(byte) << (8 * count)
            count += 1
        }
    }

    @inline(__always)
    subscript(index: Int) -> UInt8 { UInt8(truncatingIfNeeded: storage >> (8 * index)) }
}

/// Reusable storage for one word's lowercased bytes and character boundaries.
struct WordScratch {
    private(set) var bytes: [UInt8] = []
    /// Where each character starts in `bytes`; left empty for a word of one byte per character
    /// (`oneBytePerCharacter`), where character k starts at byte k.
    private var starts: [Int] = []
    private var oneBytePerCharacter = false

    init() {
        bytes.reserveCapacity(64)
        starts.reserveCapacity(64)
    }

    var characterCount: Int { oneBytePerCharacter ? bytes.count : starts.count }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        // Emptying an array takes about a hundred instructions even when it is empty.
        if !starts.isEmpty { starts.removeAll(keepingCapacity: true) }
        oneBytePerCharacter = false
    }

    mutating func beginCharacter() { starts.append(bytes.count) }
    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    /// Holds the ASCII word `ascii`, lowercased, one character a byte (after `reset`).
    mutating func setCharacters(lowercasingASCII ascii: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: ascii.lazy.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 })
        oneBytePerCharacter = true
    }

    /// Byte-wise FNV-1a of the bytes in `range`, then of `extra` if given.
    func hashBytes(_ range: Range<Int>, appending extra: UInt8? = nil) -> UInt64 {
        var h = FeatureHasher.offsetBasis
        for i in range { h = (h ^ UInt64(bytes[i])) &* FeatureHasher.prime }
        if let extra { h = (h ^ UInt64(extra)) &* FeatureHasher.prime }
        return h
    }

    /// Byte-wise FNV-1a of the characters in `range`.
    func hash(characters range: Range<Int>) -> UInt64 {
        var h = FeatureHasher.offsetBasis
        guard !range.isEmpty else { return h }
        let bytes: Range<Int>
        if oneBytePerCharacter {
            bytes = range
        } else {
            bytes = starts[range.lowerBound]..<(range.upperBound < starts.count ? starts[range.upperBound] : self.bytes.count)
        }
        for i in bytes { h = (h ^ UInt64(self.bytes[i])) &* FeatureHasher.prime }
        return h
    }
}
