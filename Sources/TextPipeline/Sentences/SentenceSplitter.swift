/// Groups tokens into sentences, by rules over the tokens and the layout of the text.
///
/// - A blank line (a paragraph break) always ends a sentence, so a headline (a line without
///   final punctuation followed by a blank line) is a sentence of its own.
/// - `. ! ? ...` and `…` end a sentence before a capitalized word, a number or an opening quote
///   or bracket; closing quotes and brackets that follow stay with the sentence.
/// - Titles ("Sen.", "Mr.") never end one. Other abbreviations ("D.C.", "Inc.", "p.m.") end one
///   only before a sentence-starting word ("... in Washington, D.C. The mayor said"), and then
///   lose their final period to a token of its own, as in UD English EWT ("D.C" ".").
/// - A dateline opening a paragraph ("OSLO, Norway, 3 November -", "WASHINGTON (Reuters) -") is a
///   sentence of its own, so the place it names is not read as the first sentence's subject.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Sets `document.sentences` from its tokens (splitting the period off an abbreviation that
    /// ends a sentence). O(tokens).
    public func split(_ document: inout AnnotatedDocument) {
        var text = document.text
        let (ends, periodSplits) = text.withUTF8 { bytes in
            SentenceBoundaries(bytes: bytes, tokens: document.tokens).find()
        }
        apply(ends: ends, periodSplits: periodSplits, to: &document)
    }

    /// Rebuilds the token list with the split periods and sets the sentence ranges.
    private func apply(ends: [Int], periodSplits: Set<Int>, to document: inout AnnotatedDocument) {
        let old = document.tokens
        var tokens: [Token] = []
        if periodSplits.isEmpty {
            tokens = old
        } else {
            tokens.reserveCapacity(old.count + periodSplits.count)
            for (index, token) in old.enumerated() {
                guard periodSplits.contains(index) else { tokens.append(token); continue }
                var stem = token
                stem.end -= 1
                stem.form = String(token.form.dropLast())
                stem.spaceAfter = false
                var period = token
                period.start = token.end - 1
                period.form = "."
                tokens.append(stem)
                tokens.append(period)
            }
        }
        var sentences: [Range<Int>] = []
        sentences.reserveCapacity(ends.count)
        var start = 0
        var shift = 0  // tokens inserted so far
        var splitIndexes = periodSplits.sorted()[...]
        for end in ends {
            while let first = splitIndexes.first, first <= end { shift += 1; splitIndexes = splitIndexes.dropFirst() }
            let newEnd = end + shift + 1
            sentences.append(start..<newEnd)
            start = newEnd
        }
        document.tokens = tokens
        document.sentences = sentences
    }
}

/// The boundary decisions over one document's tokens.
struct SentenceBoundaries {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [Token]

    /// Indexes of the last token of each sentence, and the abbreviation tokens whose final
    /// period must become a token of its own.
    func find() -> (ends: [Int], periodSplits: Set<Int>) {
        var ends: [Int] = []
        var periodSplits: Set<Int> = []
        let count = tokens.count
        var i = 0
        while i < count {
            if i == 0 || isParagraphBreak(after: i - 1), let dash = datelineEnd(from: i) {
                ends.append(dash)
                i = dash + 1
                continue
            }
            if i == count - 1 || isParagraphBreak(after: i) {
                if tokens[i].end - tokens[i].start > 1, isAbbreviation(i) { periodSplits.insert(i) }
                ends.append(i)
                i += 1
                continue
            }
            let kind = terminalKind(i)
            guard kind != .none else { i += 1; continue }
            var last = i
            while last + 1 < count, !isParagraphBreak(after: last), isClosing(last + 1) { last += 1 }
            let endsHere: Bool
            if last == count - 1 || isParagraphBreak(after: last) {
                endsHere = true
            } else {
                switch kind {
                case .punctuation: endsHere = startsSentence(last + 1) || (last == i && allowsLowercaseStart(i) && startsLowercase(last + 1))
                case .abbreviation: endsHere = startsSentenceAfterAbbreviation(last + 1)
                case .title, .none: endsHere = false
                }
            }
            if endsHere {
                if kind == .abbreviation || (kind == .title && last == count - 1) { periodSplits.insert(i) }
                ends.append(last)
            }
            i = last + 1
        }
        return (ends, periodSplits)
    }

    enum TerminalKind { case none, punctuation, abbreviation, title }

