/// The tokenizer's scan over one text's UTF-8 bytes.
///
/// The text divides into whitespace-separated chunks. Each chunk loses its leading punctuation
/// (opening quotes and brackets, "$") and its trailing punctuation (closing quotes and brackets,
/// commas, final periods unless an abbreviation keeps them); what is left, the core, is a URL,
/// address, handle or tag kept whole, or a word split at clitics, dashes and hyphens.
struct TokenScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var tokens: [Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 5 + 1)
    }

    private static let dot = UInt8(ascii: "."), comma = UInt8(ascii: ","), colon = UInt8(ascii: ":")
    private static let hyphen = UInt8(ascii: "-"), apostrophe = UInt8(ascii: "'")

    /// Scans the whole text into `tokens`.
    mutating func scanText() {
        let n = bytes.count
        var i = 0
        while i < n {
            let space = Whitespace.length(bytes, i)
            if space > 0 { i += space; continue }
            var j = i + 1
            while j < n, Whitespace.length(bytes, j) == 0 { j += 1 }
            scanChunk(i, j)
            i = j
        }
    }

    // MARK: - Emitting

    private mutating func emit(_ start: Int, _ end: Int) {
        guard end > start else { return }
        let spaceAfter = end < bytes.count && Whitespace.length(bytes, end) > 0
        let form = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        tokens.append(Token(start: Int32(start), end: Int32(end), form: form, spaceAfter: spaceAfter))
    }

    // MARK: - Chunks

    /// chunk := leading-punctuation* core? trailing-punctuation*
    private mutating func scanChunk(_ chunkStart: Int, _ chunkEnd: Int) {
        var start = chunkStart, end = chunkEnd
        while start < end {
            let length = leadingPunctuationLength(start, end)
            if length == 0 { break }
            emit(start, start + length)
            start += length
        }
        var peeled: [Range<Int>] = []
        while start < end {
            let followedByComma = peeled.last.map { bytes[$0.lowerBound] == Self.comma } ?? false
            let length = trailingPunctuationLength(start, end, chunkEnd: chunkEnd, followedByComma: followedByComma)
            if length == 0 { break }
            peeled.append(end - length..<end)
            end -= length
        }
        if start < end { scanCore(start, end) }
        for range in peeled.reversed() { emit(range.lowerBound, range.upperBound) }
    }

    /// Length of the punctuation token opening the chunk at `start`, or 0.
    private func leadingPunctuationLength(_ start: Int, _ end: Int) -> Int {
        let b = bytes[start]
        let next: UInt8? = start + 1 < end ? bytes[start + 1] : nil
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"),
             UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ">"), UInt8(ascii: ","),
             UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "$"),
             UInt8(ascii: "*"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "`"):
            return runLength(of: b, from: start, end)  // "<<", "$$$", "``" are one token in EWT
        case Self.apostrophe:
            if let next, ByteClass.isDigit(next) { return 0 }  // '90s
            if isDetachedClitic(start + 1, end) { return 0 }    // pre-tokenized "Bush 's"
            return runLength(of: b, from: start, end)        // ' or '' as quotes
        case UInt8(ascii: "#"):
            if let next, ByteClass.isASCIILetter(next) { return 0 }  // #tag
            return 1
        case Self.hyphen:
            if next == Self.hyphen { return runLength(of: b, from: start, end) }
            if let next, ByteClass.isDigit(next) { return 0 }  // -5
            return 1
        case Self.dot:
            let run = runLength(of: b, from: start, end)
            if run == 1, let next, ByteClass.isDigit(next) { return 0 }  // .5
            return run
        default:
            guard b >= 0xC2, let (special, length) = Special.at(bytes, start, end) else { return 0 }
            if special == .rightSingleQuote, let after = start + 3 < end ? bytes[start + 3] : nil,
               ByteClass.isDigit(after) { return 0 }  // ’90s
            if special == .rightSingleQuote, isDetachedClitic(start + 3, end) { return 0 }  // "Bush ’s"
            return length
        }
    }

    /// Whether the letters at `position` (right after an apostrophe opening a chunk) are a clitic
    /// standing alone, as pre-tokenized text writes them ("Bush 's", "they 're", "we 'll"): s, re,
    /// ll, ve, d or m, then the chunk's end or punctuation, after a word. Such an apostrophe is no
    /// opening quote.
    private func isDetachedClitic(_ position: Int, _ end: Int) -> Bool {
        guard let previous = tokens.last, let last = previous.form.unicodeScalars.last,
              last.properties.isAlphabetic || last.properties.numericType != nil else { return false }
        var p = position
        while p < end, ByteClass.isASCIILetter(bytes[p]), p - position < 3 { p += 1 }
        guard p == end || !(ByteClass.isASCIILetter(bytes[p]) || ByteClass.isDigit(bytes[p])) else { return false }
        let letters = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<p]), as: UTF8.self).lowercased()
        return ["s", "re", "ll", "ve", "d", "m"].contains(letters)
    }

    /// Length of the punctuation token closing the chunk at `end`, or 0 when the chunk ends in
    /// a word (or in an abbreviation that keeps its period).
    private func trailingPunctuationLength(_ start: Int, _ end: Int, chunkEnd: Int, followedByComma: Bool) -> Int {
        let b = bytes[end - 1]
        switch b {
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\""), Self.comma,
             UInt8(ascii: ";"), Self.colon, UInt8(ascii: ">"), UInt8(ascii: "*"), UInt8(ascii: "%"),
             UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: "["):
            var run = end - 1
            while run > start, bytes[run - 1] == b { run -= 1 }
            return end - run
        case Self.apostrophe, UInt8(ascii: "`"):
            return end - 2 >= start && bytes[end - 2] == b ? 2 : 1
        case Self.hyphen:
            var run = end - 1
            while run > start, bytes[run - 1] == Self.hyphen { run -= 1 }
            return end - run
        case Self.dot, UInt8(ascii: "!"), UInt8(ascii: "?"):
            var run = end - 1
            while run > start, isSentencePunctuation(bytes[run - 1]) { run -= 1 }
            if end - run == 1, b == Self.dot, run > start,
               keepsPeriod(start, end, chunkEnd: chunkEnd, followedByComma: followedByComma) {
                return 0
            }
            return end - run
        default:
            guard b >= 0x80, let (special, length) = Special.ending(bytes, start, end) else { return 0 }
            switch special {
            case .closingQuote, .rightSingleQuote, .ellipsis, .dash, .openingQuote: return length
            case .currency, .invertedMark, .bullet: return 0
            }
        }
    }

    @inline(__always) private func isSentencePunctuation(_ b: UInt8) -> Bool {
        b == Self.dot || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
    }

    private func runLength(of b: UInt8, from start: Int, _ end: Int) -> Int {
        var i = start
        while i < end, bytes[i] == b { i += 1 }
        return i - start
    }

    /// Whether the word `start..<end`, which ends in a period, is an abbreviation that keeps it.
    private func keepsPeriod(_ start: Int, _ end: Int, chunkEnd: Int, followedByComma: Bool) -> Bool {
        let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end - 1]), as: UTF8.self)
        if Abbreviations.beforeNumbers.contains(stem) { return nextWordStartsWithDigit(after: chunkEnd) }
        if Abbreviations.ambiguousStates.contains(stem) {
            return followedByComma || tokens.last?.form == ","
        }
        return Abbreviations.isInitial(stem) || Abbreviations.kind(of: stem) != nil
    }

    private func nextWordStartsWithDigit(after position: Int) -> Bool {
        var i = position
        while i < bytes.count {
            let space = Whitespace.length(bytes, i)
            if space == 0 { return ByteClass.isDigit(bytes[i]) }
            i += space
        }
        return false
    }

    // MARK: - Cores

    /// core := url | e-mail | @handle | #tag | word-parts clitic?
    private mutating func scanCore(_ start: Int, _ end: Int) {
        if isWholeToken(start, end) { emit(start, end); return }
        let cliticStart = contractionSplit(start, end)
        scanWordParts(start, cliticStart)
        emit(cliticStart, end)
    }

    /// URLs, e-mail addresses, @handles and #tags stay one token.
    private func isWholeToken(_ start: Int, _ end: Int) -> Bool {
        let first = bytes[start]
        if (first == UInt8(ascii: "@") || first == UInt8(ascii: "#")), end - start > 1 { return true }
        var at = -1, dotAfterAt = false, sawSchemeSeparator = false
        var i = start
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "@") { if at < 0 { at = i } }
            else if b == Self.dot, at >= 0, i > at + 1, i + 1 < end { dotAfterAt = true }
            else if b == Self.colon, i + 2 < end, bytes[i + 1] == UInt8(ascii: "/"), bytes[i + 2] == UInt8(ascii: "/") {
                sawSchemeSeparator = true
            }
            i += 1
        }
        if sawSchemeSeparator { return true }
        if at > start, dotAfterAt { return true }
        return end - start > 4 && hasPrefixIgnoringCase(start, end, "www.")
    }

    private func hasPrefixIgnoringCase(_ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        let p = prefix.utf8Start
        for k in 0..<count where ByteClass.lower(bytes[start + k]) != p[k] { return false }
        return true
    }

    /// Where the clitic of a contraction starts ("do|n't", "Bush|'s", "they|'re", "can|not",
    /// "gon|na"), or `end` when there is none.
    private func contractionSplit(_ start: Int, _ end: Int) -> Int {
        let length = end - start
        guard length >= 2 else { return end }
        let last = ByteClass.lower(bytes[end - 1])
        if last == UInt8(ascii: "t"), let apostrophe = apostropheStart(endingAt: end - 1, after: start),
           apostrophe - 1 > start, ByteClass.lower(bytes[apostrophe - 1]) == UInt8(ascii: "n") {
            return apostrophe - 1
        }
        if last == UInt8(ascii: "s") || last == UInt8(ascii: "m") || last == UInt8(ascii: "d"),
           let apostrophe = apostropheStart(endingAt: end - 1, after: start), apostrophe > start {
            if last == UInt8(ascii: "s"), ByteClass.isDigit(bytes[apostrophe - 1]) { return end }  // 1990's
            return apostrophe
        }
        if length >= 3 {
            let secondLast = ByteClass.lower(bytes[end - 2])
            let isClitic = (secondLast == UInt8(ascii: "r") && last == UInt8(ascii: "e"))
                || (secondLast == UInt8(ascii: "v") && last == UInt8(ascii: "e"))
                || (secondLast == UInt8(ascii: "l") && last == UInt8(ascii: "l"))
            if isClitic, let apostrophe = apostropheStart(endingAt: end - 2, after: start), apostrophe > start {
                return apostrophe
            }
        }
        if length >= 4, length <= 8, last == UInt8(ascii: "t") || last == UInt8(ascii: "a") {
            var lowered = [UInt8]()
            lowered.reserveCapacity(length)
            for i in start..<end {
                guard ByteClass.isASCIILetter(bytes[i]) else { return end }
                lowered.append(ByteClass.lower(bytes[i]))
            }
            if let first = TokenizerExceptions.unmarkedContractions[String(decoding: lowered, as: UTF8.self)] {
                return start + first
            }
        }
        return end
    }

    /// Start of the apostrophe (' or ’) that ends right before `position`, if one does.
    private func apostropheStart(endingAt position: Int, after start: Int) -> Int? {
        if position - 1 >= start, bytes[position - 1] == Self.apostrophe { return position - 1 }
        if position - 3 >= start, bytes[position - 3] == 0xE2, bytes[position - 2] == 0x80, bytes[position - 1] == 0x99 {
            return position - 3
        }
        return nil
    }

    // MARK: - Word parts

    /// Splits a word at dashes, inner quotes and brackets, ellipses, and the hyphens of
    /// compounds EWT splits. Decimal points, thousands separators, clock colons, slashes,
    /// ampersands and apostrophes stay inside.
    private mutating func scanWordParts(_ start: Int, _ end: Int) {
        var tokenStart = start  // start of the pending token
        var partStart = start   // start of the current hyphen-separated part
        var k = start
        func splitOff(_ length: Int, _ scanner: inout TokenScanner) {
            scanner.emit(tokenStart, k)
            scanner.emit(k, k + length)
            k += length
            tokenStart = k
            partStart = k
        }
        while k < end {
            let b = bytes[k]
            if b >= 0x80 {
                if let (special, length) = Special.at(bytes, k, end) {
                    if special == .rightSingleQuote { k += length } else { splitOff(length, &self) }
                } else {
                    k += 1
                }
                continue
            }
            if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) { k += 1; continue }
            switch b {
            case Self.hyphen:
                if k + 1 < end, bytes[k + 1] == Self.hyphen {
                    splitOff(runLength(of: b, from: k, end), &self)
                } else if k == tokenStart || k + 1 == end {
                    splitOff(1, &self)
                } else if ByteClass.isDigit(bytes[k - 1]), ByteClass.isDigit(bytes[k + 1]), allDigits(partStart, k) {
                    let (runEnd, keep) = digitGroupRun(from: partStart, end)
                    if keep {
                        k = runEnd
                    } else {
                        while k < runEnd {
                            if bytes[k] == Self.hyphen { splitOff(1, &self) } else { k += 1 }
                        }
                    }
                } else if keepsHyphen(partStart, k, end) {
                    k += 1
                    partStart = k
                } else {
                    splitOff(1, &self)
                }
            case Self.dot:
                if k + 1 < end, bytes[k + 1] == Self.dot { splitOff(runLength(of: b, from: k, end), &self) } else { k += 1 }
            case Self.comma, Self.colon:
                if k > tokenStart, ByteClass.isDigit(bytes[k - 1]), k + 1 < end, ByteClass.isDigit(bytes[k + 1]) {
                    k += 1
                } else {
                    splitOff(1, &self)
                }
            case UInt8(ascii: "/") where k > tokenStart && k + 1 < end
                && ByteClass.isASCIILetter(bytes[k - 1]) && ByteClass.isASCIILetter(bytes[k + 1]):
                splitOff(1, &self)  // "and / or", as in EWT; dates and fractions stay whole
            case UInt8(ascii: "/"), UInt8(ascii: "&"), UInt8(ascii: "_"), Self.apostrophe, UInt8(ascii: "+"),
                 UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
                 UInt8(ascii: "~"):
                k += 1
            default:
                splitOff(runLength(of: b, from: k, end), &self)
            }
        }
        emit(tokenStart, end)
    }

    private func allDigits(_ start: Int, _ end: Int) -> Bool {
        guard end > start else { return false }
        for i in start..<end where !ByteClass.isDigit(bytes[i]) { return false }
        return true
    }

    /// Digit groups joined by hyphens from `start`: phone numbers, ZIP+4 codes and dates stay
    /// one token ("555-1234", "2020-01-05"); ranges split ("10 - 12", "1969 - 1970").
    private func digitGroupRun(from start: Int, _ end: Int) -> (end: Int, keep: Bool) {
        var groups: [Int] = []
        var current = 0
        var i = start
        while i < end {
            let b = bytes[i]
            if ByteClass.isDigit(b) {
                current += 1
            } else if b == Self.hyphen, current > 0, i + 1 < end, ByteClass.isDigit(bytes[i + 1]) {
                groups.append(current)
                current = 0
            } else {
                break
            }
            i += 1
        }
        groups.append(current)
        let keep = groups.count >= 3 || (groups.count == 2 && groups[1] == 4 && (groups[0] == 1 || groups[0] == 3 || groups[0] == 5))
        return (i, keep)
    }

    /// Whether the hyphen at `hyphen` joins its compound: after a prefix EWT keeps attached
    /// ("re-election") or in a mixed letter-digit identifier ("x3-9890"). EWT splits codes
    /// such as "F - 16".
    private func keepsHyphen(_ partStart: Int, _ hyphen: Int, _ end: Int) -> Bool {
        let length = hyphen - partStart
        guard length > 0 else { return false }
        var hasLetter = false, hasDigit = false, allASCII = true
        for i in partStart..<hyphen {
            let b = bytes[i]
            if ByteClass.isDigit(b) { hasDigit = true } else if ByteClass.isASCIILetter(b) { hasLetter = true }
            if b >= 0x80 { allASCII = false }
        }
        if hasLetter, hasDigit { return true }
        guard allASCII, length <= 7, hasLetter else { return false }
        var lowered = [UInt8]()
        lowered.reserveCapacity(length)
        for i in partStart..<hyphen { lowered.append(ByteClass.lower(bytes[i])) }
        return TokenizerExceptions.attachedPrefixes.contains(String(decoding: lowered, as: UTF8.self))
    }
}
