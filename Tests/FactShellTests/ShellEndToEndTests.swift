import Foundation
import Testing

/// The built `factsh`, run as a user runs it: `-c`, `-f`, piped input, formats, exit codes.
@Suite(.serialized) struct ShellEndToEndTests {
    let articles = ShellTestPaths.articles.path
    let harborTitle = #"Harbor council approves "new," larger ferry terminal"#
    let libraryTitle = "City library extends opening hours"

    @Test func commandRunsAndExitsZero() throws {
        let run = try Factsh.run([articles, "-c", ".sources"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "document\tdate\tsentences\tfacts\ttitle")
        #expect(lines.count == 3)
        #expect(lines[safe: 1]?.hasPrefix("\(articles)/2024-03-05-harbor-council.txt\t2024-03-05\t") == true)
        #expect(lines[safe: 1]?.hasSuffix("\t" + harborTitle) == true)
        #expect(lines[safe: 2]?.hasSuffix("\t" + libraryTitle) == true)
    }

    @Test func commandsRunInOrder() throws {
        let run = try Factsh.run([articles, "-c", ".mode", "-c", ".mode csv", "-c", ".mode"])
        #expect(run.stdout == "mode: tsv\nmode: csv\n")
        #expect(run.status == 0)
    }

    @Test func queryAnswerHasHeaderAndEvidenceColumns() throws {
        let run = try Factsh.run([articles, "-c", "who attended meeting"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = (lines[safe: 0] ?? "").split(separator: "\t").map(String.init)
        #expect(header.count >= 3)
        #expect(Array(header.suffix(2)) == ["evidence", "source"])
        let rows = lines.dropFirst().filter { !$0.isEmpty }
        for row in rows {
            let cells = row.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(cells.count == header.count)
            // Every row cites an article and a line: "…/NAME.txt:LINE".
            #expect(cells.last?.range(of: #"\.txt:[0-9]+$"#, options: .regularExpression) != nil, "row: \(row)")
        }
        // The best answer is the one the harbor article states outright.
        #expect(rows.first?.hasPrefix("Ana Ruiz\t") == true, "rows: \(rows)")
        #expect(rows.first?.contains("2024-03-05-harbor-council.txt:3") == true, "rows: \(rows)")
        if lines.dropFirst().allSatisfy(\.isEmpty) {
            // An empty answer is said plainly on standard error, and is not an error.
            #expect(run.stderr.hasPrefix("note: No answer"), "stderr: \(run.stderr)")
        }
    }

    @Test func noEvidenceDropsEvidenceColumns() throws {
        let run = try Factsh.run([articles, "--no-evidence", "-c", "who attended meeting"])
        let header = run.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(!header.contains("evidence") && !header.contains("source"), "header: \(header)")
    }

    @Test func scriptFileRunsEveryStatement() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let script = folder.appendingPathComponent("listing.fq")
        try ".mode csv\n\n.sources\n.headers off\n.sources\n".write(to: script, atomically: true, encoding: .utf8)
        let run = try Factsh.run([articles, "-f", script.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines[safe: 0] == "document,date,sentences,facts,title")
        // RFC 4180: the title holds a quote and a comma, so it is quoted with the quote doubled.
        #expect(lines[safe: 1]?.hasSuffix(#","Harbor council approves ""new,"" larger ferry terminal""#) == true)
        #expect(lines.count == 6)  // header, 2 rows, 2 rows without header, and the final empty piece
        #expect(lines[safe: 3]?.hasPrefix("\(articles)/2024-03-05-harbor-council.txt,") == true)
    }

    @Test func pipedStandardInputIsAScript() throws {
        let run = try Factsh.run([articles], input: ".mode jsonl\n.sources\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(!run.stdout.contains("facts>"), "no prompt when piped")
        let objects = try run.stdout.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String])
        }
        #expect(objects.count == 2)
        #expect(objects[safe: 0]?["title"] == harborTitle)
        #expect(objects[safe: 1]?["date"] == "2024-04-10")
    }

    @Test(arguments: ["table", "tsv", "csv", "json", "jsonl"])
    func everyFormatPrintsTheListing(format: String) throws {
        let run = try Factsh.run([articles, "--format", format, "-c", ".sources"], environment: ["COLUMNS": "200"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let out = run.stdout
        switch format {
        case "table":
            let lines = out.split(separator: "\n").map(String.init)
            #expect(lines[safe: 0]?.hasPrefix(" document") == true)
            #expect(lines[safe: 1]?.hasPrefix("──") == true)
            #expect(lines.contains { $0.contains(harborTitle) })
            #expect(lines.last == "(2 documents)")
            #expect(!out.contains("\u{1B}"), "no colour when piped")
        case "tsv":
            #expect(out.hasPrefix("document\tdate\tsentences\tfacts\ttitle\n"))
        case "csv":
            #expect(out.hasPrefix("document,date,sentences,facts,title\r\n"))
        case "json":
            let array = try #require(JSONSerialization.jsonObject(with: Data(out.utf8)) as? [[String: String]])
            #expect(array.map { $0["title"] } == [harborTitle, libraryTitle])
        default:
            let lines = out.split(separator: "\n")
            #expect(lines.count == 2)
            let first = try #require(JSONSerialization.jsonObject(with: Data((lines[safe: 0] ?? "").utf8)) as? [String: String])
            #expect(first["title"] == harborTitle)
        }
    }

    @Test func tableFitsTheWidthItIsGiven() throws {
        let run = try Factsh.run([articles, "--format", "table", "-c", ".sources"], environment: ["COLUMNS": "60"])
        for line in run.stdout.split(separator: "\n") {
            #expect(line.count <= 60, "too wide: \(line)")
        }
        #expect(run.stdout.contains("…"))
    }

    @Test func failingQueryReportsPositionWithCaretAndExitsOne() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let script = folder.appendingPathComponent("bad.fq")
        let badLine = #"   who attends ) meeting"#
        try ".mode tsv\n\(badLine)\n.mode\n".write(to: script, atomically: true, encoding: .utf8)
        let run = try Factsh.run([articles, "-f", script.path])
        #expect(run.status == 1)
        #expect(run.stdout.hasSuffix("mode: tsv\n"), "the script goes on after the error")
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try checkCaret(lines, file: script.path, line: 2, source: badLine)
    }

    @Test func multiLineStatementErrorsCountFileLines() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let script = folder.appendingPathComponent("multi.fq")
        try ".mode\nsentences with \"ferry\n  terminal\" ) x\n.mode\n".write(to: script, atomically: true, encoding: .utf8)
        let run = try Factsh.run([articles, "-f", script.path])
        #expect(run.status == 1)
        #expect(run.stdout == "mode: tsv\nmode: tsv\n")
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try checkCaret(lines, file: script.path, line: 3, source: "  terminal\" ) x")
    }

    @Test func bailStopsAtTheFirstError() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let script = folder.appendingPathComponent("bad.fq")
        try #"who attends ) meeting"# .appending("\n.mode\n").write(to: script, atomically: true, encoding: .utf8)
        let run = try Factsh.run([articles, "--bail", "-f", script.path])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty, "nothing runs after the error: \(run.stdout)")
    }

    @Test func commandErrorsLeaveOutTheFile() throws {
        let query = #"who attends ) meeting"#
        let run = try Factsh.run([articles, "-c", query])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try checkCaret(lines, file: nil, line: 1, source: query)
    }

    /// `FILE:LINE:COL: error: MESSAGE`, the source line, and a caret exactly under COL.
    private func checkCaret(_ lines: [String], file: String?, line: Int, source: String) throws {
        let prefix = (file.map { "\($0):" } ?? "") + "\(line):"
        let header = try #require(lines.first { $0.hasPrefix(prefix) }, "stderr: \(lines)")
        let rest = header.dropFirst(prefix.count)
        let columnText = rest.prefix { $0.isNumber }
        let column = try #require(Int(columnText), "header: \(header)")
        #expect(rest.dropFirst(columnText.count).hasPrefix(": error: "), "header: \(header)")
        #expect(rest.count > columnText.count + ": error: ".count, "a message follows")
        let index = try #require(lines.firstIndex(of: header))
        #expect(lines[safe: index + 1] == source)
        let caret = lines[safe: index + 2] ?? ""
        #expect(caret.hasPrefix(String(repeating: " ", count: column - 1) + "^"), "caret: '\(caret)' for column \(column)")
        #expect((1...source.count + 1).contains(column))
    }

    @Test func unknownDotCommandFailsWithSuggestion() throws {
        let run = try Factsh.run([articles, "-c", ".mdoe csv"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: unknown command '.mdoe'; did you mean .mode? (.help lists the commands)\n")
    }

    @Test func badUsageExitsTwo() throws {
        let format = try Factsh.run(["--format", "xml", "-c", ".mode"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("unknown format 'xml'"))
        let option = try Factsh.run(["--no-such-option"])
        #expect(option.status == 2)
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try Factsh.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--command"))
        let subcommand = try Factsh.run(["help", "extract"])
        #expect(subcommand.status == 0)
        #expect(subcommand.stdout.contains("USAGE: factsh extract [--format <FORMAT>] [--sentences] <paths> ..."))
        let badExtract = try Factsh.run(["extract", "--format", "xml", "x.txt"])
        #expect(badExtract.status == 2)
        #expect(badExtract.stderr.contains("unknown format 'xml': use jsonl, tsv, carb or carb-features"))
        let version = try Factsh.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }

    @Test func missingPathIsNamedAndExitsTwoAfterTheRest() throws {
        let run = try Factsh.run([articles, "/no/such/folder", "-c", ".mode"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: /no/such/folder: no such file or folder"))
        #expect(run.stdout == "mode: tsv\n", "the queries still run")
    }

    @Test func badFilesAreNamedAndTheRestLoads() throws {
        let folder = ShellTestPaths.temporaryFolder()
        try FileManager.default.copyItem(
            at: ShellTestPaths.articles.appendingPathComponent("2024-04-10-library-hours.txt"),
            to: folder.appendingPathComponent("good.txt"))
        try Data([0x48, 0x69, 0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("binary.txt"))
        try Data("Caf\u{E9} title\n".utf8.dropLast(7) + [0xFF, 0x0A]).write(to: folder.appendingPathComponent("latin1.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.md"))
        let run = try Factsh.run([folder.path, "-c", ".sources"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: \(folder.path)/binary.txt: binary file (it holds NUL bytes); skipped"))
        #expect(run.stderr.contains("error: \(folder.path)/latin1.txt: not valid UTF-8 (byte 0xFF at line 1, column 5); skipped"), "\(run.stderr)")
        #expect(run.stderr.contains("warning: \(folder.path)/empty.txt: empty file; skipped"))
        let rows = run.stdout.split(separator: "\n").dropFirst()
        #expect(rows.count == 1)
        #expect(rows.first?.hasPrefix("\(folder.path)/good.txt\t") == true)
    }

    @Test func missingScriptExitsTwo() throws {
        let run = try Factsh.run([articles, "-f", "/no/such/script.fq"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: cannot read script /no/such/script.fq: "))
    }

    @Test func outputCommandWritesAnswersToAFile() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let target = folder.appendingPathComponent("out.tsv")
        let run = try Factsh.run([articles], input: ".output \(target.path)\n.sources\n.output\n.mode\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout == "mode: tsv\n")
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("document\tdate\t"))
        #expect(written.split(separator: "\n").count == 3)
    }

    @Test func readCommandRunsAnotherScript() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let inner = folder.appendingPathComponent("inner.fq")
        try ".mode json\n.mode\n".write(to: inner, atomically: true, encoding: .utf8)
        let run = try Factsh.run([articles, "-c", ".read \(inner.path)", "-c", ".mode"])
        #expect(run.stdout == "mode: json\nmode: json\n")
    }

    @Test func demoCorpusLoadsWithoutPaths() throws {
        // From any folder: the corpus is found relative to the executable.
        let run = try Factsh.run(["-c", ".stats"], directory: ShellTestPaths.temporaryFolder())
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("documents\t75\n"), "\(run.stdout)")
    }

    @Test func corpusEnvironmentVariableOverrides() throws {
        let run = try Factsh.run(["-c", ".stats"], environment: ["FACTSH_CORPUS": articles])
        #expect(run.stdout.contains("documents\t2\n"), "\(run.stdout)")
    }

    @Test func escapeSequencesInArticlesAreNotWrittenRawToATerminalFormat() throws {
        let folder = ShellTestPaths.temporaryFolder()
        try "Evil \u{1B}[2J title\u{7}\n\nBody text here.\n".write(
            to: folder.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        let table = try Factsh.run([folder.path, "--format", "table", "-c", ".sources"])
        #expect(!table.stdout.contains("\u{1B}"))
        #expect(table.stdout.contains("Evil ^[[2J title^G"))
        let json = try Factsh.run([folder.path, "--format", "json", "-c", ".sources"])
        #expect(json.stdout.contains(#"Evil \u001b[2J title\u0007"#))
    }
}
