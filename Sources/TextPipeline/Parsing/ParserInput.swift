/// One sentence as the parser's features see it: a 64-bit value per word for its form, tags and
/// lemma, hashed once so that no string is touched while parsing.
///
/// Index `count` holds the artificial ROOT.
public struct ParserInput: Sendable {
    public let count: Int
    public let words: [UInt64]
    public let xpos: [UInt64]
    public let upos: [UInt64]
    public let lemmas: [UInt64]
    /// The word's semantic class (`WordSenseClasses`), or `noneValue`.
    public let classes: [UInt64]

    /// Encodes the words of a sentence from their form, tags and lemma, with their semantic
    /// classes from `senses`.
    public init(forms: [String], xpos: [String], upos: [String], lemmas: [String], senses: WordSenseClasses = .empty) {
        count = forms.count
        func encode(_ strings: [String], _ normalize: Bool) -> [UInt64] {
            var values = strings.map { normalize ? ParserInput.wordValue($0) : ParserInput.value(of: $0) }
            values.append(ParserInput.rootValue)
            return values
        }
        words = encode(forms, true)
        self.xpos = encode(xpos, false)
        self.upos = encode(upos, false)
        self.lemmas = encode(lemmas, true)
        var classes = forms.indices.map { senses.value(form: forms[$0], lemma: lemmas[$0], upos: upos[$0]) }
        classes.append(ParserInput.rootValue)
        self.classes = classes
    }

    /// Encodes `range` of an annotated document: the values `init(forms:xpos:upos:lemmas:senses:)`
    /// gives its tokens' attributes, read in one pass without copying them into arrays of strings.
    public init(_ document: AnnotatedDocument, range: Range<Int>, senses: WordSenseClasses = .empty) {
        count = range.count
        var words: [UInt64] = [], xpos: [UInt64] = [], upos: [UInt64] = [], lemmas: [UInt64] = [], classes: [UInt64] = []
        words.reserveCapacity(count + 1)
        xpos.reserveCapacity(count + 1)
        upos.reserveCapacity(count + 1)
        lemmas.reserveCapacity(count + 1)
        classes.reserveCapacity(count + 1)
        // Through a buffer pointer: `let token = document.tokens[index]` copied the whole token
        // (six strings retained and released).
        document.tokens.withUnsafeBufferPointer { tokens in
            for index in range {
                words.append(Self.wordValue(tokens[index].form))
                xpos.append(Self.value(of: tokens[index].xpos))
                upos.append(Self.value(of: tokens[index].upos))
                lemmas.append(Self.wordValue(tokens[index].lemma))
                classes.append(senses.value(form: tokens[index].form, lemma: tokens[index].lemma, upos: tokens[index].upos))
            }
        }
        words.append(Self.rootValue)
        xpos.append(Self.rootValue)
        upos.append(Self.rootValue)
        lemmas.append(Self.rootValue)
        classes.append(Self.rootValue)
        self.words = words
        self.xpos = xpos
        self.upos = upos
        self.lemmas = lemmas
        self.classes = classes
    }

    /// The value standing for ROOT in every word attribute.
    static let rootValue: UInt64 = 0x524F_4F54_0000_0001
    /// The value of an absent word (stack or buffer too short, no such child).
    static let noneValue: UInt64 = 0x4E4F_4E45_0000_0002

    /// 64-bit FNV-1a of the UTF-8 bytes of `string`.
    static func value(of string: String) -> UInt64 { FeatureHasher.hash(string) }

    /// The value of a word form for features: lowercased, digits folded to 0, typographic
    /// quotes and dashes folded to their ASCII forms (news text uses them, EWT mostly does not).
    static func wordValue(_ form: String) -> UInt64 {
        var hash = FeatureHasher.offsetBasis
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* FeatureHasher.prime }
        for scalar in form.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: add(0x30)
            case 0x41...0x5A: add(UInt8(scalar.value + 32))
            case 0..<0x80: add(UInt8(scalar.value))
            case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: add(0x22)
            case 0x2018, 0x2019, 0x201A: add(0x27)
            case 0x2013, 0x2014, 0x2015, 0x2212: add(0x2D); add(0x2D)
            case 0x2026: add(0x2E); add(0x2E); add(0x2E)
            default:
                for byte in String(Character(scalar)).lowercased().utf8 { add(byte) }
            }
        }
        return hash
    }
}
