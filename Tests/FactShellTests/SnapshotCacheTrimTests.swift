import Foundation
import Testing
@testable import FactShell

/// The snapshot cache stays bounded: writing past its capacity deletes the least recently used.
@Suite struct SnapshotCacheTrimTests {
    @Test func trimmingKeepsTheMostRecentlyUsedSnapshotsAndNothingElseIsTouched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factsh-trim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date()
        for i in 0..<5 {  // snapshot 0 was used last, snapshot 4 longest ago
            let path = folder.appendingPathComponent("s\(i).snapshot").path
            #expect(FileManager.default.createFile(atPath: path, contents: Data([UInt8(i)])))
            try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(Double(-60 * i))], ofItemAtPath: path)
        }
        let notes = folder.appendingPathComponent("notes.txt").path
        #expect(FileManager.default.createFile(atPath: notes, contents: Data("keep".utf8)))

        SnapshotCache.trim(folder: folder.path, keeping: 3)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["notes.txt", "s0.snapshot", "s1.snapshot", "s2.snapshot"])

        SnapshotCache.trim(folder: folder.path, keeping: 3)  // at capacity: nothing more goes
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 4)
    }
}
