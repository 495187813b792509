/// Document consistency of names: a capitalised name the tagger found in one place of an article
/// is the same name where the same words stand outside any name elsewhere in it ("at Spotify"
/// tagged, a later lone "Spotify" missed), or only partly in one ("Mazars [USA]" where "Mazars
/// USA" is a name elsewhere). The second pass of the tagger weighs this softly; this rule makes it
/// hold for exact repeats that it still left out.
enum RepeatedNames {
    static func apply(_ document: inout AnnotatedDocument) {
        // Each tagged name's words, with how often each type was given to them.
        var types: [[String]: [String: Int]] = [:]
        for sentence in document.sentences {
            let tags = sentence.map { document.tokens[$0].entityTag }
            for span in EntityLabel.spans(tags) {
                let words = span.range.map { document.tokens[sentence.lowerBound + $0].form }
                guard words.allSatisfy(isNameWord) else { continue }
                types[words, default: [:]][span.type, default: 0] += 1
            }
        }
        guard !types.isEmpty else { return }
        let longest = types.keys.map(\.count).max() ?? 1
        // Through a buffer pointer: mapped over the array, every token was copied whole.
        let nameWords = document.tokens.withUnsafeBufferPointer { tokens in tokens.indices.map { isNameWord(tokens[$0].form) } }
        for sentence in document.sentences {
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                // Only runs of name words can be a tagged name's words: most places are passed
                // over without building and hashing a word list for every length.
                var run = 0
                while run < longest, i + run < sentence.upperBound, nameWords[i + run] { run += 1 }
                var matched = 0
                for length in stride(from: run, through: 1, by: -1) {
                    let range = i..<(i + length)
                    guard coversWholeNames(range, sentence, document),
                          let counts = types[range.map { document.tokens[$0].form }],
                          let type = majority(counts) else { continue }
                    // Not part of a longer capitalised run ("Spotify Premium", "Jane Sanders").
                    let before = i > sentence.lowerBound && NamedEntityFeatures.isCapitalized(document.tokens[i - 1].form)
                    let after = range.upperBound < sentence.upperBound
                        && NamedEntityFeatures.isCapitalized(document.tokens[range.upperBound].form)
                    // Nor a currency's country letters ("US$500", left outside names on purpose).
                    let currency = range.upperBound < sentence.upperBound && document.tokens[range.upperBound].form == "$"
                    guard !before, !after, !currency else { continue }
                    document.tokens[i].entityTag = "B-" + type
                    for j in range.dropFirst() { document.tokens[j].entityTag = "I-" + type }
                    matched = length
                    break
                }
                i += max(matched, 1)
            }
        }
    }

    /// True when `range` holds a word outside names and cuts no name in two: the shorter names
    /// inside it give way to the longer one ("Mazars [USA]" where "Mazars USA" is named elsewhere).
    static func coversWholeNames(_ range: Range<Int>, _ sentence: Range<Int>, _ document: AnnotatedDocument) -> Bool {
        let tokens = document.tokens
        guard range.contains(where: { tokens[$0].entityTag == "O" }), !tokens[range.lowerBound].entityTag.hasPrefix("I-") else { return false }
        return range.upperBound == sentence.upperBound || !tokens[range.upperBound].entityTag.hasPrefix("I-")
    }

    /// A word a repeated name may hold: capitalised words and the small words inside names.
    static func isNameWord(_ form: String) -> Bool {
        NamedEntityFeatures.isCapitalized(form) || smallNameWords.contains(form)
    }

    /// The small words a repeated name may hold besides capitalised ones (a set: compared with
    /// each in turn, a lower-case word cost eight string comparisons).
    static let smallNameWords: Set<String> = ["of", "de", "the", "-", "&", "and", "'s", "’s"]

    /// The type given most often, or nil on a tie.
    static func majority(_ counts: [String: Int]) -> String? {
        let sorted = counts.sorted { $0.value > $1.value }
        if sorted.count > 1 && sorted[0].value == sorted[1].value { return nil }
        return sorted.first?.key
    }
}
