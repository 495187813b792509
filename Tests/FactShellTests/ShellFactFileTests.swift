import Foundation
import Testing

/// Fact files end to end: `factsh extract --format jsonl` writes them, `factsh FILE.jsonl` (and
/// folders, and `.load`) reads them back, and a malformed line is reported where it is.
@Suite(.serialized) struct ShellFactFileTests {
    let articles = ShellTestPaths.articles.path
    /// Questions whose answers (with their evidence and source) must not depend on where the facts came from.
    let questions = [".sources", "who attended meeting", "entities", "relations of Okafor", "describe Okafor", "sentences with \"library\""]

    /// The facts of the fixture articles as a fact file, written by `extract --format jsonl`.
    func extractedFactFile(in folder: URL) throws -> URL {
        let run = try Factsh.run(["extract", "--format", "jsonl", articles])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let file = folder.appendingPathComponent("facts.jsonl")
        try run.stdout.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func answers(_ sources: [String]) throws -> [String] {
        try questions.map { question in
            let run = try Factsh.run(sources + ["-c", question])
            #expect(run.status == 0, "\(question): \(run.stderr)")
            return run.stdout
        }
    }

    @Test func extractWritesTheDocumentedJSONLines() throws {
        let run = try Factsh.run(["extract", "--format", "jsonl", articles])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == #"{"type":"header","format":"factsh-facts","version":1}"#)
        let documents = lines.filter { $0.hasPrefix(#"{"type":"document","#) }
        #expect(documents.count == 2)
        #expect(documents.first?.contains(#""path":"\#(articles)/2024-03-05-harbor-council.txt""#) == true)
        #expect(lines.contains { $0.hasPrefix(#"{"type":"fact","#) })
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "not a JSON object: \(line)")
        }
    }

    @Test func loadingTheFactFileAnswersLikeTheArticles() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let file = try extractedFactFile(in: folder)
        let fromArticles = try answers([articles])
        #expect(try answers([file.path]) == fromArticles)
        // A folder holding the fact file loads it too.
        #expect(try answers([folder.path]) == fromArticles)
        // And so does `.load`.
        let empty = ShellTestPaths.temporaryFolder()
        let run = try Factsh.run([empty.path], input: ".load \(file.path)\n.sources\n")
        #expect(run.stdout == fromArticles[0], "stderr: \(run.stderr)")
    }

    @Test func malformedLineIsReportedWithItsPositionAndTheRestLoads() throws {
        let folder = ShellTestPaths.temporaryFolder()
        var lines = try String(contentsOf: extractedFactFile(in: folder), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // The first document's first `lemmas` line loses its closing brace; nothing refers to it,
        // so that line is the only problem, and the second document is intact.
        let index = try #require(lines.firstIndex { $0.hasPrefix(#"{"type":"lemmas","#) })
        let broken = lines[index]
        lines[index] = String(broken.dropLast())
        let file = folder.appendingPathComponent("broken.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)

        let run = try Factsh.run([file.path, "-c", ".sources"])
        #expect(run.status == 2, "bad input is exit status 2")
        let column = broken.count  // the missing brace was the last character
        let stderrLines = run.stderr.split(separator: "\n").map(String.init)
        #expect(stderrLines.first?.hasPrefix("\(file.path):\(index + 1):\(column): error: ") == true, "stderr: \(run.stderr)")
        #expect(stderrLines[safe: 1] == lines[index], "the offending line is shown")
        #expect(stderrLines[safe: 2] == String(repeating: " ", count: column - 1) + "^", "a caret under the column")
        // Both documents are still there.
        let sources = run.stdout.split(separator: "\n")
        #expect(sources.count == 3, "stdout: \(run.stdout)")
    }
}
