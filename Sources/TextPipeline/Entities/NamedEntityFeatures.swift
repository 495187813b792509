/// Feature templates of the name tagger. Static features depend only on the words, tags, tree and
/// gazetteers and are computed once per token; dynamic features add the previous two labels.
enum NamedEntityFeatures {
    // Template ids: stable numbers, since the model file stores hashes of them.
    enum T: UInt32 {
        case bias = 1, word, wordPrev, wordNext, wordPrev2, wordNext2, shape, shapePrev, shapeNext, shapeTrigram
        case prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4
        case upos, uposPrev, uposNext, uposBigram, uposNextBigram, xpos, xposPrev
        case propnRun, runLength, runHasOrgWord, runHasPlaceWord, runEndsWithCorporate, nextIsCorporate
        case headWord, deprel, deprelHeadUpos, headDeprel
        case phrase, phrasePrev, phraseNext, wordClass, wordClassPrev, wordClassNext
        case titleLeft, titleLeft2, titleHere, sentenceStart, capitalized
        case previousLabel, previousTwoLabels, previousLabelWord, previousLabelShape, previousLabelUpos
        case lowerPrevWordShape, ofOrgPattern, quoteInside
        case documentLabels
    }

    /// Words that mark organization names when inside a run of capitalised words.
    static let organizationWords: Set<String> = [
        "university", "college", "school", "institute", "department", "ministry", "agency", "association",
        "council", "committee", "commission", "party", "union", "bank", "company", "corporation", "group",
        "foundation", "society", "court", "police", "army", "navy", "force", "forces", "office", "bureau",
        "administration", "congress", "senate", "parliament", "assembly", "airlines", "airways", "air",
        "news", "times", "post", "journal", "press", "network", "club", "team", "fc", "league", "church",
        "hospital", "center", "centre", "board", "authority", "service", "services", "organization",
        "organisation", "federation", "conference", "chamber", "fund", "trust", "coalition", "movement",
        "house", "network", "television", "radio", "magazine", "reuters", "tribunal", "cabinet", "government",
        "security", "intelligence", "inc.", "corp.", "ltd.", "co.", "llc", "plc", "technologies", "systems",
    ]
    /// Words that mark place names when inside a run of capitalised words.
    static let placeWords: Set<String> = [
        "street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "lane", "square", "park",
        "river", "lake", "mountain", "mountains", "mount", "mt.", "island", "islands", "bay", "sea", "ocean",
        "valley", "county", "city", "province", "state", "district", "region", "airport", "bridge", "station",
        "beach", "coast", "peninsula", "desert", "canyon", "hills", "falls", "gulf", "strait", "village",
        "north", "south", "east", "west", "republic", "kingdom", "territory", "highway", "building", "tower",
    ]
    /// Corporate suffixes that end organization names.
    static let corporateSuffixes: Set<String> = [
        "inc.", "inc", "corp.", "corp", "ltd.", "ltd", "llc", "l.l.c.", "co.", "plc", "gmbh", "ag", "s.a.",
        "n.v.", "lp", "llp", "group", "holdings",
    ]

    /// `FeatureHasher.hash` of each of `corporateSuffixes`: a word whose hash is not here is
    /// none of them, found without hashing its text for the set (a set lookup a token cost
    /// 7 % of the static features' instructions).
    static let corporateSuffixHashes = Set(corporateSuffixes.map { FeatureHasher.hash($0) })

    /// Collapsed word shape: X for capitals, x for lower case, d for digits, other characters kept,
    /// runs of one class shortened to one ("Garcetti" -> "Xx", "U.S." -> "X.X.", "4.1" -> "d.d").
    static func shape(_ form: String) -> UInt64 {
        var hash = FeatureHasher.offsetBasis
        var previous: UInt8 = 0
        var count = 0
        for scalar in form.unicodeScalars {
            let c: UInt8
            let v = scalar.value
            if v >= 65 && v <= 90 { c = 88 }
            else if v >= 97 && v <= 122 { c = 120 }
            else if v >= 48 && v <= 57 { c = 100 }
            else if v < 128 { c = UInt8(v) }
            else if scalar.properties.isUppercase { c = 88 }
            else if scalar.properties.isLowercase { c = 120 }
            else { c = 126 }
            if c == previous { continue }
            previous = c
            hash = (hash ^ UInt64(c)) &* FeatureHasher.prime
            count += 1
            if count > 6 { break }
        }
        return hash
    }

    /// True when a form starts with a capital letter.
    static func isCapitalized(_ form: String) -> Bool {
        // ASCII first: Unicode's property lookup is slow, and for ASCII it means A-Z.
        guard let byte = form.utf8.first else { return false }
        if byte < 0x80 { return byte >= 65 && byte <= 90 }
        return form.unicodeScalars.first!.properties.isUppercase
    }

