import Foundation
import Testing

/// One question asked of one article of our own through the command line, as a person asks it
/// (`factsh FILE -c QUESTION --format tsv --no-evidence`), for the answer tests over small articles.
enum ArticleQuestion {
    /// The whole standard output for `question` over `article`, written to a file named `fileName`.
    static func output(_ question: String, article: String, fileName: String) throws -> String {
        let file = ShellTestPaths.temporaryFolder().appendingPathComponent(fileName)
        try article.write(to: file, atomically: true, encoding: .utf8)
        let run = try Factsh.run([file.path, "--format", "tsv", "--no-evidence", "-c", question])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return run.stdout
    }

    /// The first column of every answer row (the header left out).
    static func answers(_ question: String, article: String, fileName: String) throws -> [String] {
        try output(question, article: article, fileName: fileName)
            .split(separator: "\n").dropFirst().map { String($0.split(separator: "\t").first ?? "") }
    }
}
