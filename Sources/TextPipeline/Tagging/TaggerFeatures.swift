/// The tagger's feature templates and their extraction for one token.
///
/// A sentence is seen through `TaggerContext`: each word's `WordShape` and ambiguity class,
/// padded with two sentinels on each side, plus the tags already chosen to the left.
enum TaggerTemplate: UInt32, CaseIterable, Sendable {
    case bias = 0
    case word, casedWord
    case prefix1, prefix2, prefix3
    case suffix1, suffix2, suffix3, suffix4, suffix5
    case shape, flagsAndPosition
    case previousTag, previousTwoTags, previousTagAndWord
    case previousWord, previousSuffix3, previousWord2
    case nextWord, nextSuffix3, nextWord2
    case previousWordAndWord, wordAndNextWord
    case ambiguity, nextAmbiguity, nextAmbiguity2, ambiguityAndNext, previousTagAndAmbiguity
    case shapeAndSuffix3, flagsAndSuffix3
    case previousTagAndNextAmbiguity, nextShape, previousShape
    case wordNet, wordNetAndFlags, wordNetAndSuffix2, previousTagAndWordNet
    case sentenceCaseAndFlags, sentenceCaseAndWord, previousCasedWord, nextCasedWord, previousTagAndSuffix3
    // The refining pass only: the first pass's guesses for the words to the right.
    case nextGuess, nextTwoGuesses, previousTagAndNextGuess, wordAndNextGuess, suffix3AndNextGuess

    /// The template names recorded in the model file.
    static var names: [String] { allCases.map { "\($0)" } }
}

/// One sentence prepared for feature extraction.
struct TaggerContext {
    /// Word shapes with two sentinels before and after: word `i` is at `i + 2`.
    var words: [WordShape] = []
    /// Ambiguity classes, padded the same way.
    var ambiguity: [UInt64] = []
    /// WordNet evidence for words without an ambiguity class (0 otherwise), unpadded.
    var wordNet: [UInt64] = []
    /// Fixed tags from the tag dictionary, unpadded (-1: none).
    var fixed: [Int] = []
    /// How the sentence is capitalised: 0 ordinary, 1 most words capitalised (a headline),
    /// 2 most letters upper case (shouting), 3 no capitals at all.
    var sentenceCase: UInt64 = 0
    var scratch = WordScratch()

    var count: Int { fixed.count }

    /// Prepares `forms` using `lexicon`.
    mutating func load<Forms: Collection>(_ forms: Forms, lexicon: TaggerLexicon, wordNet classes: WordNetClasses)
        where Forms.Element == String
    {
        words.removeAll(keepingCapacity: true)
        wordNet.removeAll(keepingCapacity: true)
        ambiguity.removeAll(keepingCapacity: true)
        fixed.removeAll(keepingCapacity: true)
        words.append(.start); words.append(.start)
        ambiguity.append(1 << 40); ambiguity.append(1 << 40)
        for form in forms {
            let shape = WordShape(form, scratch: &scratch)
            let entry = lexicon.lookup(shape.lower)
            words.append(shape)
            ambiguity.append(entry.ambiguity)
            wordNet.append(entry.ambiguity == 0 ? classes.evidence(scratch) | 1 << 40 : 0)
            fixed.append(entry.fixedTag ?? -1)
        }
        var letterWords = 0, capitalised = 0, upper = 0
        for word in words.dropFirst(2) where word.flags & WordShape.Flag.hasLetter != 0 {
            letterWords += 1
            if word.flags & WordShape.Flag.initialUpper != 0 { capitalised += 1 }
            if word.flags & WordShape.Flag.allUpper != 0 && word.length > 1 { upper += 1 }
        }
        if letterWords >= 3 && upper * 2 > letterWords { sentenceCase = 2 }
        else if letterWords >= 3 && capitalised * 3 > letterWords * 2 { sentenceCase = 1 }
        else if letterWords >= 3 && capitalised == 0 { sentenceCase = 3 }
        else { sentenceCase = 0 }
        words.append(.end); words.append(.end)
        ambiguity.append(2 << 40); ambiguity.append(2 << 40)
    }

