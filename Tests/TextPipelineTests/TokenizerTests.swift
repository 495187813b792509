import Testing
@testable import TextPipeline

/// One tokenizer construction: a news-like text and the words it must produce.
struct TokenizerCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let words: [String]
    var testDescription: String { name }

    init(_ name: String, _ text: String, _ words: String) {
        self.name = name
        self.text = text
        self.words = words.split(separator: " ").map(String.init)
    }
}

@Suite struct TokenizerTests {
    static let cases: [TokenizerCase] = [
        TokenizerCase("curly quotes", "“We will not back down,” the mayor said.",
                      "“ We will not back down , ” the mayor said ."),
        TokenizerCase("straight quotes", "\"We will,\" he said.", "\" We will , \" he said ."),
        TokenizerCase("single curly quotes", "the ‘sanctuary’ policy", "the ‘ sanctuary ’ policy"),
        TokenizerCase("em dash unspaced", "The plan—approved Monday—failed.", "The plan — approved Monday — failed ."),
        TokenizerCase("en dash spaced", "Ohio – the swing state – voted.", "Ohio – the swing state – voted ."),
        TokenizerCase("double hyphen dash", "The vote--52 to 48--passed.", "The vote -- 52 to 48 -- passed ."),
        TokenizerCase("possessive", "the mayor's office", "the mayor 's office"),
        TokenizerCase("curly possessive", "Garcetti’s aides", "Garcetti ’s aides"),
        TokenizerCase("plural possessive", "the workers' union", "the workers ' union"),
        TokenizerCase("pre-tokenized clitics", "the company 's chief said they 're ready", "the company 's chief said they 're ready"),
        TokenizerCase("pre-tokenized curly clitic", "the cat ’s toy", "the cat ’s toy"),
        TokenizerCase("single-quoted word is no clitic", "he said 'sorry' twice", "he said ' sorry ' twice"),
        TokenizerCase("a quote opening the text is no clitic", "'s is a letter", "' s is a letter"),
        TokenizerCase("negation don't", "They don't agree.", "They do n't agree ."),
        TokenizerCase("negation can't", "We can't wait.", "We ca n't wait ."),
        TokenizerCase("negation won't", "He won't resign.", "He wo n't resign ."),
        TokenizerCase("curly negation", "She didn’t comment.", "She did n’t comment ."),
        TokenizerCase("clitic 're 'll", "They're sure we'll win.", "They 're sure we 'll win ."),
        TokenizerCase("clitic 've 'd 'm", "I've said I'd go, I'm told.", "I 've said I 'd go , I 'm told ."),
        TokenizerCase("clitic is", "It's over.", "It 's over ."),
        TokenizerCase("cannot", "Officials cannot say.", "Officials can not say ."),
        TokenizerCase("hyphenated compound split", "a well-known senator", "a well - known senator"),
        TokenizerCase("multi-hyphen compound", "a 10-year-old boy", "a 10 - year - old boy"),
        TokenizerCase("prefix re-", "his re-election bid", "his re-election bid"),
        TokenizerCase("prefix co- and e-", "the co-founder's e-mail", "the co-founder 's e-mail"),
        TokenizerCase("prefix non- anti-", "non-profit anti-war groups", "non-profit anti-war groups"),
        TokenizerCase("money", "a $4.1 billion deal", "a $ 4.1 billion deal"),
        TokenizerCase("thousands", "1,000 people and 25,000,000 votes", "1,000 people and 25,000,000 votes"),
        TokenizerCase("percent", "rose 3.5% in May.", "rose 3.5 % in May ."),
        TokenizerCase("clock time", "at 2:30 p.m. Tuesday", "at 2:30 p.m. Tuesday"),
        TokenizerCase("number range", "10-12 inches", "10 - 12 inches"),
        TokenizerCase("phone number", "call 555-1234 now", "call 555-1234 now"),
        TokenizerCase("date", "on 2024-01-05 and 1/2/2024", "on 2024-01-05 and 1/2/2024"),
        TokenizerCase("decade", "in the '90s", "in the '90s"),
        TokenizerCase("letter-period abbreviations", "U.S. and D.C. officials", "U.S. and D.C. officials"),
        TokenizerCase("months", "on Jan. 5 and Sept. 11", "on Jan. 5 and Sept. 11"),
        TokenizerCase("state abbreviations", "Baltimore, Md., and Trenton, N.J., and Calif.", "Baltimore , Md. , and Trenton , N.J. , and Calif."),
        TokenizerCase("ambiguous state in place context", "Springfield, Ill., said", "Springfield , Ill. , said"),
        TokenizerCase("ambiguous state as word", "He was ill. She left", "He was ill . She left"),
        TokenizerCase("titles", "Gov. Hogan, Sen. Cardin and Mr. Smith", "Gov. Hogan , Sen. Cardin and Mr. Smith"),
        TokenizerCase("initials", "J. Smith and George W. Bush", "J. Smith and George W. Bush"),
        TokenizerCase("No. before a number", "ranked No. 1 today", "ranked No. 1 today"),
        TokenizerCase("no. as a word", "He said no. Then", "He said no . Then"),
        TokenizerCase("company", "Apple Inc. and Acme Corp.", "Apple Inc. and Acme Corp."),
        TokenizerCase("url", "Read https://example.com/news?id=4.", "Read https://example.com/news?id=4 ."),
        TokenizerCase("www url", "at www.example.org, officials", "at www.example.org , officials"),
        TokenizerCase("e-mail", "write to press@example.gov.", "write to press@example.gov ."),
        TokenizerCase("handle and tag", "@nytimes posted #election2024 results", "@nytimes posted #election2024 results"),
        TokenizerCase("ellipsis", "Well... maybe…", "Well ... maybe …"),
        TokenizerCase("parentheses", "the agency (FEMA) said (in a statement).", "the agency ( FEMA ) said ( in a statement ) ."),
        TokenizerCase("slash between words", "and/or", "and / or"),
        TokenizerCase("question and exclamation", "Why? Now!", "Why ? Now !"),
        TokenizerCase("unicode letters", "José Martí’s café", "José Martí ’s café"),
    ]