    /// Whether token `i` can end a sentence, and how. Reads the text's bytes, not the form, so
    /// the common case (a word not ending in punctuation) costs two byte reads.
    private func terminalKind(_ i: Int) -> TerminalKind {
        let start = Int(tokens[i].start), end = Int(tokens[i].end)
        let last = bytes[end - 1]
        guard last == ByteClass.period || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") || last == 0xA6 else {
            return .none
        }
        if isTerminalPunctuation(start, end) { return .punctuation }
        guard last == ByteClass.period, end - start > 1 else { return .none }
        let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end - 1]), as: UTF8.self)
        if Abbreviations.titles.contains(stem) { return .title }
        return .abbreviation
    }

    private func isAbbreviation(_ i: Int) -> Bool {
        let start = Int(tokens[i].start), end = Int(tokens[i].end)
        return bytes[end - 1] == ByteClass.period && !isTerminalPunctuation(start, end)
    }

    /// `. ! ?` runs, `...` and `…`.
    private func isTerminalPunctuation(_ start: Int, _ end: Int) -> Bool {
        if end - start == 3, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA6 { return true }
        for k in start..<end {
            let b = bytes[k]
            if !(b == ByteClass.period || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")) { return false }
        }
        return true
    }

    /// Closing quotes and brackets stay with the sentence they close. A straight quote closes
    /// when written against the previous token, or when it is not against the next one either
    /// (`tomorrow.' "` with a thin space): an opening quote always touches its first word.
    private func isClosing(_ i: Int) -> Bool {
        switch tokens[i].form {
        case ")", "]", "}", "”", "’", "»", "''": return true
        case "\"", "'": return !tokens[i - 1].spaceAfter || tokens[i].spaceAfter || i == tokens.count - 1
        default: return false
        }
    }

    /// A capitalized word, a number, or an opening quote or bracket starts a sentence.
    private func startsSentence(_ i: Int) -> Bool {
        let form = tokens[i].form
        guard let first = form.utf8.first else { return false }
        if ByteClass.isUpper(first) || ByteClass.isDigit(first) { return true }
        if first >= 0xC3, let character = form.first, character.isUppercase { return true }
        switch form {
        case "\"", "“", "‘", "'", "(", "[", "«", "``", "`": return true
        default: return false
        }
    }

    /// Only a single "." or "?" may end a sentence before a lowercase word: ellipses and "!"
    /// often continue one ("I waited... and waited", "Yahoo! and AOL").
    private func allowsLowercaseStart(_ i: Int) -> Bool {
        let form = tokens[i].form
        return form == "." || form == "?"
    }

    /// A lowercase word right after `. ! ?` (no quote between) starts a sentence in careless
    /// text ("call them at noon. they haven't heard"); abbreviations were settled by the tokenizer.
    private func startsLowercase(_ i: Int) -> Bool {
        guard let first = tokens[i].form.utf8.first else { return false }
        return ByteClass.isLower(first)
    }

    /// After an abbreviation, only a sentence-starting word (or an opening quote) starts one.
    private func startsSentenceAfterAbbreviation(_ i: Int) -> Bool {
        let form = tokens[i].form
        switch form {
        case "\"", "“", "‘", "«", "``": return i + 1 < tokens.count && startsSentence(i + 1)
        default: return SentenceStarters.words.contains(form)
        }
    }

    /// Whether a blank line separates token `i` from the next one.
    private func isParagraphBreak(after i: Int) -> Bool {
        guard i + 1 < tokens.count else { return true }
        var lineBreaks = 0
        var k = Int(tokens[i].end)
        let end = Int(tokens[i + 1].start)
        while k < end {
            if bytes[k] == 13, k + 1 < end, bytes[k + 1] == 10 { k += 1 }  // CRLF
            if Whitespace.isLineBreak(bytes, k) {
                lineBreaks += 1
                if lineBreaks >= 2 { return true }
            }
            k += 1
        }
        return false
    }

    /// The dash that ends a dateline opening a paragraph at token `i`, or nil: a place written in
    /// capitals ("MÁLAGA", "NEW YORK", "ST. LOUIS"), then at most a dozen tokens that are
    /// capitalized words, numbers, commas, periods or brackets ("Spain, 29 November",
    /// "(Reuters)"), then a dash standing apart ("-", "–", "—") before a capitalized word or a
    /// quote. Reads forms only up to the dash: O(1).
    private func datelineEnd(from i: Int) -> Int? {
        // The place: words in capitals with three letters or more in all ("EU - China talks" is none).
        var k = i
        var letters = 0
        while k < tokens.count, k == i || !isParagraphBreak(after: k - 1) {
            if isCapitalsWord(k) {
                letters += tokens[k].form.filter(\.isLetter).count
            } else if !(k > i && tokens[k].form == "." && k + 1 < tokens.count && isCapitalsWord(k + 1)) {
                break  // a period goes on only between two such words ("ST" "." "LOUIS")
            }
            k += 1
        }
        guard k > i, letters >= 3 else { return nil }
        while k < tokens.count, k <= i + 14, !isParagraphBreak(after: k - 1) {
            let form = tokens[k].form
            if ["-", "–", "—", "--"].contains(form) {
                guard tokens[k - 1].spaceAfter, tokens[k].spaceAfter, k + 1 < tokens.count, !isParagraphBreak(after: k),
                      startsSentence(k + 1) else { return nil }
                return k
            }
            guard let first = form.first else { return nil }
            let allowed = first.isUppercase || first.isNumber || [",", ".", "(", ")"].contains(form)
            guard allowed else { return nil }
            k += 1
        }
        return nil
    }

    /// A word of at least two letters, all capitals ("OSLO", "MÁLAGA", "ST" of "ST. LOUIS").
    private func isCapitalsWord(_ i: Int) -> Bool {
        let form = tokens[i].form
        let letters = form.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase) && form.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" }
    }
}
