import FactModel
import FactStore
import Foundation
import TextPipeline

/// The snapshot cache: a binary image of the store the shell opens with, so that a corpus opens
/// in milliseconds the second time. A snapshot is keyed by the content of every source file and
/// by the pipeline version (factsh's version, the bundled models' files, the executable), and
/// lives in `$XDG_CACHE_HOME/factsh` (or `~/.cache/factsh`). `--no-cache` or `FACTSH_NO_CACHE=1`
/// turns it off.
struct SnapshotCache {
    let environment: [String: String]

    /// What looking up the sources found.
    enum Lookup {
        /// The snapshot of these sources: the store, ready to query.
        case hit(FactStore)
        /// No usable snapshot: build from the sources, then save under `key` at `path`.
        /// `problem` says why an existing snapshot could not be used (nil for a plain miss).
        case miss(key: SnapshotKey, path: String, problem: Diagnostic?)
        /// The sources cannot be cached (a missing or unreadable path): load them as usual.
        case uncacheable
    }

    /// The cache, or nil when `--no-cache` or `FACTSH_NO_CACHE` (any value but empty or `0`) turns it off.
    init?(environment: [String: String], disabled: Bool) {
        if disabled { return nil }
        if let off = environment["FACTSH_NO_CACHE"], !off.isEmpty, off != "0" { return nil }
        self.environment = environment
    }

    /// Hashes the files `requests` name and tries their snapshot.
    /// - Complexity: O(bytes of the sources + size of the snapshot).
    func lookup(_ requests: [LoadRequest], loader: CorpusLoader) -> Lookup {
        let files = loader.articleFiles(requests)
        guard files.problems.isEmpty, !(files.factFiles.isEmpty && files.articles.isEmpty) else { return .uncacheable }
        var sources: [SnapshotKey.Source] = []
        // The order the loader adds them in (fact files first), which fixes the document ids.
        for file in files.factFiles + files.articles {
            guard let data = FileManager.default.contents(atPath: file.path) else { return .uncacheable }
            // The shown path, not the absolute one: it is what the store records for evidence.
            let hash = data.withUnsafeBytes { SnapshotKey.contentHash(of: $0) }
            sources.append(SnapshotKey.Source(path: file.displayPath, contentHash: hash))
        }
        let key = SnapshotKey(sources: sources, pipelineVersion: Self.pipelineVersion)
        let path = Snapshot.cachePath(for: key, environment: environment)
        do {
            let store = try Snapshot.load(from: path, expectedKey: key)
            markUsed(path)
            return .hit(store)
        } catch let problem as Diagnostic {
            return .miss(key: key, path: path, problem: problem.id == "store.snapshot-missing" ? nil : problem)
        } catch {
            return .miss(key: key, path: path, problem: nil)
        }
    }

    /// Snapshots kept in the cache folder; writing one more deletes the least recently used.
    /// Every edit of an article or rebuilt model makes a new snapshot, so without a bound the
    /// folder would only grow.
    static let capacity = 32

    /// Writes the snapshot of `store` atomically, then trims the cache to `capacity` snapshots;
    /// the diagnostic when it cannot be written.
    func save(_ store: FactStore, key: SnapshotKey, path: String) -> Diagnostic? {
        do {
            try Snapshot.write(store, key: key, to: path)
            Self.trim(folder: Snapshot.cacheDirectory(environment: environment), keeping: Self.capacity)
            return nil
        } catch let problem as Diagnostic {
            return problem
        } catch {
            return Diagnostic(id: "store.unwritable-file", message: "\(error)", file: path)
        }
    }

    /// Records that the snapshot at `path` was just used (its modification time is its last use).
    private func markUsed(_ path: String) {
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
    }

    /// Deletes the least recently used `*.snapshot` files of `folder` beyond the newest `keeping`.
    /// Other files are never touched; a file that cannot be deleted is left alone.
    /// - Complexity: O(n log n) in the number of snapshots.
    static func trim(folder: String, keeping: Int) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        let snapshots: [(path: String, used: Date)] = names.filter { $0.hasSuffix(".snapshot") }.map { name in
            let path = folder + "/" + name
            let used = (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
            return (path, used)
        }
        guard snapshots.count > keeping else { return }
        for stale in snapshots.sorted(by: { ($0.used, $0.path) > ($1.used, $1.path) }).dropFirst(keeping) {
            try? manager.removeItem(atPath: stale.path)
        }
    }

    /// What extracted the facts: factsh's version, the identity of every bundled model and lexicon
    /// file, and the executable's (a rebuilt pipeline is new code).
    static let pipelineVersion: String = {
        var version = "factsh \(ShellMain.version)"
        version += "; resources \(resourcesIdentity().map { String($0, radix: 16) } ?? "none")"
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            version += "; executable \(fileIdentity(executable))"
        }
        return version
    }()

    /// One hash over the name, size and modification time of each file in the bundled resource
    /// folder, or nil without a bundle. A retrained model is a new file, so this changes with it;
    /// hashing the files' 26 MB of bytes instead cost about 45 ms on every start (release build),
    /// most of the time a snapshot takes to open.
    static func resourcesIdentity() -> UInt64? {
        guard let folder = Pipeline.bundledResourceFolder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return nil }
        var listing = ""
        for name in names.sorted() {
            listing += "\(name)\t\(fileIdentity(folder.appendingPathComponent(name).path))\n"
        }
        var bytes = Array(listing.utf8)
        return bytes.withUnsafeMutableBytes { SnapshotKey.contentHash(of: UnsafeRawBufferPointer($0)) }
    }

    /// "SIZE bytes, modified MILLISECONDS" of a file ("missing" when it cannot be read).
    static func fileIdentity(_ path: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "missing" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size) bytes, modified \(Int64(modified * 1000))"
    }
}
