import Foundation
import Testing
@testable import FactShell

/// Statement grouping, completion, history location, file checks and corpus finding.
@Suite struct ShellInputTests {
    @Test func statementsAndDotCommands() {
        var reader = StatementReader()
        #expect(reader.add("   ", number: 1) == nil)
        #expect(reader.add("  .mode csv ", number: 2) == Statement(text: ".mode csv", line: 2, isDotCommand: true))
        #expect(reader.add("who attends meeting", number: 3) == Statement(text: "who attends meeting", line: 3, isDotCommand: false))
        #expect(!reader.isContinuing)
        #expect(reader.finish() == nil)
    }

    @Test func completionOfDotCommandsAndArguments() {
        var vocabulary = Completion.Vocabulary()
        vocabulary.dotCommands = [".mode", ".load", ".help"]
        vocabulary.arguments = [".mode": ["table", "tsv", "csv", "json", "jsonl"]]
        vocabulary.fileCommands = [".load"]
        #expect(Completion.candidates(line: ".mo", wordStart: 0, vocabulary: vocabulary) == .words([".mode"]))
        #expect(Completion.candidates(line: ".mode js", wordStart: 6, vocabulary: vocabulary) == .words(["json", "jsonl"]))
        #expect(Completion.candidates(line: ".load Cor", wordStart: 6, vocabulary: vocabulary) == .fileNames)
        #expect(Completion.replacement(for: "js", matches: ["json", "jsonl"]) == "json")
    }

    @Test func completionOfKeywordsAndNames() {
        var vocabulary = Completion.Vocabulary()
        vocabulary.keywords = ["who", "where", "describe"]
        vocabulary.names = ["Eric Garcetti", "Garcetti", "attend", "Los Angeles"]
        #expect(Completion.candidates(line: "wh", wordStart: 0, vocabulary: vocabulary) == .words(["where", "who"]))
        #expect(Completion.candidates(line: "who att", wordStart: 4, vocabulary: vocabulary) == .words(["attend"]))
        // A multi-word name completes whole, or from the words already typed.
        #expect(Completion.candidates(line: "describe er", wordStart: 9, vocabulary: vocabulary) == .words(["Eric Garcetti"]))
        #expect(Completion.candidates(line: "describe Eric Ga", wordStart: 14, vocabulary: vocabulary) == .words(["Garcetti"]))
        #expect(Completion.candidates(line: "mayor of Los An", wordStart: 13, vocabulary: vocabulary) == .words(["Angeles"]))
        #expect(Completion.candidates(line: "", wordStart: 0, vocabulary: vocabulary) == .words([]))
    }

    @Test func historyLocation() {
        #expect(History.path(environment: ["FACTSH_HISTORY": "/tmp/h", "HOME": "/home/u"]) == "/tmp/h")
        #expect(History.path(environment: ["FACTSH_HISTORY": "", "HOME": "/home/u"]) == nil)
        #expect(History.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/s/factsh/history")
        #expect(History.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.local/state/factsh/history")
        #expect(History.path(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/factsh/history")
        #expect(History.entry(for: "who attends (\n   meeting)") == "who attends ( meeting)")
    }

    @Test func historyFileIsPrivate() throws {
        let path = ShellTestPaths.temporaryFolder().appendingPathComponent("a/b/history").path
        #expect(History.prepare(path))
        let file = try FileManager.default.attributesOfItem(atPath: path)
        #expect(file[.posixPermissions] as? Int == 0o600)
        let folder = try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)
        #expect(folder[.posixPermissions] as? Int == 0o700)
    }

    @Test func articleChecks() {
        #expect(ArticleReader.firstInvalidUTF8(Array("ok café".utf8)) == nil)
        #expect(ArticleReader.firstInvalidUTF8([0x61, 0xC3, 0x28]) == 1)
        #expect(ArticleReader.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)  // a UTF-16 surrogate
        #expect(ArticleReader.firstInvalidUTF8([0xE2, 0x82]) == 0)  // cut short
        guard case .success(let text) = ArticleReader.decode(Data([0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8))) else {
            Issue.record("decode failed")
            return
        }
        #expect(text == "a\nb\n")
        #expect(ArticleReader.date(fromFileName: "2019-01-04-pelosi.txt") == "2019-01-04")
        #expect(ArticleReader.date(fromFileName: "2019-13-04-x.txt") == nil)
        #expect(ArticleReader.date(fromFileName: "notes.txt") == nil)
    }

    @Test func articleBecomesADocument() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("2020-02-03-story.txt")
        try "\n  Headline here  \n\nBody.\n".write(to: file, atomically: true, encoding: .utf8)
        guard case .document(let document) = ArticleReader.read(file: file.path, displayPath: "x/2020-02-03-story.txt") else {
            Issue.record("not read")
            return
        }
        #expect(document.title == "Headline here")
        #expect(document.date == "2020-02-03")
        #expect(document.path == "x/2020-02-03-story.txt")
    }

    @Test func corpusIsFoundAboveTheExecutable() throws {
        let found = CorpusLocator.locate(
            environment: [:], executable: ShellTestPaths.packageRoot.appendingPathComponent(".build/debug/factsh").path,
            currentDirectory: "/")
        // /proc/self/exe (the test runner) wins on Linux; both lead to this package.
        guard case .success(let corpus) = found else {
            Issue.record("corpus not found: \(found)")
            return
        }
        #expect(corpus.displayName == "Corpus")
        #expect(corpus.directory.hasSuffix("/Corpus"))
        let missing = CorpusLocator.locate(environment: ["FACTSH_CORPUS": "/no/such"], executable: "", currentDirectory: "/")
        #expect(missing == .failure(.missing(path: "/no/such (from FACTSH_CORPUS)")))
    }

    @Test func dotCommandSuggestions() {
        #expect(DotCommands.closest(to: ".mdoe") == ".mode")
        #expect(DotCommands.closest(to: ".sourcse") == ".sources")
        #expect(DotCommands.closest(to: ".xyzzy") == nil)
        #expect(splitArguments(#"a "b c" 'd'"#) == ["a", "b c", "d"])
    }
}
