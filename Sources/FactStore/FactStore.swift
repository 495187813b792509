import FactModel
import Synchronization

/// The in-memory fact store: every document, entity, mention and fact of the loaded corpora,
/// interned and indexed for the lookups the query language makes.
///
/// Storage is struct-of-arrays of `Int32` ids over one symbol table (`StoreData`); the indexes
/// (`FactIndexes`, one per access path) are derived from it and rebuilt in one O(n) pass on the
/// first lookup after a mutation, so loading many documents costs O(n) in all.
///
/// Thread safety: lookups may run concurrently; mutations (`add`, `remove`, `replace`, `merge`,
/// loading) need exclusive access, like any Swift collection.
public final class FactStore: @unchecked Sendable {
    /// The records.
    let data: StoreData
    /// The indexes over `data`, or nil when a mutation made them stale.
    private let indexCache: Mutex<FactIndexes?>
    /// The same indexes, unretained, for lookups without taking the lock (every lookup starts
    /// here; the lock cost as much as a small lookup). Safe because mutations, which clear it,
    /// need exclusive access: no lookup runs while it changes to nil.
    private let builtIndex: Atomic<UnsafeRawPointer?>

    /// An empty store.
    public init() {
        data = StoreData()
        indexCache = Mutex(nil)
        builtIndex = Atomic(nil)
    }

    /// A store over existing records and, when known to match them, their indexes (a snapshot).
    init(data: StoreData, indexes: FactIndexes?) {
        self.data = data
        indexCache = Mutex(indexes)
        builtIndex = Atomic(indexes.map { UnsafeRawPointer(Unmanaged.passUnretained($0).toOpaque()) })
    }

    /// The indexes, built on first use after a mutation. O(1), or O(n) once after a mutation.
    var indexes: FactIndexes {
        if let built = builtIndex.load(ordering: .acquiring) {
            return Unmanaged<FactIndexes>.fromOpaque(built).takeUnretainedValue()
        }
        return indexCache.withLock { cache in
            if let built = cache { return built }
            let built = FactIndexes(data)
            cache = built
            builtIndex.store(UnsafeRawPointer(Unmanaged.passUnretained(built).toOpaque()), ordering: .releasing)
            return built
        }
    }

    /// The indexes if they are built, without building them.
    var builtIndexes: FactIndexes? { indexCache.withLock { $0 } }

    /// Marks the indexes stale after a mutation of `data`.
    func invalidateIndexes() {
        indexCache.withLock { cache in
            builtIndex.store(nil, ordering: .releasing)
            cache = nil
        }
    }

    /// Builds every index now rather than on the first lookup (benchmarks, snapshots).
    /// - Complexity: O(n) when stale, O(1) otherwise.
    public func buildIndexes() {
        _ = indexes
    }

    /// Releases spare capacity left by bulk loading (arrays grown by appending). O(n).
    public func trimMemory() {
        data.trim()
    }
}