    /// Writes the features of word `i` given the two previous tags (class ids; sentinels beyond
    /// the class range at the sentence start) into `features`. With `guesses` (a first pass's
    /// class for every word of the sentence), adds the refining pass's right-context features.
    func features(at i: Int, previous: Int, previous2: Int, guesses: [Int]? = nil, into features: inout [UInt64]) {
        typealias T = TaggerTemplate
        @inline(__always) func f(_ t: T) -> UInt64 { FeatureHasher.feature(t.rawValue) }
        @inline(__always) func f(_ t: T, _ a: UInt64) -> UInt64 { FeatureHasher.feature(t.rawValue, a) }
        @inline(__always) func f(_ t: T, _ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHasher.feature(t.rawValue, a, b) }
        let p = i + 2
        let w = words[p], wm1 = words[p - 1], wm2 = words[p - 2], wp1 = words[p + 1], wp2 = words[p + 2]
        let a0 = ambiguity[p], a1 = ambiguity[p + 1], a2 = ambiguity[p + 2]
        let t1 = UInt64(previous), t2 = UInt64(previous2)
        let position: UInt64 = i == 0 ? 1 << 32 : 0
        features.removeAll(keepingCapacity: true)
        features.append(f(.bias))
        features.append(f(.word, w.lower))
        features.append(f(.casedWord, w.cased))
        features.append(f(.prefix1, w.prefix1))
        features.append(f(.prefix2, w.prefix2))
        features.append(f(.prefix3, w.prefix3))
        features.append(f(.suffix1, w.suffix1))
        features.append(f(.suffix2, w.suffix2))
        features.append(f(.suffix3, w.suffix3))
        features.append(f(.suffix4, w.suffix4))
        features.append(f(.suffix5, w.suffix5))
        features.append(f(.shape, w.shape))
        features.append(f(.flagsAndPosition, w.flags | position))
        features.append(f(.previousTag, t1))
        features.append(f(.previousTwoTags, t1, t2))
        features.append(f(.previousTagAndWord, t1, w.lower))
        features.append(f(.previousWord, wm1.lower))
        features.append(f(.previousSuffix3, wm1.suffix3))
        features.append(f(.previousWord2, wm2.lower))
        features.append(f(.nextWord, wp1.lower))
        features.append(f(.nextSuffix3, wp1.suffix3))
        features.append(f(.nextWord2, wp2.lower))
        features.append(f(.previousWordAndWord, wm1.lower, w.lower))
        features.append(f(.wordAndNextWord, w.lower, wp1.lower))
        features.append(f(.ambiguity, a0))
        features.append(f(.nextAmbiguity, a1))
        features.append(f(.nextAmbiguity2, a2))
        features.append(f(.ambiguityAndNext, a0, a1))
        features.append(f(.previousTagAndAmbiguity, t1, a0))
        features.append(f(.shapeAndSuffix3, w.shape, w.suffix3))
        features.append(f(.flagsAndSuffix3, w.flags | position, w.suffix3))
        features.append(f(.previousTagAndNextAmbiguity, t1, a1))
        features.append(f(.nextShape, wp1.shape))
        features.append(f(.previousShape, wm1.shape))
        features.append(f(.sentenceCaseAndFlags, sentenceCase, w.flags | position))
        if sentenceCase != 0 { features.append(f(.sentenceCaseAndWord, sentenceCase, w.lower)) }
        features.append(f(.previousCasedWord, wm1.cased))
        features.append(f(.nextCasedWord, wp1.cased))
        features.append(f(.previousTagAndSuffix3, t1, w.suffix3))
        let evidence = wordNet[i]
        if evidence != 0 {
            features.append(f(.wordNet, evidence))
            features.append(f(.wordNetAndFlags, evidence, w.flags | position))
            features.append(f(.wordNetAndSuffix2, evidence, w.suffix2))
            features.append(f(.previousTagAndWordNet, t1, evidence))
        }
        if let guesses {
            // Past the end: values no class id takes (the class count is far below 2^20).
            let g1 = i + 1 < guesses.count ? UInt64(guesses[i + 1]) : 1 << 20
            let g2 = i + 2 < guesses.count ? UInt64(guesses[i + 2]) : 1 << 21
            features.append(f(.nextGuess, g1))
            features.append(f(.nextTwoGuesses, g1, g2))
            features.append(f(.previousTagAndNextGuess, t1, g1))
            features.append(f(.wordAndNextGuess, w.lower, g1))
            features.append(f(.suffix3AndNextGuess, w.suffix3, g1))
        }
    }
}