    /// True when a form starts with a letter.
    static func startsWithLetter(_ form: String) -> Bool {
        guard let byte = form.utf8.first else { return false }
        if byte < 0x80 { return (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
        return form.unicodeScalars.first!.properties.isAlphabetic
    }

    /// The static features of one token, with the hashes the dynamic features combine with labels.
    struct TokenFeatures {
        var keys: [UInt64]
        var word: UInt64
        var shape: UInt64
        var upos: UInt64
        /// True when the word starts with a capital letter.
        var capitalized = false
        /// True when the word starts with a letter: only such words share labels across the
        /// document (`NamedEntityDocumentLabels`), not punctuation or numbers inside names.
        var startsWithLetter = false
    }

    /// The static features of every token of `sentence`, in token order.
    static func staticFeatures(
        sentence: Range<Int>, document: AnnotatedDocument, context: EntityContext
    ) -> [TokenFeatures] {
        // The tokens through a buffer pointer: read through the array in the closures below,
        // each read copied the whole `Token` (six strings retained and released), 3 % of the
        // entity stage's instructions.
        document.tokens.withUnsafeBufferPointer { tokens in
            staticFeatures(sentence: sentence, tokens: tokens, context: context)
        }
    }

    /// Most keys `staticFeatures` gives one token (42 with every optional template).
    static let keysPerTokenLimit = 64

    /// `staticFeatures(sentence:document:context:)` over the document's tokens.
    private static func staticFeatures(
        sentence: Range<Int>, tokens: UnsafeBufferPointer<Token>, context: EntityContext
    ) -> [TokenFeatures] {
        let lower = context.lower
        let start = sentence.lowerBound
        let end = sentence.upperBound
        let none: UInt64 = 0x5555
        // Each word's hashes and flags once, not at every template that reads them.
        let words = sentence.map { FeatureHasher.hash(lower[$0]) }
        func word(_ i: Int) -> UInt64 { i < start ? 1 : i >= end ? 2 : words[i - start] }
        let shapes = sentence.map { shape(tokens[$0].form) }
        func shapeAt(_ i: Int) -> UInt64 { i < start ? 1 : i >= end ? 2 : shapes[i - start] }
        let upos = sentence.map { FeatureHasher.hash(tokens[$0].upos) }
        func uposAt(_ i: Int) -> UInt64 { i < start ? 1 : i >= end ? 2 : upos[i - start] }
        let xpos = sentence.map { FeatureHasher.hash(tokens[$0].xpos) }
        let capitalized = sentence.map { isCapitalized(tokens[$0].form) }
        let nameLike = sentence.map { isNameLike(upos: tokens[$0].upos, initial: $0 == start, capitalized: capitalized[$0 - start]) }

        // Runs of PROPN (or capitalised non-initial) tokens, the usual shape of a name, and what
        // their words say, found once per run rather than at each of its tokens.
        var runStart = Array(repeating: -1, count: sentence.count)
        var runEnd = Array(repeating: -1, count: sentence.count)
        var runFeatures: [(start: Int, keys: [UInt64])] = []
        var i = start
        while i < end {
            guard nameLike[i - start] else { i += 1; continue }
            var j = i
            while j < end, nameLike[j - start] || (j > i && j + 1 < end
                && (lower[j] == "of" || lower[j] == "de" || lower[j] == "-" || lower[j] == "&")
                && nameLike[j + 1 - start]) { j += 1 }
            for k in i..<j { runStart[k - start] = i; runEnd[k - start] = j }
            runFeatures.append((i, runKeys(i..<j, lower: lower)))
            i = j
        }
        // Each token's dependency label, hashed once: a token's own and its dependents' features read it.
        let deprels = sentence.map { FeatureHasher.hash(tokens[$0].deprel) }
        var run = 0

        var result: [TokenFeatures] = []
        result.reserveCapacity(sentence.count)
        // A token's keys are written into one scratch buffer and copied out into an array of
        // their number: appended to an array one by one, each key cost about 45 instructions
        // more than its hashing.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keysPerTokenLimit) { scratch in
            for i in sentence {
                var f = KeyWriter(scratch)
                let form = tokens[i].form
                let w = word(i)
                let r = i - start
                f.add(.bias)
                f.add(.word, w)
                f.add(.wordPrev, word(i - 1))
                f.add(.wordNext, word(i + 1))
                f.add(.shape, shapeAt(i))
                f.add(.shapePrev, shapeAt(i - 1))
                f.add(.shapeNext, shapeAt(i + 1))
                f.add(.shapeTrigram, shapeAt(i - 1), shapeAt(i), shapeAt(i + 1))
                // The suffixes hashed from the word's bytes in place: `utf8.suffix(n)` stepped back
                // through the view index by index, about 130 instructions a suffix.
                var lowerForm = lower[i]
                lowerForm.withUTF8 { utf8 in
                    let length = utf8.count
                    for n in 1...4 where length > n {
                        let t: T = n == 1 ? .suffix1 : n == 2 ? .suffix2 : n == 3 ? .suffix3 : .suffix4
                        f.add(t, FeatureHasher.hash(bytes: UnsafeBufferPointer(rebasing: utf8[(length - n)...])))
                    }
                }
                f.add(.upos, uposAt(i))
                f.add(.uposPrev, uposAt(i - 1))
                f.add(.uposNext, uposAt(i + 1))
                f.add(.uposBigram, uposAt(i - 1), uposAt(i))
                f.add(.uposNextBigram, uposAt(i), uposAt(i + 1))
                f.add(.xpos, xpos[r])
                f.add(.xposPrev, i > start ? xpos[r - 1] : 1)
                if i == start { f.add(.sentenceStart, capitalized[r] ? 1 : 0) }
                f.add(.capitalized, capitalized[r] ? (i == start ? 2 : 1) : 0)
                if i > start, !capitalized[r - 1] { f.add(.lowerPrevWordShape, word(i - 1), shapeAt(i)) }

                // The run of name-like words this token is in.
                if runStart[r] >= 0 {
                    let length = runEnd[r] - runStart[r]
                    let position: UInt64 = length == 1 ? 0 : i == runStart[r] ? 1 : i == runEnd[r] - 1 ? 2 : 3
                    f.add(.propnRun, position)
                    f.add(.runLength, UInt64(min(length, 5)), position)
                    while runFeatures[run].start != runStart[r] { run += 1 }
                    for key in runFeatures[run].keys { f.append(key) }
                } else {
                    f.add(.propnRun, 9)
                }
                if i + 1 < end, corporateSuffixHashes.contains(words[r + 1]), corporateSuffixes.contains(lower[i + 1]) {
                    f.add(.nextIsCorporate)
                }

                // Dependency context.
                let head = Int(tokens[i].head)
                let deprel = deprels[r]
                f.add(.deprel, deprel)
                if head >= start, head < end {
                    f.add(.headWord, words[head - start], deprel)
                    f.add(.deprelHeadUpos, deprel, upos[head - start])
                    f.add(.headDeprel, deprels[head - start])
                } else {
                    f.add(.headWord, none, deprel)
                }

                // Gazetteers: the longest phrase match here and next door, and the word's own lists.
                f.add(.phrase, UInt64(context.phrase[i].rawValue), context.phraseBegins[i] ? 1 : 0)
                f.add(.phrasePrev, i > start ? UInt64(context.phrase[i - 1].rawValue) : 1)
                f.add(.phraseNext, i + 1 < end ? UInt64(context.phrase[i + 1].rawValue) : 1)
                f.add(.wordClass, UInt64(context.word[i].subtracting(.phrase).rawValue))
                f.add(.wordClassPrev, i > start ? UInt64(context.word[i - 1].subtracting(.phrase).rawValue) : 1)
                f.add(.wordClassNext, i + 1 < end ? UInt64(context.word[i + 1].subtracting(.phrase).rawValue) : 1)

                // Titles just left of the word ("Mayor Eric", "Police Chief Charlie Beck").
                if i > start, let title = context.titleEnding[i - 1] {
                    f.add(.titleLeft, FeatureHasher.hash(title.entry.category.rawValue), capitalized[r] ? 1 : 0)
                    if i - 1 - title.length >= start {
                        f.add(.titleLeft2, FeatureHasher.hash(title.entry.category.rawValue), uposAt(i - 1 - title.length))
                    }
                } else if i > start + 1, let title = context.titleEnding[i - 2] {
                    f.add(.titleLeft2, FeatureHasher.hash(title.entry.category.rawValue), 7)
                }
                if let title = context.titleEnding[i] { f.add(.titleHere, FeatureHasher.hash(title.entry.category.rawValue)) }
                result.append(TokenFeatures(
                    keys: Array(f.written), word: w, shape: shapeAt(i), upos: uposAt(i), capitalized: capitalized[r],
                    startsWithLetter: startsWithLetter(form)))
            }
        }
        return result
    }

    /// Writes one token's feature keys into a scratch buffer of `keysPerTokenLimit` values.
    private struct KeyWriter {
        let buffer: UnsafeMutableBufferPointer<UInt64>
        var count = 0

        init(_ buffer: UnsafeMutableBufferPointer<UInt64>) { self.buffer = buffer }

        /// The keys written so far.
        var written: UnsafeMutableBufferPointer<UInt64> { UnsafeMutableBufferPointer(rebasing: buffer[0..<count]) }

        @inline(__always) mutating func append(_ key: UInt64) {
            precondition(count < buffer.count, "more name-tagger keys than keysPerTokenLimit")
            buffer[count] = key
            count += 1
        }
        @inline(__always) mutating func add(_ t: T) { append(FeatureHasher.feature(t.rawValue)) }
        @inline(__always) mutating func add(_ t: T, _ a: UInt64) { append(FeatureHasher.feature(t.rawValue, a)) }
        @inline(__always) mutating func add(_ t: T, _ a: UInt64, _ b: UInt64) { append(FeatureHasher.feature(t.rawValue, a, b)) }
        @inline(__always) mutating func add(_ t: T, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
            append(FeatureHasher.feature(t.rawValue, a, b, c))
        }
    }

    /// The features every token of the name-like run `run` has for the run's words, in order:
    /// an organization word, a place word, a corporate suffix at its end, an "of" inside.
    static func runKeys(_ run: Range<Int>, lower: [String]) -> [UInt64] {
        var keys: [UInt64] = []
        if run.contains(where: { organizationWords.contains(lower[$0]) }) {
            keys.append(FeatureHasher.feature(T.runHasOrgWord.rawValue))
        }
        if run.contains(where: { placeWords.contains(lower[$0]) }) {
            keys.append(FeatureHasher.feature(T.runHasPlaceWord.rawValue))
        }
        if let last = run.last, corporateSuffixes.contains(lower[last]) {
            keys.append(FeatureHasher.feature(T.runEndsWithCorporate.rawValue))
        }
        if run.contains(where: { lower[$0] == "of" }) {
            keys.append(FeatureHasher.feature(T.ofOrgPattern.rawValue, FeatureHasher.hash(lower[run.lowerBound])))
        }
        return keys
    }

    /// A word that can be part of a name: PROPN, or capitalised (`capitalized`) and not
    /// sentence-initial (`initial`).
    static func isNameLike(upos: String, initial: Bool, capitalized: Bool) -> Bool {
        if upos == "PROPN" { return true }
        return !initial && capitalized && upos != "PRON" && upos != "DET"
    }

    /// The features that pair the previous label with this token (all of `addDynamic` but the
    /// label bigram), appended to `features`; the Viterbi decoder scores them once per previous label.
    @inline(__always)
    static func addFirstOrder(to features: inout [UInt64], previous: Int, word: UInt64, shape: UInt64, upos: UInt64) {
        features.append(previousLabel(previous))
        addTokenFirstOrder(to: &features, previous: previous, word: word, shape: shape, upos: upos)
    }

    /// The first-order features that depend on the token (`addFirstOrder` without `previousLabel`).
    @inline(__always)
    static func addTokenFirstOrder(to features: inout [UInt64], previous: Int, word: UInt64, shape: UInt64, upos: UInt64) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: tokenFirstOrderCount) { keys in
            tokenFirstOrder(previous: previous, word: word, shape: shape, upos: upos, into: keys)
            features.append(contentsOf: keys)
        }
    }

    /// The number of keys `addTokenFirstOrder` appends.
    static let tokenFirstOrderCount = 3

    /// `addTokenFirstOrder`'s keys, written into the first `tokenFirstOrderCount` values of `keys`.
    @inline(__always)
    static func tokenFirstOrder(previous: Int, word: UInt64, shape: UInt64, upos: UInt64, into keys: UnsafeMutableBufferPointer<UInt64>) {
        precondition(keys.count >= tokenFirstOrderCount)
        let p = UInt64(previous)
        keys[0] = FeatureHasher.feature(T.previousLabelWord.rawValue, p, word)
        keys[1] = FeatureHasher.feature(T.previousLabelShape.rawValue, p, shape)
        keys[2] = FeatureHasher.feature(T.previousLabelUpos.rawValue, p, upos)
    }

    /// The previous-label feature of `addDynamic`, which does not depend on the token.
    @inline(__always)
    static func previousLabel(_ previous: Int) -> UInt64 {
        FeatureHasher.feature(T.previousLabel.rawValue, UInt64(previous))
    }

    /// The label-bigram feature of `addDynamic`, which does not depend on the token.
    @inline(__always)
    static func labelPair(previous: Int, previous2: Int) -> UInt64 {
        FeatureHasher.feature(T.previousTwoLabels.rawValue, UInt64(previous), UInt64(previous2))
    }

    /// Appends the features that depend on the previous two labels to `features`.
    @inline(__always)
    static func addDynamic(
        to features: inout [UInt64], previous: Int, previous2: Int, word: UInt64, shape: UInt64, upos: UInt64
    ) {
        features.append(previousLabel(previous))
        features.append(labelPair(previous: previous, previous2: previous2))
        addTokenFirstOrder(to: &features, previous: previous, word: word, shape: shape, upos: upos)
    }
}
