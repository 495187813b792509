/// Document context for the name tagger's second pass ("prediction aggregation", Ratinov and Roth
/// 2009): a word's label depends on how the first pass labelled the same word elsewhere in the
/// document ("Google" read as an organisation in one sentence helps the lone "Google" in another).
/// Only words that start with a letter take part, and only words the first pass put in a name
/// somewhere get a feature, so a document without such repeats needs no second pass.
enum NamedEntityDocumentLabels {
    /// Bits of the label mask: the types the word had elsewhere, and `outside` when it was also
    /// outside every name there.
    static let person: UInt64 = 1, organization: UInt64 = 2, place: UInt64 = 4, outside: UInt64 = 8

    /// The type bit of each label index (B- or I-), `outside` for O.
    static let bits: [UInt64] = EntityLabel.tags.map { tag in
        switch tag.dropFirst(2) {
        case "PER": return person
        case "ORG": return organization
        case "LOC": return place
        default: return outside
        }
    }

    /// For each sentence and token, the document-label feature keys (empty for most tokens), from
    /// the first pass's `labels` of every sentence of one document. A token's own label does not
    /// count, only the same word's (same lowercased form) at other places. O(tokens).
    static func features(_ sentences: [[NamedEntityFeatures.TokenFeatures]], labels: [[Int]]) -> [[UInt64?]] {
        // Counts of each type per word, for the words labelled in a name at least once.
        var counts: [UInt64: [Int]] = [:]
        for (tokens, sentenceLabels) in zip(sentences, labels) {
            for (token, label) in zip(tokens, sentenceLabels) where token.startsWithLetter && label != EntityLabel.outside {
                counts[token.word, default: [0, 0, 0, 0]][index(bits[label])] += 1
            }
        }
        guard !counts.isEmpty else { return sentences.map { [UInt64?](repeating: nil, count: $0.count) } }
        for (tokens, sentenceLabels) in zip(sentences, labels) {
            for (token, label) in zip(tokens, sentenceLabels) where token.startsWithLetter && label == EntityLabel.outside {
                if counts[token.word] != nil { counts[token.word]![3] += 1 }
            }
        }
        return zip(sentences, labels).map { tokens, sentenceLabels in
            zip(tokens, sentenceLabels).map { token, label in
                guard token.startsWithLetter, var count = counts[token.word] else { return nil }
                count[index(bits[label])] -= 1
                var mask: UInt64 = 0
                for (i, b) in [person, organization, place, outside].enumerated() where count[i] > 0 { mask |= b }
                guard mask & ~outside != 0 else { return nil }
                return key(mask: mask, capitalized: token.capitalized)
            }
        }
    }

    /// The feature of a word labelled with the types in `mask` elsewhere, with its own case.
    static func key(mask: UInt64, capitalized: Bool) -> UInt64 {
        FeatureHasher.feature(NamedEntityFeatures.T.documentLabels.rawValue, mask, capitalized ? 1 : 0)
    }

    /// Every key `features` can return, for the trainer's list of model rows.
    static var allKeys: [UInt64] {
        (1...15).flatMap { mask in mask & 7 == 0 ? [] : [key(mask: UInt64(mask), capitalized: false), key(mask: UInt64(mask), capitalized: true)] }
    }

    /// The position of a type bit in the per-word counts.
    static func index(_ bit: UInt64) -> Int { bit == person ? 0 : bit == organization ? 1 : bit == place ? 2 : 3 }
}