    @Test(arguments: cases)
    func producesUDWords(_ example: TokenizerCase) {
        let tokens = Tokenizer().tokenize(example.text)
        #expect(tokens.map(\.form) == example.words)
    }

    @Test func offsetsAreUTF8ByteRanges() {
        let text = "“Café,” he said."
        let tokens = Tokenizer().tokenize(text)
        let bytes = Array(text.utf8)
        for token in tokens {
            #expect(String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self) == token.form)
        }
        #expect(tokens.first?.start == 0)
        #expect(tokens.first?.end == 3)
    }

    @Test func recordsSpaceAfter() {
        let tokens = Tokenizer().tokenize("He didn't go.")
        #expect(tokens.map(\.spaceAfter) == [true, false, true, false, false])
    }

    @Test func skipsUnicodeSpaces() {
        #expect(Tokenizer().tokenize("a\u{00A0}b\u{2009}c").map(\.form) == ["a", "b", "c"])
    }
}

@Suite struct TokenNormalizationTests {
    @Test(arguments: [("“", "\""), ("”", "\""), ("’", "'"), ("—", "--"), ("–", "--"), ("…", "..."),
                      ("’s", "'s"), ("n’t", "n't"), ("O’Brien", "O'Brien"), ("mayor", "mayor"), ("Café", "Café")])
    func foldsTypographicVariants(_ form: String, _ normalized: String) {
        #expect(TokenNormalization.normalized(form) == normalized)
    }
}

/// Invariants on awkward input: generated strings mixing the characters the scanner treats
/// specially (a fixed-seed generator, so failures reproduce).
@Suite struct TokenizerRobustnessTests {
    static let pieces = [
        "a", "Z", "é", "9", "0", ".", ",", "'", "’", "\"", "“", "”", "-", "--", "—", "–", "…", "$", "%", "@", "#",
        "/", ":", "(", ")", "[", "]", "?", "!", " ", "  ", "\n", "\n\n", "\u{00A0}", "\u{2009}", "n't", "'s", "U.S.",
        "Mr.", "D.C.", "http://x.co/a", "e-", "re-", "1,000", "3.5", "ca", "中", "🙂", "\t", "\r\n",
    ]

    static func generated(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        return (0..<count).map { _ in (0..<(next() % 24)).map { _ in pieces[next() % pieces.count] }.joined() }
    }

    @Test func tokensAreOrderedNonEmptySlicesOfTheText() {
        for text in Self.generated(count: 3000) + ["", " ", "\n\n\n", ".", "...", "'", "--", "U.S."] {
            let bytes = Array(text.utf8)
            var document = AnnotatedDocument(text: text, tokens: Tokenizer().tokenize(text))
            var previousEnd: Int32 = 0
            for token in document.tokens {
                #expect(token.start >= previousEnd && token.end > token.start, "\(text.debugDescription)")
                #expect(String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self) == token.form)
                #expect(!token.form.contains(" ") && !token.form.contains("\n"))
                let end = Int(token.end)
                #expect(bytes[Int(token.start)] & 0xC0 != 0x80, "token starts inside a character")
                #expect(end == bytes.count || bytes[end] & 0xC0 != 0x80, "token ends inside a character")
                previousEnd = token.end
            }
            SentenceSplitter().split(&document)
            #expect(document.sentences.reduce(0) { $0 + $1.count } == document.tokens.count, "\(text.debugDescription)")
            for token in document.tokens {
                #expect(String(decoding: bytes[Int(token.start)..<Int(token.end)], as: UTF8.self) == token.form)
            }
        }
    }
}
