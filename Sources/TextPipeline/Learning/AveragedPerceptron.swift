/// A multiclass averaged perceptron over hashed features, for training.
///
/// It knows nothing about tags or transitions: callers turn a decision into a list of 64-bit
/// feature keys (`FeatureHasher`), and the perceptron scores the classes, predicts and learns.
///
/// Training protocol, per training instance:
/// 1. `observe(features)` once: it advances the averaging clock and counts the features
///    (features seen fewer than `minimumSeen` times are dropped by `averaged()`);
/// 2. `score`/`predict` to find the model's guess;
/// 3. `update(truth:guess:features:)` when the guess is wrong.
/// `train(features:truth:)` does all three. Finish with `averaged()`, which returns the compact
/// `PerceptronModel` used for inference and stored in model files.
///
/// Weights are sparse: each feature owns a short chain of (class, weight) entries, so memory
/// grows with the non-zero weights, not with features × classes. Averaging is lazy (each weight
/// remembers when it last changed). Nothing here depends on dictionary order, so training is
/// deterministic given the same instance order.
public struct AveragedPerceptron: Sendable {
    /// Number of classes; classes are 0..<classCount.
    public let classCount: Int
    /// Number of observed training instances: the averaging clock.
    public private(set) var instances: Int = 0

    private var rows: FeatureTable
    /// Per row: where its weights are. Sparse rows keep (class, weight) entries contiguous in
    /// `entries`, doubling their capacity by moving to the end when full; a row that reaches
    /// `denseAfter` classes moves to a dense block of `classCount` weights in `dense`.
    private var rowStart: [Int32] = []
    private var rowCount: [UInt16] = []
    /// Capacity of a sparse row; `Self.denseRow` marks a dense row whose block is `rowStart`.
    private var rowCapacity: [UInt16] = []
    private var entries: [Entry] = []
    private var dense: [DenseWeight] = []
    /// Saturating occurrence counters indexed by the key's top bits (a count sketch: collisions
    /// only ever overstate a count, so pruning by it stays conservative).
    private var seen: [UInt8]
    private let seenShift: UInt64
    /// Number of classes at which a sparse row turns dense (faster to score and update).
    private let denseAfter: Int
    private static let denseRow = UInt16.max

    private struct Entry: Sendable {
        var classIndex: Int32
        var weight: Float
        /// Instance count when `weight` last changed.
        var stamp: Int32
        /// Sum of the weight over every instance up to `stamp`.
        var total: Double
    }

    private struct DenseWeight: Sendable {
        var weight: Float = 0
        var stamp: Int32 = 0
        var total: Double = 0
    }

    /// A perceptron with `classCount` classes; `tableBits` sizes the feature-count sketch
    /// (2^tableBits counters) and the initial feature table.
    public init(classCount: Int, tableBits: Int = 20) {
        precondition(classCount > 0 && classCount <= Int(UInt16.max), "classCount out of range")
        precondition((8...30).contains(tableBits), "tableBits must be in 8...30")
        self.classCount = classCount
        self.rows = FeatureTable(capacityBits: max(10, tableBits - 2))
        self.seen = [UInt8](repeating: 0, count: 1 << tableBits)
        self.seenShift = UInt64(64 - tableBits)
        self.denseAfter = max(4, min(16, classCount / 4))
    }

    /// Number of features holding at least one weight.
    public var featureCount: Int { rowStart.count }
    /// Number of (feature, class) weights in use (a dense row counts every class). O(features).
    public var weightCount: Int { rowCount.reduce(0) { $0 + Int($1) } }

    /// Starts a training instance: advances the averaging clock and counts `features`.
    public mutating func observe(_ features: [UInt64]) {
        instances += 1
        for key in features {
            let slot = Int(truncatingIfNeeded: key >> seenShift)
            if seen[slot] < UInt8.max { seen[slot] += 1 }
        }
    }

