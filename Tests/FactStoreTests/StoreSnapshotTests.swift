import FactModel
import Foundation
import Testing
@testable import FactStore

/// The binary snapshot: round trip, and every way a snapshot can be unusable.
@Suite struct StoreSnapshotTests {
    let key = SnapshotKey(sources: [.init(path: "news/council.txt", contentHash: 1), .init(path: "news/police.txt", contentHash: 2)],
                          pipelineVersion: "test-pipeline 1")

    func temporaryPath() -> String { NSTemporaryDirectory() + "factstore-\(UUID().uuidString)/store.snapshot" }

    func problemID(_ body: () throws -> FactStore) -> String? {
        do { _ = try body(); return nil } catch let diagnostic as Diagnostic { return diagnostic.id } catch { return "other" }
    }

    @Test func roundTripKeepsRecordsAndIndexes() throws {
        let store = StoreFixtures.store()
        store.remove(document: 0)
        store.add(StoreFixtures.council)
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try Snapshot.write(store, key: key, to: path)
        let loaded = try Snapshot.load(from: path, expectedKey: key)
        loaded.checkInvariants()
        #expect(loaded.documentIDs == store.documentIDs)
        #expect(loaded.extractedDocuments().map(\.facts) == store.extractedDocuments().map(\.facts))
        #expect(loaded.extractedDocuments().map(\.entities) == store.extractedDocuments().map(\.entities))
        for e in 0..<EntityID(store.entityCount) { #expect(loaded.entity(e) == store.entity(e)) }
        #expect(loaded.resolve(name: "the mayor") == store.resolve(name: "the mayor"))
        #expect(loaded.facts(matching: FactPattern(object: .word("closed"))) == store.facts(matching: FactPattern(object: .word("closed"))))
        #expect(loaded.sentences(containing: "council") == store.sentences(containing: "council"))
        // The loaded store stays mutable.
        loaded.add(StoreFixtures.police)
        loaded.checkInvariants()
    }

    @Test func corruptSnapshotsAreDetected() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try Snapshot.write(StoreFixtures.store(), key: key, to: path)
        let good = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(problemID { try Snapshot.load(from: path + ".absent", expectedKey: key) } == "store.snapshot-missing")

        for cut in [0, 10, 31, 32, good.count / 2, good.count - 1] {
            try good.prefix(cut).write(to: URL(fileURLWithPath: path))
            #expect(problemID { try Snapshot.load(from: path, expectedKey: key) } == "store.snapshot-truncated", "cut at \(cut)")
        }

        var rng = SeededGenerator(seed: 7)
        for _ in 0..<20 {
            var flipped = good
            let offset = Int.random(in: 32..<good.count, using: &rng)
            flipped[offset] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            try flipped.write(to: URL(fileURLWithPath: path))
            #expect(problemID { try Snapshot.load(from: path, expectedKey: key) } == "store.snapshot-corrupt", "flip at \(offset)")
        }

        var magic = good
        magic[0] = UInt8(ascii: "X")
        try magic.write(to: URL(fileURLWithPath: path))
        #expect(problemID { try Snapshot.load(from: path, expectedKey: key) } == "store.snapshot-corrupt")

        var older = good
        older[8] = 0  // format version 0
        try older.write(to: URL(fileURLWithPath: path))
        #expect(problemID { try Snapshot.load(from: path, expectedKey: key) } == "store.snapshot-version")

        try (good + Data([1, 2, 3])).write(to: URL(fileURLWithPath: path))
        #expect(problemID { try Snapshot.load(from: path, expectedKey: key) } == "store.snapshot-corrupt")
    }

    @Test func aSnapshotOfOtherSourcesIsStale() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        try Snapshot.write(StoreFixtures.store(), key: key, to: path)
        var edited = key
        edited.sources[1].contentHash = 3
        #expect(problemID { try Snapshot.load(from: path, expectedKey: edited) } == "store.snapshot-stale")
        var newModels = key
        newModels.pipelineVersion = "test-pipeline 2"
        #expect(problemID { try Snapshot.load(from: path, expectedKey: newModels) } == "store.snapshot-stale")
        #expect(edited.digest != key.digest && newModels.digest != key.digest)
    }

    @Test func keysHashFileContentAndCacheLocationFollowsXDG() throws {
        let directory = NSTemporaryDirectory() + "factstore-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let article = directory + "/a.txt"
        try "Ortiz met Reyes.".write(toFile: article, atomically: true, encoding: .utf8)
        let before = try SnapshotKey(files: [article], pipelineVersion: "v1")
        try "Ortiz met Reyes again.".write(toFile: article, atomically: true, encoding: .utf8)
        let after = try SnapshotKey(files: [article], pipelineVersion: "v1")
        #expect(before != after && before.digest != after.digest)
        #expect(Snapshot.cacheDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"]) == "/x/cache/factsh")
        #expect(Snapshot.cacheDirectory(environment: ["XDG_CACHE_HOME": "", "HOME": "/home/u"]) == "/home/u/.cache/factsh")
        #expect(Snapshot.cachePath(for: before, environment: ["HOME": "/h"]) == "/h/.cache/factsh/\(before.digest).snapshot")
    }
}
