import Testing
@testable import TextPipeline

/// One splitter construction: a news-like text and the sentences it must produce.
struct SplitterCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let sentences: [String]
    var testDescription: String { name }
}

@Suite struct SentenceSplitterTests {
    static let cases: [SplitterCase] = [
        SplitterCase(name: "non-final abbreviation",
                     text: "The summit was held in Washington, D.C., on Wednesday. It ended early.",
                     sentences: ["The summit was held in Washington, D.C., on Wednesday.", "It ended early."]),
        SplitterCase(name: "abbreviation ending a sentence",
                     text: "The summit was held in Washington, D.C. The mayor said it went well.",
                     sentences: ["The summit was held in Washington, D.C.", "The mayor said it went well."]),
        SplitterCase(name: "abbreviation before a name",
                     text: "The U.S. Senate voted on Friday.",
                     sentences: ["The U.S. Senate voted on Friday."]),
        SplitterCase(name: "title never ends a sentence",
                     text: "The bill was backed by Sen. John Smith and Gov. Larry Hogan. It passed.",
                     sentences: ["The bill was backed by Sen. John Smith and Gov. Larry Hogan.", "It passed."]),
        SplitterCase(name: "initials",
                     text: "J. R. Smith spoke first. Others followed.",
                     sentences: ["J. R. Smith spoke first.", "Others followed."]),
        SplitterCase(name: "closing quote stays with the sentence",
                     text: "“We won,” she said. “It was close.” Then she left.",
                     sentences: ["“We won,” she said.", "“It was close.”", "Then she left."]),
        SplitterCase(name: "straight quotes",
                     text: "He said, \"No.\" The crowd cheered.",
                     sentences: ["He said, \"No.\"", "The crowd cheered."]),
        SplitterCase(name: "closing bracket stays",
                     text: "Prices rose. (Some fell.) Stocks closed higher.",
                     sentences: ["Prices rose.", "(Some fell.)", "Stocks closed higher."]),
        SplitterCase(name: "question and exclamation",
                     text: "Who pays? Taxpayers do! The audit says so.",
                     sentences: ["Who pays?", "Taxpayers do!", "The audit says so."]),
        SplitterCase(name: "number starts a sentence",
                     text: "The index rose 2.5 percent. 2024 was a record year.",
                     sentences: ["The index rose 2.5 percent.", "2024 was a record year."]),
        SplitterCase(name: "time abbreviation mid-sentence",
                     text: "The vote is at 3 p.m. Tuesday in Annapolis.",
                     sentences: ["The vote is at 3 p.m. Tuesday in Annapolis."]),
        SplitterCase(name: "company abbreviation ending a sentence",
                     text: "Shares fell at Acme Inc. The company declined to comment.",
                     sentences: ["Shares fell at Acme Inc.", "The company declined to comment."]),
        SplitterCase(name: "paragraph break ends a sentence",
                     text: "The council adjourned without a vote\n\nMembers will meet again Monday.",
                     sentences: ["The council adjourned without a vote", "Members will meet again Monday."]),
        SplitterCase(name: "headline",
                     text: "Mayor Attends Climate Summit\n\nThe mayor attended the summit on Monday.",
                     sentences: ["Mayor Attends Climate Summit", "The mayor attended the summit on Monday."]),
        SplitterCase(name: "single line break does not end a sentence",
                     text: "The mayor attended the\nsummit on Monday.",
                     sentences: ["The mayor attended the\nsummit on Monday."]),
        SplitterCase(name: "ellipsis continuing a sentence",
                     text: "He paused... and then spoke.",
                     sentences: ["He paused... and then spoke."]),
        SplitterCase(name: "case name with v.",
                     text: "The ruling in Roe v. Wade stands. Critics objected.",
                     sentences: ["The ruling in Roe v. Wade stands.", "Critics objected."]),
        SplitterCase(name: "nested quotes apart by a thin space",
                     text: "He said, \"She told me, 'Wait.'\u{2009}\"\n\nThe talks ended.",
                     sentences: ["He said, \"She told me, 'Wait.'\u{2009}\"", "The talks ended."]),
        SplitterCase(name: "month abbreviation before a date",
                     text: "The law takes effect Jan. 1 in Maryland.",
                     sentences: ["The law takes effect Jan. 1 in Maryland."]),
    ]

    static func sentences(of text: String) -> (AnnotatedDocument, [String]) {
        var document = AnnotatedDocument(text: text, tokens: Tokenizer().tokenize(text))
        SentenceSplitter().split(&document)
        return (document, document.sentences.map { document.text(ofTokens: $0) })
    }

    @Test(arguments: cases)
    func splitsNewsText(_ example: SplitterCase) {
        #expect(Self.sentences(of: example.text).1 == example.sentences)
    }

    @Test func sentenceFinalAbbreviationLosesItsPeriodToAToken() {
        let (document, _) = Self.sentences(of: "It happened in Washington, D.C. The mayor said so.")
        let forms = document.tokens.map(\.form)
        #expect(forms.contains("D.C"))
        #expect(forms[forms.firstIndex(of: "D.C")! + 1] == ".")
        #expect(document.sentences.count == 2)
    }

    @Test func sentencesCoverEveryToken() {
        let (document, _) = Self.sentences(of: "One. Two? Three!\n\nFour")
        #expect(document.sentences.first?.lowerBound == 0)
        #expect(document.sentences.last?.upperBound == document.tokens.count)
        for (a, b) in zip(document.sentences, document.sentences.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }
}