    /// Writes the score of every class for `features` into `scores` (resized to `classCount`).
    /// Duplicate keys count once per occurrence. O(features × classes per feature).
    public func score(_ features: [UInt64], into scores: inout [Float]) {
        if scores.count != classCount { scores = [Float](repeating: 0, count: classCount) }
        scores.withUnsafeMutableBufferPointer { out in
            for i in out.indices { out[i] = 0 }
            entries.withUnsafeBufferPointer { entries in
                dense.withUnsafeBufferPointer { dense in
                    for key in features {
                        guard let found = rows.find(key) else { continue }
                        let row = Int(found)
                        let start = Int(rowStart[row])
                        if rowCapacity[row] == Self.denseRow {
                            let base = start * classCount
                            for c in 0..<classCount { out[c] += dense[base + c].weight }
                        } else {
                            for e in start..<(start + Int(rowCount[row])) {
                                out[Int(entries[e].classIndex)] += entries[e].weight
                            }
                        }
                    }
                }
            }
        }
    }

    /// The best class for `features`; ties go to the lowest class index.
    public func predict(_ features: [UInt64]) -> Int {
        var scores: [Float] = []
        score(features, into: &scores)
        return Self.argmax(scores)
    }

    /// The index of the highest score, the lowest index among equals.
    public static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        var bestScore = -Float.infinity
        for (index, value) in scores.enumerated() where value > bestScore {
            best = index
            bestScore = value
        }
        return best
    }

    /// Moves weight `amount` from `guess` to `truth` on every feature; nothing when they agree.
    public mutating func update(truth: Int, guess: Int, features: [UInt64], amount: Float = 1) {
        guard truth != guess else { return }
        precondition(truth >= 0 && truth < classCount && guess >= 0 && guess < classCount)
        for key in features {
            let row = rowFor(key)
            adjust(row: row, classIndex: Int32(truth), by: amount)
            adjust(row: row, classIndex: Int32(guess), by: -amount)
        }
    }

    /// One training step: observe, predict, update. Returns the guess made before the update.
    @discardableResult
    public mutating func train(features: [UInt64], truth: Int) -> Int {
        observe(features)
        let guess = predict(features)
        update(truth: truth, guess: guess, features: features)
        return guess
    }

    /// The averaged weights as a compact inference model: weights whose average magnitude is
    /// below `threshold` are pruned, features observed fewer than `minimumSeen` times dropped,
    /// and the rest quantised to `Int16` with one scale. Deterministic.
    public func averaged(threshold: Float = 1e-3, minimumSeen: Int = 2) -> PerceptronModel {
        let now = Double(max(instances, 1))
        var builder = PerceptronModel.Builder(classCount: classCount)
        var rowWeights: [(Int, Float)] = []
        var rowsInOrder: [(key: UInt64, weights: [(Int, Float)])] = []
        var maxMagnitude: Float = 0
        rows.forEach { key, row in
            if minimumSeen > 0 {
                let count = Int(seen[Int(truncatingIfNeeded: key >> seenShift)])
                if count < minimumSeen { return }
            }
            rowWeights.removeAll(keepingCapacity: true)
            func keep(_ classIndex: Int, weight: Float, stamp: Int32, total: Double) {
                let sum = total + Double(weight) * (Double(instances) - Double(stamp))
                let average = Float(sum / now)
                if abs(average) >= threshold && average != 0 {
                    rowWeights.append((classIndex, average))
                    maxMagnitude = max(maxMagnitude, abs(average))
                }
            }
            let r = Int(row)
            let start = Int(rowStart[r])
            if rowCapacity[r] == Self.denseRow {
                for c in 0..<classCount {
                    let d = dense[start * classCount + c]
                    keep(c, weight: d.weight, stamp: d.stamp, total: d.total)
                }
            } else {
                for e in entries[start..<(start + Int(rowCount[r]))] {
                    keep(Int(e.classIndex), weight: e.weight, stamp: e.stamp, total: e.total)
                }
            }
            if !rowWeights.isEmpty {
                rowWeights.sort { $0.0 < $1.0 }
                rowsInOrder.append((key, rowWeights))
            }
        }
        rowsInOrder.sort { $0.key < $1.key }
        let scale: Float = maxMagnitude > 0 ? Float(Int16.max) / maxMagnitude : 1
        builder.scale = scale
        for (key, weights) in rowsInOrder {
            builder.addRow(key: key, weights: weights.compactMap { classIndex, weight in
                let q = Int16(clamping: Int((weight * scale).rounded()))
                return q == 0 ? nil : (classIndex, q)
            })
        }
        return builder.build()
    }

    // MARK: - Internals

    private mutating func rowFor(_ key: UInt64) -> Int32 {
        let next = Int32(rowStart.count)
        let row = rows.findOrInsert(key, value: next)
        if row == next {
            rowStart.append(Int32(entries.count))
            rowCount.append(0)
            rowCapacity.append(2)
            entries.append(Entry(classIndex: 0, weight: 0, stamp: 0, total: 0))
            entries.append(Entry(classIndex: 0, weight: 0, stamp: 0, total: 0))
        }
        return row
    }

    private mutating func adjust(row: Int32, classIndex: Int32, by amount: Float) {
        let now = Int32(instances)
        let r = Int(row)
        let start = Int(rowStart[r])
        if rowCapacity[r] == Self.denseRow {
            let slot = start * classCount + Int(classIndex)
            dense[slot].total += Double(dense[slot].weight) * Double(now - dense[slot].stamp)
            dense[slot].stamp = now
            dense[slot].weight += amount
            return
        }
        let count = Int(rowCount[r])
        for e in start..<(start + count) where entries[e].classIndex == classIndex {
            entries[e].total += Double(entries[e].weight) * Double(now - entries[e].stamp)
            entries[e].stamp = now
            entries[e].weight += amount
            return
        }
        if count + 1 >= denseAfter {
            makeDense(row: r)
            adjust(row: row, classIndex: classIndex, by: amount)
            return
        }
        if count == Int(rowCapacity[r]) {
            // Full: move the row to the end of `entries` with twice the room.
            let newStart = entries.count
            // Element by element: appending a slice of `entries` to itself would copy the whole array.
            for k in 0..<count { entries.append(entries[start + k]) }
            for _ in 0..<count { entries.append(Entry(classIndex: 0, weight: 0, stamp: 0, total: 0)) }
            rowStart[r] = Int32(newStart)
            rowCapacity[r] = UInt16(2 * count)
        }
        entries[Int(rowStart[r]) + count] = Entry(classIndex: classIndex, weight: amount, stamp: now, total: 0)
        rowCount[r] = UInt16(count + 1)
    }

    /// Moves a sparse row's weights into a new dense block (its old entries stay unused).
    private mutating func makeDense(row r: Int) {
        let block = dense.count / classCount
        dense.append(contentsOf: repeatElement(DenseWeight(stamp: Int32(instances)), count: classCount))
        let start = Int(rowStart[r])
        for e in entries[start..<(start + Int(rowCount[r]))] {
            dense[block * classCount + Int(e.classIndex)] = DenseWeight(weight: e.weight, stamp: e.stamp, total: e.total)
        }
        rowStart[r] = Int32(block)
        rowCount[r] = UInt16(classCount)
        rowCapacity[r] = Self.denseRow
    }
}

