/// A compressed sparse row index: for each dense key `0..<keyCount`, an ascending list of `Int32`
/// items, stored back to back in one array.
///
/// Two arrays per index whatever the number of keys, which is what keeps the store compact and
/// lets a snapshot save an index as two bulk writes.
struct Postings: Sendable, Equatable {
    /// `items[offsets[k]..<offsets[k+1]]` are the items of key `k`.
    var offsets: [Int32]
    var items: [Int32]

    init(offsets: [Int32] = [0], items: [Int32] = []) {
        self.offsets = offsets
        self.items = items
    }

    var keyCount: Int { offsets.count - 1 }

    /// The items of `key` (empty for keys out of range). O(1).
    @inline(__always)
    func list(_ key: Int32) -> ArraySlice<Int32> {
        guard key >= 0, Int(key) < keyCount else { return [] }
        return items[Int(offsets[Int(key)])..<Int(offsets[Int(key) + 1])]
    }

    /// The number of items of `key`. O(1).
    @inline(__always)
    func count(_ key: Int32) -> Int {
        guard key >= 0, Int(key) < keyCount else { return 0 }
        return Int(offsets[Int(key) + 1] - offsets[Int(key)])
    }

    /// Builds the index by counting sort. `pairs` is called twice and must emit the same
    /// `(key, item)` pairs both times, items ascending, so each list comes out sorted. O(keys + pairs).
    static func build(keyCount: Int, _ pairs: ((Int32, Int32) -> Void) -> Void) -> Postings {
        var offsets = [Int32](repeating: 0, count: keyCount + 1)
        offsets.withUnsafeMutableBufferPointer { counts in
            pairs { key, _ in counts[Int(key) + 1] &+= 1 }
            for k in 0..<keyCount { counts[k + 1] &+= counts[k] }
        }
        let total = Int(offsets[keyCount])
        var cursor = offsets
        let items = [Int32](unsafeUninitializedCapacity: total) { buffer, initialized in
            cursor.withUnsafeMutableBufferPointer { next in
                pairs { key, item in
                    buffer[Int(next[Int(key)])] = item
                    next[Int(key)] &+= 1
                }
            }
            initialized = total
        }
        return Postings(offsets: offsets, items: items)
    }

    /// Checks offsets ascend, cover the items, and each list is strictly ascending.
    func checkInvariants(_ name: String) {
        precondition(offsets.first == 0 && Int(offsets.last!) == items.count, "\(name): offsets cover items")
        for k in 0..<keyCount {
            precondition(offsets[k] <= offsets[k + 1], "\(name): offsets ascend")
            let list = self.list(Int32(k))
            var previous = Int32.min
            for item in list {
                precondition(item > previous, "\(name): list of key \(k) ascends without repeats")
                previous = item
            }
        }
    }
}

/// Set operations on ascending id lists.
enum SortedIDs {
    /// The ascending union of ascending lists, without repeats. O(total log lists) worst case.
    static func union(_ lists: [ArraySlice<Int32>]) -> [Int32] {
        let nonEmpty = lists.filter { !$0.isEmpty }
        if nonEmpty.isEmpty { return [] }
        if nonEmpty.count == 1 { return Array(nonEmpty[0]) }
        if nonEmpty.count == 2 { return merge(nonEmpty[0], nonEmpty[1]) }
        var all = [Int32]()
        all.reserveCapacity(nonEmpty.reduce(0) { $0 + $1.count })
        for list in nonEmpty { all.append(contentsOf: list) }
        all.sort()
        return unique(all)
    }

    /// The ascending union of two ascending lists. O(a + b).
    static func merge(_ a: ArraySlice<Int32>, _ b: ArraySlice<Int32>) -> [Int32] {
        var out = [Int32]()
        out.reserveCapacity(a.count + b.count)
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            let x = a[i], y = b[j]
            if x < y { out.append(x); i += 1 }
            else if y < x { out.append(y); j += 1 }
            else { out.append(x); i += 1; j += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }

    /// Removes adjacent repeats of a sorted array. O(n).
    static func unique(_ sorted: [Int32]) -> [Int32] {
        var out = sorted
        guard out.count > 1 else { return out }
        var w = 1
        for r in 1..<out.count where out[r] != out[w - 1] {
            out[w] = out[r]
            w += 1
        }
        out.removeLast(out.count - w)
        return out
    }

    /// Whether an ascending list contains `id`. O(log n).
    static func contains(_ list: ArraySlice<Int32>, _ id: Int32) -> Bool {
        var low = list.startIndex, high = list.endIndex
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low < list.endIndex && list[low] == id
    }

    /// The first index of an ascending array whose element is not less than `id`. O(log n).
    static func lowerBound(_ list: [Int32], _ id: Int32) -> Int {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < id { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
