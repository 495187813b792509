import CMemoryHints

/// The compact, read-only form of a trained `AveragedPerceptron`, used for inference and stored
/// in model files.
///
/// Layout: an open-addressing table of `capacity` 64-bit slots holds, per feature, a 32-bit
/// fingerprint (the key's high half, in the slot's high half; 0 marks an empty slot) and the
/// offset of its row in `rowData` (the slot's low half), so one probe is one memory read. A row is
/// a count followed by that many packed weights, `class << 16 | UInt16(bitPattern: weight)`.
/// Weights are `Int16`, the averaged weight times `scale`. Slots are found from the key's low
/// half by multiply-shift, so any capacity works and the table is kept about 60 % full.
public struct PerceptronModel: Sendable, Equatable {
    public let classCount: Int
    /// Quantisation scale: a stored weight divided by `scale` is the averaged weight.
    public let scale: Float
    let slots: [UInt64]
    let rowData: [UInt32]
    /// For a model of at most `smallClassLimit` classes (the name tagger's seven), each
    /// slot's row as one vector of eight weights, summed in one step (`PerceptronModel+SmallRows`);
    /// empty otherwise.
    let smallRows: [SIMD8<Int16>]
    /// For a model of more than `smallClassLimit` classes (the tagger's 102), its long
    /// rows as vectors, summed several rows at a time (`PerceptronModel+DenseRows`); nil when it
    /// has none.
    let dense: DenseRows?
    /// Number of features with a row.
    public let featureCount: Int