/// An open-addressing map from 64-bit feature keys to Int32 row numbers (linear probing; key 0
/// is stored as 1, which only merges two keys out of 2^64).
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacityBits: Int) {
        keys = [UInt64](repeating: 0, count: 1 << capacityBits)
        values = [Int32](repeating: -1, count: 1 << capacityBits)
        mask = (1 << capacityBits) - 1
    }

    @inline(__always) private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    /// The row of `key`, if present. O(1) expected.
    func find(_ key: UInt64) -> Int32? {
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let present = keys[i]
            if present == k { return values[i] }
            if present == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// The row of `key`, storing `value` for it when absent. O(1) amortised.
    mutating func findOrInsert(_ key: UInt64, value: Int32) -> Int32 {
        if (count + 1) * 10 > keys.count * 7 { grow() }
        let k = Self.stored(key)
        var i = Int(truncatingIfNeeded: k) & mask
        while true {
            let present = keys[i]
            if present == k { return values[i] }
            if present == 0 {
                keys[i] = k
                values[i] = value
                count += 1
                return value
            }
            i = (i + 1) & mask
        }
    }

    /// Calls `body` with every (key, row), in table order.
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for i in keys.indices where keys[i] != 0 { body(keys[i], values[i]) }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for i in oldKeys.indices where oldKeys[i] != 0 {
            var j = Int(truncatingIfNeeded: oldKeys[i]) & mask
            while keys[j] != 0 { j = (j + 1) & mask }
            keys[j] = oldKeys[i]
            values[j] = oldValues[i]
        }
    }
}
