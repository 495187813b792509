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

    /// A fact file written by hand (no language models needed): one document, one fact.
    static let handWritten = [
        #"{"type":"header","format":"factsh-facts","version":1}"#,
        #"{"type":"document","path":"hand/okafor.txt","title":"Okafor meets students","date":"2024-04-10","sentences":[[0,39],[40,72]],"text":"Tom Okafor met students at the library.\nThe library will open on Sunday."}"#,
        #"{"type":"entity","id":0,"name":"Tom Okafor","entityType":"person","aliases":["Okafor"],"titles":[],"mentions":[[0,0,10]]}"#,
        #"{"type":"fact","subject":{"text":"Tom Okafor","head":"Okafor","entity":0,"value":null},"predicate":{"surface":"met","lemma":"meet","canonical":"meet","voice":"active","negated":false,"modality":null},"object":{"text":"students","head":"students","entity":null,"value":null},"qualifiers":[{"marker":"at","argument":{"text":"the library","head":"library","entity":null,"value":null}}],"kind":"event","attribution":null,"confidence":0.9,"span":[0,0,39]}"#,
        #"{"type":"lemmas","sentence":0,"lemmas":["Tom","Okafor","meet","student","library"]}"#,
        #"{"type":"lemmas","sentence":1,"lemmas":["library","open","Sunday"]}"#,
    ]

    @Test func handWrittenFactFileAnswersWithItsEvidence() throws {
        let folder = ShellTestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("okafor.jsonl")
        try (Self.handWritten.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try Factsh.run([file.path, "-c", "who met students"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout == "who\tevidence\tsource\nTom Okafor\tTom Okafor met students at the library.\thand/okafor.txt:1\n")
    }

    @Test func malformedHandWrittenLineIsReportedAndTheRestLoads() throws {
        let folder = ShellTestPaths.temporaryFolder()
        var lines = Self.handWritten
        lines[4] = String(lines[4].dropLast())  // the first lemmas line loses its closing brace
        lines[5] = lines[5].replacingOccurrences(of: #""sentence":1"#, with: #""sentence":"one""#)
        let file = folder.appendingPathComponent("broken.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let run = try Factsh.run([file.path, "-c", ".sources"])
        #expect(run.status == 2)
        // The column of the offending value, counted in characters from 1.
        let valueColumn = lines[5].distance(from: lines[5].startIndex, to: lines[5].range(of: #""one""#)!.lowerBound) + 1
        #expect(run.stderr == """
            \(file.path):5:\(lines[4].count + 1): error: expected ',' or '}' in the object
            \(lines[4])
            \(String(repeating: " ", count: lines[4].count))^
            \(file.path):6:\(valueColumn): error: 'sentence' must be an integer
            \(lines[5])
            \(String(repeating: " ", count: valueColumn - 1))^

            """)
        // The document and its other lines loaded.
        #expect(run.stdout.contains("hand/okafor.txt\t2024-04-10\t2\t"), "stdout: \(run.stdout)")
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
