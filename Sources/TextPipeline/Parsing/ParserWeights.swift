import CMemoryHints

/// The parser's compact inference weights: for each of 2^bits feature buckets, a short sparse
/// list of (class, Int16 weight).
///
/// A feature key's bucket is its top `bits` bits, so a lookup is one array index, no probing.
/// Stored as three arrays: the row length of each bucket (`UInt8`), then the classes and the
/// weights of all rows in bucket order; row offsets are rebuilt on load. About 3 bytes a weight
/// plus one per bucket on disk. In memory each weight is packed with its class into one `UInt32`
/// (`class << 16 | UInt16(bitPattern: weight)`), so a row is one contiguous read.
///
/// The table is far larger than the CPU caches and every feature hits a random bucket, so
/// scoring is bound by memory latency, not arithmetic. `accumulate` therefore works in passes:
/// it prefetches every key's bucket bounds, reads them, prefetches every row, then sums, so the
/// processor keeps many cache misses in flight at once instead of waiting for each in turn.
public struct ParserWeights: Sendable {
    public let classCount: Int
    public let bits: Int
    /// A stored weight divided by `scale` is the averaged weight.
    public let scale: Float
    let counts: [UInt8]
    /// Start of each bucket's row in `packed` (2^bits + 1 entries).
    private let starts: [UInt32]
    /// Class and weight of every stored weight, packed as `class << 16 | UInt16(bitPattern: weight)`.
    private let packed: [UInt32]

    init(classCount: Int, bits: Int, scale: Float, counts: [UInt8], classes: [UInt8], values: [Int16]) {
        self.classCount = classCount
        self.bits = bits
        self.scale = scale
        self.counts = counts
        var starts = [UInt32](repeating: 0, count: counts.count + 1)
        var total: UInt32 = 0
        for (i, count) in counts.enumerated() {
            starts[i] = total
            total += UInt32(count)
        }
        starts[counts.count] = total
        self.starts = starts
        packed = zip(classes, values).map { UInt32($0) << 16 | UInt32(UInt16(bitPattern: $1)) }
    }

    /// Number of stored weights.
    public var weightCount: Int { packed.count }
    /// Number of buckets holding at least one weight.
    public var featureCount: Int { counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }

    /// Adds the weights of `keys` into `scores` (not cleared here). O(keys + weights touched).
    @inline(__always)
    func accumulate(_ keys: UnsafeBufferPointer<UInt64>, into scores: UnsafeMutableBufferPointer<Int32>) {
        let shift = UInt64(64 - bits)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * keys.count) { bounds in
            starts.withUnsafeBufferPointer { starts in
                packed.withUnsafeBufferPointer { packed in
                    // Pass 1: ask for every key's bucket bounds at once, then read them; the
                    // prefetches do not wait, so the misses overlap.
                    for key in keys { memory_prefetch(starts.baseAddress! + Int(truncatingIfNeeded: key >> shift)) }
                    for (i, key) in keys.enumerated() {
                        let b = Int(truncatingIfNeeded: key >> shift)
                        bounds[2 * i] = starts[b]
                        bounds[2 * i + 1] = starts[b + 1]
                    }
                    // Pass 2: ask for the first and last word of every non-empty row.
                    for i in 0..<keys.count where bounds[2 * i] < bounds[2 * i + 1] {
                        memory_prefetch(packed.baseAddress! + Int(bounds[2 * i]))
                        memory_prefetch(packed.baseAddress! + Int(bounds[2 * i + 1]) - 1)
                    }
                    // Pass 3: the sums, now mostly from cache.
                    for i in 0..<keys.count {
                        var j = Int(bounds[2 * i])
                        let end = Int(bounds[2 * i + 1])
                        while j < end {
                            let word = packed[j]
                            scores[Int(word >> 16)] &+= Int32(Int16(truncatingIfNeeded: word))
                            j += 1
                        }
                    }
                }
            }
        }
    }

    /// These weights without those whose averaged magnitude is below `threshold`. O(weights).
    ///
    /// The trainer prunes as it averages; this applies a stricter threshold to a trained model.
    public func pruned(below threshold: Float) -> ParserWeights {
        var counts = self.counts
        var classes: [UInt8] = [], values: [Int16] = []
        for b in counts.indices {
            var kept: UInt8 = 0
            for j in Int(starts[b])..<Int(starts[b + 1]) {
                let value = Int16(truncatingIfNeeded: packed[j])
                guard abs(Float(value)) / scale >= threshold else { continue }
                classes.append(UInt8(truncatingIfNeeded: packed[j] >> 16))
                values.append(value)
                kept += 1
            }
            counts[b] = kept
        }
        return ParserWeights(classCount: classCount, bits: bits, scale: scale, counts: counts, classes: classes, values: values)
    }

    /// Stores the weights as sections `<prefix>.meta`, `.counts`, `.classes`, `.values`.
    func write(to file: inout ModelFile, prefix: String) {
        file.setArray([UInt32(classCount), UInt32(bits), scale.bitPattern], for: prefix + ".meta")
        file.setArray(counts, for: prefix + ".counts")
        file.setArray(packed.map { UInt8(truncatingIfNeeded: $0 >> 16) }, for: prefix + ".classes")
        file.setArray(packed.map { Int16(truncatingIfNeeded: $0) }, for: prefix + ".values")
    }

    /// Reads weights stored by `write(to:prefix:)`, checking their shape so a damaged file throws.
    init(from file: ModelFile, prefix: String) throws {
        let meta = try file.array(UInt32.self, prefix + ".meta")
        guard meta.count == 3, (8...26).contains(meta[1]) else { throw ModelFileError.malformed("\(prefix).meta") }
        let classCount = Int(meta[0]), bits = Int(meta[1])
        let scale = Float(bitPattern: meta[2])
        let counts = try file.array(UInt8.self, prefix + ".counts")
        let classes = try file.array(UInt8.self, prefix + ".classes")
        let values = try file.array(Int16.self, prefix + ".values")
        guard scale.isFinite, scale > 0, counts.count == 1 << bits, classes.count == values.count,
              counts.reduce(0, { $0 + Int($1) }) == classes.count,
              classes.allSatisfy({ Int($0) < classCount })
        else { throw ModelFileError.malformed("\(prefix) rows") }
        self.init(classCount: classCount, bits: bits, scale: scale, counts: counts, classes: classes, values: values)
    }
}
