import FactModel
import Testing
@testable import FactShell

/// Diagnostics rendered as text, and the exit status each problem implies.
@Suite struct ShellDiagnosticTests {
    private func diagnostic(line: Int, column: Int, endColumn: Int? = nil, message: String = "expected a noun after 'of'") -> Diagnostic {
        let start = SourcePosition(line: line, column: column, offset: 0)
        let end = SourcePosition(line: line, column: endColumn ?? column, offset: 0)
        return Diagnostic(id: "query.test", message: message, range: SourceRange(start: start, end: end))
    }

    @Test func scriptDiagnosticHasFileLineColumnAndCaret() {
        let source = "who attends meeting\nwho is mayor of\n"
        let text = DiagnosticRenderer().render(diagnostic(line: 2, column: 16), source: source, file: "q.fq")
        #expect(text == """
        q.fq:2:16: error: expected a noun after 'of'
        who is mayor of
                       ^

        """)
    }

    @Test func shellDiagnosticLeavesOutTheFile() {
        let text = DiagnosticRenderer().render(diagnostic(line: 1, column: 5, endColumn: 11, message: "unknown word 'attnds'"),
                                               source: "who attnds meeting", file: "ignored", showFile: false)
        #expect(text == """
        1:5: error: unknown word 'attnds'
        who attnds meeting
            ^~~~~~

        """)
    }

    @Test func statementStartingLaterInTheFile() {
        // The statement text starts at line 7 of its script; positions count file lines.
        let text = DiagnosticRenderer().render(diagnostic(line: 8, column: 3), source: "who met (\n  with", firstLine: 7, file: "s.fq")
        #expect(text == "s.fq:8:3: error: expected a noun after 'of'\n  with\n  ^\n")
    }

    @Test func caretFollowsTabsAndWideCharacters() {
        let text = DiagnosticRenderer().render(diagnostic(line: 1, column: 5), source: "\t東京 x", showFile: false)
        #expect(text == "1:5: error: expected a noun after 'of'\n\t東京 x\n\t     ^\n")
    }

    @Test func notesFollowTheirDiagnostic() {
        var error = diagnostic(line: 1, column: 10, message: "unterminated quote")
        error.notes = [Diagnostic.Note(message: "the quote opened here", range: SourceRange(at: SourcePosition(line: 1, column: 5, offset: 4)))]
        let text = DiagnosticRenderer().render(error, source: #"who "met x"#, file: "f.fq")
        #expect(text == """
        f.fq:1:10: error: unterminated quote
        who "met x
                 ^
        f.fq:1:5: note: the quote opened here
        who "met x
            ^

        """)
    }

    @Test func diagnosticWithoutPosition() {
        let text = DiagnosticRenderer().render(Diagnostic(id: "x", message: "empty query"), source: "", showFile: false)
        #expect(text == "error: empty query\n")
    }

    @Test func exitStatuses() {
        #expect(ErrorReport.exitStatus(for: diagnostic(line: 1, column: 1)) == .queryFailed)
        #expect(ErrorReport.exitStatus(for: Diagnostic(id: "w", severity: .warning, message: "m")) == .success)
        #expect(ErrorReport.exitStatus(for: ShellError.missing(path: "x")) == .badInput)
        #expect(ErrorReport.exitStatus(for: ShellError.usage("bad")) == .badInput)
        #expect(ErrorReport.exitStatus(for: ShellError.command("bad")) == .queryFailed)
        #expect(ErrorReport.message(for: .unloadable(path: "a.txt", reason: "binary file")) == "a.txt: binary file; skipped")
    }

    @Test func sanitizerMakesControlCharactersVisible() {
        #expect(TerminalSanitizer.sanitize("a\u{1B}[2Jb") == "a^[[2Jb")
        #expect(TerminalSanitizer.sanitize("bell\u{7} del\u{7F} csi\u{9B}") == "bell^G del^? csi\\u{9B}")
        #expect(TerminalSanitizer.sanitize("line\none\ttab") == "line one tab")
        #expect(TerminalSanitizer.sanitize("line\none", singleLine: false) == "line\none")
        #expect(TerminalSanitizer.sanitize("rtl\u{202E}txt") == "rtl\\u{202E}txt")
        #expect(TerminalSanitizer.sanitize("café 東京") == "café 東京")
    }
}
