import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The interactive shell on a pseudo-terminal: typing, history, Tab, Ctrl-C, Ctrl-D.
@Suite(.serialized) struct ShellInteractiveTests {
    /// Starts `factsh` over the fixture articles on a fresh pty with its own history file.
    private func startShell(history: URL, paths: [String] = [ShellTestPaths.articles.path]) throws -> PseudoTerminalProcess {
        let executable = try #require(ShellTestPaths.executable, "build factsh first")
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        environment["FACTSH_HISTORY"] = history.path
        environment["LANG"] = "C.UTF-8"
        for (key, value) in ShellTestPaths.isolatedCache { environment[key] = value }
        environment.removeValue(forKey: "NO_COLOR")
        let shell = try PseudoTerminalProcess(executable: executable, arguments: paths, environment: environment)
        try shell.expectPrompt()
        return shell
    }

    private func historyFile() -> URL {
        ShellTestPaths.temporaryFolder().appendingPathComponent("state/factsh/history")
    }

    @Test func bannerTellsWhatWasLoaded() throws {
        let shell = try startShell(history: historyFile())
        #expect(shell.transcript.contains("factsh 0.1.0"))
        #expect(shell.transcript.contains("loaded 2 documents,"))
        #expect(shell.transcript.contains(".help"))
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) == 0, "\(shell.transcript.debugDescription)")
    }

    @Test func typedStatementsRunAndCtrlDExits() throws {
        let shell = try startShell(history: historyFile())
        var mark = shell.mark
        shell.type(".mode\r")
        mark = try shell.expect("mode: table", after: mark)
        shell.type(".mode jsonl\r")
        mark = try shell.expect("facts> ", after: mark)
        shell.type(".mode\r")
        try shell.expect("mode: jsonl", after: mark)
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) == 0, "\(shell.transcript.debugDescription)")
    }

    @Test func historyIsRecalledAndSavedPrivately() throws {
        let history = historyFile()
        let shell = try startShell(history: history)
        var mark = shell.mark
        shell.type(".timer\r")
        mark = try shell.expect("timer: off", after: mark)
        shell.type(".headers\r")
        mark = try shell.expect("headers: on", after: mark)
        // Up twice recalls `.timer`.
        shell.type("\u{1B}[A\u{1B}[A\r")
        try shell.expect("timer: off", after: mark)
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) == 0, "\(shell.transcript.debugDescription)")

        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_"))
        #expect(saved.contains(".headers"))
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: history.deletingLastPathComponent().path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)

        // A new session recalls the last statement of the previous one.
        let next = try startShell(history: history)
        let start = next.mark
        next.type("\u{1B}[A\r")
        try next.expect("timer: off", after: start)
        try next.waitUntilEditing()
        next.type("\u{4}")
        #expect(next.waitForExit(timeout: 5) == 0, "\(next.transcript.debugDescription)")
    }

    @Test func tabCompletesCommandsArgumentsAndKeywords() throws {
        let history = historyFile()
        let shell = try startShell(history: history)
        var mark = shell.mark
        shell.type(".sou\t\r")
        mark = try shell.expect("(2 documents)", after: mark)
        shell.type(".mode js\t")
        // Two candidates (json, jsonl): the common prefix stays; a second Tab lists both.
        shell.type("\t")
        mark = try shell.expect("jsonl", after: mark)
        try shell.waitUntilEditing()
        shell.type("\u{15}")  // Ctrl-U clears the line
        shell.type("descr\t")
        // libedit redraws only what changed ("ibe "); the statement run shows the whole word.
        mark = try shell.expect("ibe ", after: mark)
        shell.type("Harbor\r")
        try shell.expect("facts> ", after: mark)
        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.contains("describe\\040Harbor"), "history: \(saved)")
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) != nil, "\(shell.transcript.debugDescription)")
    }

    @Test func ctrlCClearsTheLineAndTheShellGoesOn() throws {
        let shell = try startShell(history: historyFile())
        var mark = shell.mark
        shell.type("this is half a que")
        try shell.expect("half a que", after: mark)
        shell.type("\u{3}")
        mark = try shell.expect("facts> ", after: mark)
        shell.type(".mode\r")
        mark = try shell.expect("mode: table", after: mark)
        #expect(!shell.transcript.contains("error"), "the cleared text never ran")
        #expect(shell.checkExit() == nil, "Ctrl-C does not end the shell")
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) == 0, "\(shell.transcript.debugDescription)")
    }

    /// A Ctrl-C that comes while the editor is still echoing keys (not waiting in a read) clears
    /// the line too. Each round types a long line and presses Ctrl-C as soon as its echo starts.
    @Test func ctrlCWhileKeysAreEchoedStillClearsTheLine() throws {
        let shell = try startShell(history: historyFile())
        var mark = shell.mark
        for round in 0..<8 {
            shell.type(String(repeating: "x", count: 200) + "round\(round)")
            mark = try shell.expect("xxxxx", after: mark)
            shell.type("\u{3}")
            mark = try shell.expectPrompt(after: mark)
        }
        shell.type(".mode\r")
        try shell.expect("mode: table", after: mark)
        #expect(!shell.transcript.contains("error"), "no cleared line ran")
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) == 0, "\(shell.transcript.debugDescription)")
    }

    @Test func typedUTF8ReachesTheStatement() throws {
        let shell = try startShell(history: historyFile())
        let mark = shell.mark
        shell.type(".mode café東\r")
        try shell.expect("unknown mode 'café東'", after: mark)
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) != nil, "\(shell.transcript.debugDescription)")
    }

    @Test func multiLineStatementIsOneHistoryEntry() throws {
        let history = historyFile()
        let shell = try startShell(history: history)
        var mark = shell.mark
        shell.type("who attended (\r")
        mark = try shell.expectPrompt("  ...> ", after: mark)
        shell.type("meeting)\r")
        mark = try shell.expectPrompt(after: mark)
        let saved = try String(contentsOf: history, encoding: .utf8)
        #expect(saved.contains("who\\040attended\\040(\\040meeting)"), "history: \(saved)")
        // Ctrl-C drops an unfinished statement too.
        shell.type("who attended (\r")
        mark = try shell.expectPrompt("  ...> ", after: mark)
        shell.type("\u{3}")
        mark = try shell.expectPrompt(after: mark)
        shell.type(".mode\r")
        try shell.expect("mode: table", after: mark)
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) != nil, "\(shell.transcript.debugDescription)")
    }

    @Test func failedStatementMakesTheSessionExitOne() throws {
        let shell = try startShell(history: historyFile())
        let mark = shell.mark
        shell.type(".nosuchcommand\r")
        try shell.expect("unknown command", after: mark)
        shell.type(".quit\r")
        #expect(shell.waitForExit() == 1)
    }

    @Test func controlCharactersInArticlesAreShownInert() throws {
        let folder = ShellTestPaths.temporaryFolder()
        try "Evil \u{1B}]52;c;aGVsbG8=\u{7} title\n\nBody.\n".write(
            to: folder.appendingPathComponent("evil.txt"), atomically: true, encoding: .utf8)
        let shell = try startShell(history: historyFile(), paths: [folder.path])
        let mark = shell.mark
        shell.type(".sources\r")
        try shell.expect("(1 document)", after: mark)
        #expect(!shell.transcript.contains("\u{1B}]52"), "an OSC 52 clipboard write reached the terminal")
        #expect(shell.transcript.contains("Evil ^[]52;c;aGVsbG8=^G title"))
        try shell.waitUntilEditing()
        shell.type("\u{4}")
        #expect(shell.waitForExit(timeout: 5) == 0, "\(shell.transcript.debugDescription)")
    }
}
