import FactStore
import Foundation
import QueryLanguage
import Testing
import TextPipeline
@testable import FactShell

/// Every `Queries/*.fq` run over the demo corpus, as `factsh -f Queries/NAME.fq` runs it from the
/// package root, compared with `Queries/NAME.expected`.
///
/// `RECORD=1 swift test --filter ShellQueryGoldenTests` (re-)records the expected files. An
/// expected file holds standard output, then `-- stderr --` and the messages if there were any,
/// then `-- exit status N --` when it is not 0. The corpus is loaded once for all files.
@Suite(.serialized) struct ShellQueryGoldenTests {
    static let queriesFolder = ShellTestPaths.packageRoot.appendingPathComponent("Queries")
    static let recording = ProcessInfo.processInfo.environment["RECORD"] == "1"

    /// The query files, by name.
    static let queryFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: queriesFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".fq") }.sorted()
    }()

    /// The demo corpus, loaded once.
    static let corpus: Result<(FactStore, QueryEngine, CorpusLoader), any Error> = Result {
        let pipeline = try Pipeline.bundled()
        let store = FactStore()
        let loader = CorpusLoader(pipeline: pipeline)
        let report = loader.load([LoadRequest(path: ShellTestPaths.packageRoot.appendingPathComponent("Corpus").path, displayPath: "Corpus")], into: store)
        if !report.problems.isEmpty { throw CorpusProblems(problems: report.problems) }
        return (store, QueryEngine(source: store, lexicon: try WordNetLexicon.bundled()), loader)
    }

    struct CorpusProblems: Error {
        let problems: [ShellError]
    }

    /// What `factsh -f Queries/NAME` prints, in the expected-file layout.
    static func run(_ name: String) throws -> String {
        let (store, engine, loader) = try corpus.get()
        let output = BufferSink(), errors = BufferSink()
        let session = ShellSession(store: store, engine: engine, loader: loader, format: .tsv, output: output, errors: errors)
        ScriptRunner.run(file: queriesFolder.appendingPathComponent(name).path, in: session, as: "Queries/\(name)")
        var text = output.text
        if !errors.text.isEmpty { text += "-- stderr --\n" + errors.text }
        if session.status != .success { text += "-- exit status \(session.status.rawValue) --\n" }
        return text
    }

    @Test(arguments: queryFiles)
    func queryFileGivesItsExpectedOutput(_ name: String) throws {
        let expectedURL = Self.queriesFolder.appendingPathComponent(String(name.dropLast(3)) + ".expected")
        let actual = try Self.run(name)
        if Self.recording {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
            withKnownIssue("Queries/\(name) has no .expected yet; `RECORD=1 swift test --filter ShellQueryGoldenTests` records it") {
                Issue.record("no Queries/\(expectedURL.lastPathComponent)")
            }
            return
        }
        #expect(actual == expected, "Queries/\(name) differs from its .expected:\n\(Self.firstDifference(expected, actual))")
    }

    @Test func queryFilesExist() {
        if Self.queryFiles.isEmpty {
            withKnownIssue("Queries/ holds no .fq files yet") { Issue.record("no query files") }
        }
    }

    /// The executable gives what this runner gives (same code path, same file names).
    @Test func executableMatchesTheRunner() throws {
        guard let first = Self.queryFiles.first else { return }
        let run = try Factsh.run(["-f", "Queries/\(first)"])
        var text = run.stdout
        if !run.stderr.isEmpty { text += "-- stderr --\n" + run.stderr }
        if run.status != 0 { text += "-- exit status \(run.status) --\n" }
        #expect(text == (try Self.run(first)))
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<end>"
            let right = index < b.count ? String(b[index]) : "<end>"
            if left != right { return "line \(index + 1):\n  expected: \(left)\n  actual:   \(right)" }
        }
        return "(same lines; different line ends)"
    }
}
