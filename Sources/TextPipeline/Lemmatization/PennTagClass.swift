/// The Penn Treebank tags the lemmatizer treats differently, recognised from the tag's bytes
/// with one integer switch (no string comparisons in the hot path).
enum PennTagClass {
    case properNoun, properNounPlural, pluralNoun, noun
    case verbBase, verbPresent, verbThirdPerson, verbPast, verbParticiple, verbGerund
    case adjectiveComparative, adjectiveOther, adverbComparative
    case modal, possessive, personalPronoun, determiner, adverb, to, number
    case openingQuote, closingQuote, punctuation, other

    init(_ xpos: String) {
        var packed: UInt32 = 0
        var length = 0
        for b in xpos.utf8 {
            length += 1
            if length > 4 { self = .other; return }
            packed = packed << 8 | UInt32(b)
        }
        switch packed {
        case Self.pack("NNP"): self = .properNoun
        case Self.pack("NNPS"): self = .properNounPlural
        case Self.pack("NNS"): self = .pluralNoun
        case Self.pack("NN"): self = .noun
        case Self.pack("VB"): self = .verbBase
        case Self.pack("VBP"): self = .verbPresent
        case Self.pack("VBZ"): self = .verbThirdPerson
        case Self.pack("VBD"): self = .verbPast
        case Self.pack("VBN"): self = .verbParticiple
        case Self.pack("VBG"): self = .verbGerund
        case Self.pack("JJR"), Self.pack("JJS"): self = .adjectiveComparative
        case Self.pack("JJ"): self = .adjectiveOther
        case Self.pack("RBR"), Self.pack("RBS"): self = .adverbComparative
        case Self.pack("RB"): self = .adverb
        case Self.pack("MD"): self = .modal
        case Self.pack("POS"): self = .possessive
        case Self.pack("PRP"): self = .personalPronoun
        case Self.pack("DT"): self = .determiner
        case Self.pack("TO"): self = .to
        case Self.pack("CD"): self = .number
        case Self.pack("``"): self = .openingQuote
        case Self.pack("''"): self = .closingQuote
        case Self.pack(","), Self.pack(":"), Self.pack("HYPH"), Self.pack("NFP"), Self.pack("."),
             Self.pack("$"), Self.pack("SYM"):
            self = .punctuation
        default:
            self = xpos == "-LRB-" || xpos == "-RRB-" ? .punctuation : .other
        }
    }

    private static func pack(_ tag: StaticString) -> UInt32 {
        var packed: UInt32 = 0
        let p = tag.utf8Start
        for k in 0..<tag.utf8CodeUnitCount { packed = packed << 8 | UInt32(p[k]) }
        return packed
    }

    var isVerb: Bool {
        switch self {
        case .verbBase, .verbPresent, .verbThirdPerson, .verbPast, .verbParticiple, .verbGerund: return true
        default: return false
        }
    }
}
