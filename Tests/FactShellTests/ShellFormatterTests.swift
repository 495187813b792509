import QueryLanguage
import Testing
@testable import FactShell

/// Answer formatting in every format, on hand-made answers.
@Suite struct ShellFormatterTests {
    let answer = AnswerTable(columns: ["who"], rows: [
        AnswerRow(values: ["Ana Ruiz"], evidence: [
            Evidence(sentence: "Mayor Ana Ruiz attended the meeting of the Harbor Council on Tuesday.",
                     path: "Corpus/2024-03-05-harbor-council.txt", line: 3),
        ]),
        AnswerRow(values: ["Tom \"TJ\" Okafor, Jr."], evidence: [
            Evidence(sentence: "Okafor met with students\tat the library.", path: "Corpus/b.txt", line: 4),
        ]),
    ])

    private func format(_ format: OutputFormat, _ table: AnswerTable? = nil, evidence: Bool = true, headers: Bool = true, width: Int? = nil) -> String {
        format.formatter.format(table ?? answer, FormatSettings(headers: headers, evidence: evidence, width: width))
    }

    @Test func tsvHasHeaderFirstAndEscapesTabs() {
        #expect(format(.tsv) == """
        who\tevidence\tsource
        Ana Ruiz\tMayor Ana Ruiz attended the meeting of the Harbor Council on Tuesday.\tCorpus/2024-03-05-harbor-council.txt:3
        Tom "TJ" Okafor, Jr.\tOkafor met with students\\tat the library.\tCorpus/b.txt:4

        """)
    }

    @Test func anAnswerReadFromTheSentenceTextIsMarkedInItsSource() {
        let fallback = AnswerTable(columns: ["where"], rows: [
            AnswerRow(values: ["Riverton"], evidence: [
                Evidence(sentence: "The ferry sank off Riverton.", path: "Corpus/c.txt", line: 2, fromSentence: true),
            ]),
        ])
        #expect(format(.tsv, fallback) == "where\tevidence\tsource\nRiverton\tThe ferry sank off Riverton.\tCorpus/c.txt:2 (sentence)\n")
    }

    @Test func csvQuotesPerRFC4180() {
        #expect(format(.csv, evidence: false) == "who\r\nAna Ruiz\r\n\"Tom \"\"TJ\"\" Okafor, Jr.\"\r\n")
        #expect(DelimitedFormatter.quoteCSV("two\nlines") == "\"two\nlines\"")
    }

    @Test func headersOffDropsTheHeaderRow() {
        #expect(format(.tsv, evidence: false, headers: false) == "Ana Ruiz\nTom \"TJ\" Okafor, Jr.\n")
    }

    @Test func jsonIsOneArrayPerAnswer() {
        #expect(format(.json, evidence: false) == """
        [{"who":"Ana Ruiz"},
        {"who":"Tom \\"TJ\\" Okafor, Jr."}]

        """)
        #expect(format(.json, AnswerTable(columns: ["who"])) == "[]\n")
    }

    @Test func jsonlIsOneObjectPerLine() {
        let lines = format(.jsonl).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1] == #"{"who":"Tom \"TJ\" Okafor, Jr.","evidence":"Okafor met with students\tat the library.","source":"Corpus/b.txt:4"}"#)
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONFormatter.quote("a\u{1B}[2Jb\u{7}") == #""a\u001b[2Jb\u0007""#)
    }

    @Test func tableAlignsAndCountsAnswers() {
        #expect(format(.table, evidence: false) == """
         who
        ─────────────────────
         Ana Ruiz
         Tom "TJ" Okafor, Jr.
        (2 answers)

        """)
    }

    @Test func tableWrapsEvidenceToFitTheWidth() {
        let text = format(.table, width: 60)
        let lines = text.split(separator: "\n")
        for line in lines { #expect(line.count <= 60, "too wide: \(line)") }
        // The source keeps its file name and line; the folder is dropped.
        #expect(text.contains("2024-03-05-harbor-council.txt:3") || text.contains("…:3"))
        #expect(!text.contains("Corpus/"))
        #expect(lines.count > 5, "evidence wrapped onto more lines:\n\(text)")
    }

    @Test func tableSaysNoAnswerPlainly() {
        #expect(format(.table, AnswerTable(columns: ["who"])) == "No answer.\n")
        #expect(format(.table, AnswerTable(columns: ["who"], note: "no answer: nothing matches 'attends'"))
            == "No answer: nothing matches 'attends'\n")
        #expect(format(.table, AnswerTable(columns: ["who"], note: "the corpus never mentions Paris"))
            == "No answer: the corpus never mentions Paris\n")
    }

    @Test func engineEvidenceColumnsAreNotDuplicated() {
        // An engine may list `evidence`/`source` among its columns; they come from the rows' evidence.
        let table = AnswerTable(columns: ["who", "evidence", "source"], rows: [AnswerRow(values: ["A"])])
        #expect(format(.tsv, table) == "who\tevidence\tsource\nA\t\t\n")
    }

    @Test func wrapBreaksAtWordsAndEllipsizes() {
        #expect(DisplayWidth.wrap("one two three four", to: 9, maxLines: 5) == ["one two", "three", "four"])
        #expect(DisplayWidth.wrap("one two three four five six", to: 9, maxLines: 2) == ["one two", "three fo…"])
        #expect(DisplayWidth.truncate("東京タワー", to: 5) == "東京…")
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }
}
