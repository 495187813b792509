import Foundation
import Testing

/// The snapshot cache end to end: the second run opens from the snapshot and answers the same; a
/// damaged snapshot is reported in one line and rebuilt; an edited article is never answered from
/// the old snapshot. Each test has its own XDG_CACHE_HOME, never the user's cache.
@Suite(.serialized) struct ShellSnapshotTests {
    let question = "who attended meeting"

    /// A copy of the fixture articles (so a test may edit them) and an empty cache home.
    func setUp() throws -> (articles: URL, environment: [String: String], cache: URL) {
        let folder = ShellTestPaths.temporaryFolder()
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: ShellTestPaths.articles, to: articles)
        let cacheHome = folder.appendingPathComponent("cache")
        return (articles, ["XDG_CACHE_HOME": cacheHome.path, "FACTSH_NO_CACHE": ""], cacheHome.appendingPathComponent("factsh"))
    }

    func snapshots(in cache: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: cache, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "snapshot" }
    }

    func run(_ articles: URL, _ environment: [String: String], _ extra: [String] = []) throws -> ShellRun {
        try Factsh.run([articles.path] + extra + ["-c", question, "-c", ".sources", "-c", ".mode table", "-c", ".stats"], environment: environment)
    }

    /// The answer and the source listing (`.stats`, last, says how long loading took, which varies).
    func answers(_ run: ShellRun) -> String {
        String(run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.hasPrefix(" item ") }.joined(separator: "\n"))
    }

    @Test func secondRunOpensFromTheSnapshotAndAnswersTheSame() throws {
        let (articles, environment, cache) = try setUp()
        let first = try run(articles, environment)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(!first.stderr.contains("snapshot"), "a plain miss is silent: \(first.stderr)")
        #expect(!first.stdout.contains("snapshot cache"))
        #expect(snapshots(in: cache).count == 1)

        let second = try run(articles, environment)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect((second.stdout + second.stderr).contains("opened from the snapshot cache"), "stdout: \(second.stdout)")
        #expect(answers(second) == answers(first))
        #expect(answers(second).contains("harbor-council.txt"))
    }

    @Test func damagedSnapshotIsReportedInOneLineAndRebuilt() throws {
        let (articles, environment, cache) = try setUp()
        let first = try run(articles, environment)
        let snapshot = try #require(snapshots(in: cache).first)
        var bytes = try Data(contentsOf: snapshot)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: snapshot)

        let damaged = try run(articles, environment)
        #expect(damaged.status == 0, "the cache never fails a run: \(damaged.stderr)")
        #expect(damaged.stderr == "\(snapshot.path): warning: snapshot checksum does not match (the file is damaged); rebuilding it from the sources\n")
        #expect(!damaged.stdout.contains("snapshot cache"), "rebuilt from the articles")
        #expect(answers(damaged) == answers(first))

        // Rebuilt: the next run opens from it again, silently.
        let again = try run(articles, environment)
        #expect(again.stderr.isEmpty, "stderr: \(again.stderr)")
        #expect(again.stdout.contains("opened from the snapshot cache"))
        #expect(answers(again) == answers(first))

        // A truncated snapshot is reported too.
        try Data(bytes.prefix(12)).write(to: snapshot)
        let truncated = try run(articles, environment)
        #expect(truncated.stderr.hasPrefix("\(snapshot.path): warning: snapshot is truncated"), "stderr: \(truncated.stderr)")
        #expect(truncated.stderr.split(separator: "\n").count == 1)
        #expect(answers(truncated) == answers(first))
    }

    @Test func editedArticleIsNeverAnsweredFromTheOldSnapshot() throws {
        let (articles, environment, cache) = try setUp()
        _ = try run(articles, environment)
        let library = articles.appendingPathComponent("2024-04-10-library-hours.txt")
        let edited = try String(contentsOf: library, encoding: .utf8)
            .replacingOccurrences(of: "City library extends opening hours", with: "City library shortens opening hours")
        try edited.write(to: library, atomically: true, encoding: .utf8)

        let after = try run(articles, environment)
        #expect(!after.stdout.contains("opened from the snapshot cache"))
        #expect(after.stdout.contains("City library shortens opening hours"))
        #expect(snapshots(in: cache).count == 2, "one snapshot per set of sources")
    }

    @Test func factFileCorpusIsCachedToo() throws {
        let (_, environment, cache) = try setUp()
        let file = ShellTestPaths.temporaryFolder().appendingPathComponent("okafor.jsonl")
        try (ShellFactFileTests.handWritten.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let arguments = [file.path, "-c", "who met students", "-c", ".mode table", "-c", ".stats"]
        let first = try Factsh.run(arguments, environment: environment)
        #expect(first.status == 0 && first.stderr.isEmpty, "stderr: \(first.stderr)")
        #expect(snapshots(in: cache).count == 1)
        let second = try Factsh.run(arguments, environment: environment)
        #expect(second.stdout.contains("opened from the snapshot cache"), "stdout: \(second.stdout)")
        #expect(answers(second) == answers(first))
        #expect(answers(second).contains("Tom Okafor\tTom Okafor met students at the library.\thand/okafor.txt:1"))

        // A snapshot of another format version is reported and rebuilt.
        let snapshot = try #require(snapshots(in: cache).first)
        var bytes = try Data(contentsOf: snapshot)
        bytes[8] = 99  // the format version, right after the 8-byte magic
        try bytes.write(to: snapshot)
        let old = try Factsh.run(arguments, environment: environment)
        #expect(old.stderr == "\(snapshot.path): warning: snapshot has format version 99, this factsh writes 1; rebuilding it from the sources\n")
        #expect(answers(old) == answers(first))
        let rebuilt = try Factsh.run(arguments, environment: environment)
        #expect(rebuilt.stderr.isEmpty && rebuilt.stdout.contains("opened from the snapshot cache"), "stderr: \(rebuilt.stderr)")
    }

    @Test func noCacheNeitherReadsNorWrites() throws {
        let (_, environment, cache) = try setUp()
        let file = ShellTestPaths.temporaryFolder().appendingPathComponent("okafor.jsonl")
        try (ShellFactFileTests.handWritten.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let flagged = try Factsh.run([file.path, "--no-cache", "-c", "who met students"], environment: environment)
        #expect(flagged.status == 0, "stderr: \(flagged.stderr)")
        #expect(flagged.stdout.contains("Tom Okafor"))
        #expect(snapshots(in: cache).isEmpty)
        var off = environment
        off["FACTSH_NO_CACHE"] = "1"
        _ = try Factsh.run([file.path, "-c", "who met students"], environment: off)
        #expect(snapshots(in: cache).isEmpty)
        // The same run with the cache on writes one.
        _ = try Factsh.run([file.path, "-c", "who met students"], environment: environment)
        #expect(snapshots(in: cache).count == 1)
    }
}