    /// Number of stored (feature, class) weights.
    public var weightCount: Int { rowData.count - featureCount }
    /// Approximate size in bytes of the tables.
    public var byteSize: Int { 8 * slots.count + 4 * rowData.count }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let f = UInt32(truncatingIfNeeded: key >> 32)
        return f == 0 ? 1 : f
    }

    @inline(__always)
    static func home(_ key: UInt64, capacity: Int) -> Int {
        Int((UInt64(UInt32(truncatingIfNeeded: key)) &* UInt64(capacity)) >> 32)
    }

    /// The row offset of `key`, or nil. O(1) expected.
    @inline(__always)
    func rowOffset(_ key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { Self.rowOffset(key, in: $0) }
    }

    /// The row offset of `key` in the slot table `slots`, or nil.
    @inline(__always)
    static func rowOffset(_ key: UInt64, in slots: UnsafeBufferPointer<UInt64>) -> Int? {
        guard let i = slotIndex(key, in: slots) else { return nil }
        return Int(truncatingIfNeeded: slots[i] & 0xFFFF_FFFF)
    }

    /// The index of `key`'s slot in the slot table `slots`, or nil.
    @inline(__always)
    static func slotIndex(_ key: UInt64, in slots: UnsafeBufferPointer<UInt64>) -> Int? {
        let capacity = slots.count
        let f = UInt64(fingerprint(key))
        var i = home(key, capacity: capacity)
        while true {
            let slot = slots[i]
            if slot >> 32 == f { return i }
            if slot == 0 { return nil }
            i += 1
            if i == capacity { i = 0 }
        }
    }

    /// Adds the weights of `features` into `scores`, which must hold `classCount` values
    /// (not cleared here). O(features + weights touched).
    ///
    /// The tagger's two weight sets are larger than a core's cache and every feature lands on a
    /// random slot, so a lookup mostly waits for memory. As in `ParserWeights.accumulate`, the
    /// work runs in passes: prefetch every feature's home slot, probe them all (noting each row and
    /// prefetching it), then sum, so that the misses overlap instead of coming one at a time. The
    /// sums are integer, so their order changes no score.
    @inline(__always)
    public func accumulate(_ features: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        guard !features.isEmpty else { return }
        guard smallRows.isEmpty else { return accumulateSmall(features, into: scores) }
        if let dense { return accumulateDense(features, dense: dense, into: scores) }
        slots.withUnsafeBufferPointer { slots in
            rowData.withUnsafeBufferPointer { data in
                Self.prefetch(features, in: slots)
                withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { offsets in
                    var found = 0
                    for key in features {
                        guard let offset = Self.rowOffset(key, in: slots) else { continue }
                        memory_prefetch(data.baseAddress! + offset)
                        offsets[found] = offset
                        found += 1
                    }
                    Self.addSparseRows(UnsafeBufferPointer(rebasing: offsets[..<found]), data: data, into: scores)
                }
            }
        }
    }

    /// Asks for the home slots of `features` ahead of an `accumulate` over them, so that their
    /// cache misses overlap other work. A hint only: it changes no result.
    @inline(__always)
    public func prefetch(_ features: UnsafeBufferPointer<UInt64>) {
        slots.withUnsafeBufferPointer { Self.prefetch(features, in: $0) }
    }

    @inline(__always)
    private static func prefetch(_ features: UnsafeBufferPointer<UInt64>, in slots: UnsafeBufferPointer<UInt64>) {
        for key in features { memory_prefetch(slots.baseAddress! + home(key, capacity: slots.count)) }
    }

    /// Writes the score of every class for `features` into `scores` (resized to `classCount`).
    public func score(_ features: [UInt64], into scores: inout [Int32]) {
        if scores.count != classCount { scores = [Int32](repeating: 0, count: classCount) }
        scores.withUnsafeMutableBufferPointer { out in
            for i in out.indices { out[i] = 0 }
            features.withUnsafeBufferPointer { accumulate($0, into: out) }
        }
    }

    /// The best class for `features`; ties go to the lowest class index.
    public func predict(_ features: [UInt64]) -> Int {
        var scores: [Int32] = []
        score(features, into: &scores)
        return Self.argmax(scores)
    }

    /// The index of the highest score, the lowest index among equals.
    public static func argmax(_ scores: [Int32]) -> Int {
        scores.withUnsafeBufferPointer { argmax($0) }
    }

    /// The index of the highest score, the lowest index among equals.
    @inline(__always)
    public static func argmax(_ scores: UnsafeBufferPointer<Int32>) -> Int {
        var best = 0
        var bestScore = Int32.min
        for i in scores.indices where scores[i] > bestScore {
            best = i
            bestScore = scores[i]
        }
        return best
    }

    /// The averaged weight of (`key`, `classIndex`), or 0 when pruned. For tests and inspection.
    public func weight(key: UInt64, classIndex: Int) -> Float {
        guard let offset = rowOffset(key) else { return 0 }
        let count = Int(rowData[offset])
        for j in (offset + 1)..<(offset + 1 + count) where Int(rowData[j] >> 16) == classIndex {
            return Float(Int16(truncatingIfNeeded: rowData[j])) / scale
        }
        return 0
    }

    /// Assembles a model row by row.
    struct Builder {
        let classCount: Int
        var scale: Float = 1
        private var keys: [UInt64] = []
        private var rowData: [UInt32] = []
        private var rowOffsets: [UInt32] = []

        init(classCount: Int) { self.classCount = classCount }

        mutating func addRow(key: UInt64, weights: [(Int, Int16)]) {
            guard !weights.isEmpty else { return }
            keys.append(key)
            rowOffsets.append(UInt32(rowData.count))
            rowData.append(UInt32(weights.count))
            for (classIndex, weight) in weights {
                rowData.append(UInt32(classIndex) << 16 | UInt32(UInt16(bitPattern: weight)))
            }
        }

        func build() -> PerceptronModel {
            let capacity = max(8, keys.count * 5 / 3 + 1)
            var slots = [UInt64](repeating: 0, count: capacity)
            for (key, offset) in zip(keys, rowOffsets) {
                let f = UInt64(PerceptronModel.fingerprint(key))
                var i = PerceptronModel.home(key, capacity: capacity)
                while slots[i] != 0 && slots[i] >> 32 != f {
                    i += 1
                    if i == capacity { i = 0 }
                }
                // Lookups stop at the first equal fingerprint, so on a (rare) clash the first row wins.
                if slots[i] != 0 { continue }
                slots[i] = f << 32 | UInt64(offset)
            }
            return PerceptronModel(classCount: classCount, scale: scale, slots: slots, rowData: rowData, featureCount: keys.count)
        }
    }

    init(classCount: Int, scale: Float, slots: [UInt64], rowData: [UInt32], featureCount: Int) {
        self.classCount = classCount
        self.scale = scale
        self.slots = slots
        self.rowData = rowData
        self.featureCount = featureCount
        smallRows = Self.smallRows(classCount: classCount, slots: slots, rowData: rowData)
        dense = Self.denseRows(classCount: classCount, slots: slots, rowData: rowData)
    }
}
